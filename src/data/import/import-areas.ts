/** The import context from the `kommuner` dataset: every area with its name and short name. */
import type { Area } from "@/domain/areas";

import type { ImportArea } from "./report-types";

/** Areas as the import matches them (kommuner, the county and Sweden). */
export function importAreasOf(areas: readonly Area[]): ImportArea[] {
  return areas.map((area) => ({
    code: area.code,
    name: area.name,
    shortName: area.shortName,
  }));
}
