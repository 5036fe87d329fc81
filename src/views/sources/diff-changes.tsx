/**
 * The changes between two versions, filtered by area: the first 200 in the changes table, and a
 * button that shows them all.
 */
import { useState } from "react";

import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { SelectField } from "@/ui/field";

import { ChangesTable, type ChangesTableProps } from "./changes-table";

const FIRST_ROWS = 200;

/** The changes as the table takes them; the table shows the chosen area's first rows. */
export function DiffChanges(props: ChangesTableProps) {
  const { changes, areaName } = props;
  const { t, locale } = useT();
  const [area, setArea] = useState("");
  const [showAll, setShowAll] = useState(false);
  const areaCodes = [...new Set(changes.map((c) => c.area))].sort();
  const rows = changes.filter((c) => area === "" || c.area === area);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  const fmt = (n: number) => formatNumber(n, 0, locale);
  return (
    <>
      <SelectField
        label={t("versionDiff.area")}
        value={area}
        onChange={setArea}
        options={[
          { value: "", label: t("versionDiff.allAreas") },
          ...areaCodes.map((c) => ({ value: c, label: areaName(c) })),
        ]}
      />
      <ChangesTable {...props} changes={shown} />
      {rows.length > shown.length && (
        <p>
          {t("versionDiff.shownOf", {
            shown: fmt(shown.length),
            total: fmt(rows.length),
          })}{" "}
          <button
            type="button"
            className="button"
            onClick={() => {
              setShowAll(true);
            }}
          >
            {t("versionDiff.showAll", { total: fmt(rows.length) })}
          </button>
        </p>
      )}
    </>
  );
}
