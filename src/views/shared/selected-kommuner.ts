/** The URL's kommuner that exist, in URL order, and a notice for each code that does not. Pure. */
import type { Area, AreaCode } from "@/domain/areas";
import type { UrlNotice } from "@/navigation/url-state";

export function selectedKommuner(
  codes: readonly AreaCode[],
  kommuner: readonly Area[],
): { selected: AreaCode[]; notices: UrlNotice[] } {
  const known = new Set(kommuner.map((k) => k.code));
  return {
    selected: codes.filter((c) => known.has(c)),
    notices: codes
      .filter((c) => !known.has(c))
      .map((c) => ({ key: "unknownKommun", value: c })),
  };
}
