/**
 * "Referenslinjer": Riket and the kommungrupp median as checkboxes. A line that cannot be drawn
 * for this indicator (or without a selected kommun) is disabled, and the hint says why.
 */
import { useId } from "react";

import { useT } from "@/i18n/i18n";

import type { TrendReferences } from "./trend-references";

/** Why each line cannot be drawn now; null when it can. */
export interface ReferenceAvailability {
  readonly sweden: string | null;
  readonly group: string | null;
}

export function TrendsReferenceControl({
  value,
  availability,
  onChange,
}: {
  value: TrendReferences;
  availability: ReferenceAvailability;
  onChange: (value: TrendReferences) => void;
}) {
  const { t } = useT();
  const hint = useId();
  const options = [
    { key: "sweden", label: t("trends.refSweden") },
    { key: "group", label: t("trends.refGroup") },
  ] as const;
  const reasons = [availability.sweden, availability.group].filter(
    (r): r is string => r !== null,
  );
  return (
    <fieldset className="field trends-refs" aria-describedby={hint}>
      <legend>{t("trends.references")}</legend>
      {options.map(({ key, label }) => (
        <label key={key} className="trends-refs__option">
          <input
            type="checkbox"
            checked={value[key] && availability[key] === null}
            disabled={availability[key] !== null}
            onChange={(e) => {
              onChange({ ...value, [key]: e.target.checked });
            }}
          />
          <span>{label}</span>
        </label>
      ))}
      <p id={hint} className="field__hint">
        {[t("trends.refHint"), ...reasons].join(" ")}
      </p>
    </fieldset>
  );
}
