/**
 * Pinned dataset versions: the URL may fix a dataset at a published version (`versions=id@2`);
 * every dataset hook reads the pin from here, so each view shows the pinned version without
 * knowing about pins. A pin to a version that was never published fails that dataset's query
 * with a "version-not-found" DatasetError, which the chart shows like any other data problem.
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";

export interface PinnedVersion {
  readonly id: string;
  readonly version: number;
}

const PinsContext = createContext<ReadonlyMap<string, number>>(new Map());

export function DatasetPinsProvider({
  pins,
  children,
}: {
  pins: readonly PinnedVersion[];
  children: ReactNode;
}) {
  const key = pins.map((p) => `${p.id}@${p.version}`).join(",");
  // Keyed on the text so a new array with the same pins does not re-render every chart.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const map = useMemo(() => new Map(pins.map((p) => [p.id, p.version])), [key]);
  return <PinsContext value={map}>{children}</PinsContext>;
}

/** Every pin in force: a dataset's pinned version, none for the latest (the gate reads it). */
export function usePins(): ReadonlyMap<string, number> {
  return useContext(PinsContext);
}
