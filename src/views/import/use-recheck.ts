/**
 * Reading the file again as the "Kolumner" form changes: now (a loaded mapping file) or after a
 * short pause (typing in the form), where only the latest request's answer is shown. The status
 * says whether an answer is on its way, what it found, or why reading failed.
 */
import { useEffect, useRef, useState } from "react";

import type { ImportMapping } from "@/data/import/mapping";
import type { CheckedFile } from "@/data/local/import-protocol";
import { useT } from "@/i18n/i18n";

/** How long the form waits after a change before reading the file again. */
const RECHECK_DELAY_MS = 300;

export type RecheckStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "waiting" }
  | { readonly kind: "done"; readonly checked: CheckedFile }
  | { readonly kind: "failed"; readonly message: string };

export function useRecheck(
  onRecheck: (mapping: ImportMapping | null) => Promise<CheckedFile | null>,
) {
  const { t } = useT();
  const [status, setStatus] = useState<RecheckStatus>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => clearTimer, []);

  /** Reads the file again now; only the latest request's answer is shown. */
  const now = (mapping: ImportMapping | null): Promise<CheckedFile | null> => {
    clearTimer();
    const id = ++latest.current;
    setStatus({ kind: "waiting" });
    return onRecheck(mapping).then(
      (checked) => {
        if (id !== latest.current || checked === null) return null;
        setStatus({ kind: "done", checked });
        return checked;
      },
      (error: unknown) => {
        if (id === latest.current)
          setStatus({
            kind: "failed",
            message: t("importView.mapping.recheckFailed", {
              message: error instanceof Error ? error.message : String(error),
            }),
          });
        return null;
      },
    );
  };

  /** Reads the file again after a short pause, unless another change comes first. */
  const later = (mapping: ImportMapping) => {
    clearTimer();
    setStatus({ kind: "waiting" });
    timer.current = setTimeout(() => {
      void now(mapping);
    }, RECHECK_DELAY_MS);
  };

  /** Nothing to read yet; an answer still on its way is no longer wanted. */
  const drop = () => {
    clearTimer();
    latest.current++;
    setStatus({ kind: "idle" });
  };

  return { status, now, later, drop };
}
