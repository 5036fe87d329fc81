/**
 * The one frame of a view: its heading (and a lead that stands in every state), then its data
 * gate — the placeholder while the view's data loads, the dataset's error when it failed, else the
 * view's body, built from the data. Every view that loads data starts with this, so no view
 * writes "if not ready, return the heading and the gate" itself.
 */
import type { ReactNode } from "react";

import type { Gate } from "@/data/gate";

import { DataGate } from "./data-gate";

export function GatedView<T>({
  title,
  lead,
  gate,
  children,
}: {
  /** The view's heading (its h1). */
  title: ReactNode;
  /** Shown under the heading while loading too (Finansiering's lead). */
  lead?: ReactNode;
  gate: Gate<T>;
  /** The view's body once its data is there. */
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      <h1 className="view-title">{title}</h1>
      {lead}
      <DataGate gate={gate}>{children}</DataGate>
    </>
  );
}
