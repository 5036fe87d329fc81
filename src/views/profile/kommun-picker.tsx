/**
 * The bar above a kommun's profile: "Välj kommun" (the chosen kommun goes first in the URL, the
 * other selected kommuner stay) and the link to its Kommunrapport.
 */
import type { Area } from "@/domain/areas";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import { SelectField } from "@/ui/field";

import type { ProfileData } from "../shared/use-profile-data";

export function KommunPicker({
  data,
  kommun,
  url,
}: {
  readonly data: ProfileData;
  readonly kommun: Area;
  readonly url: UrlStateApi;
}) {
  const { t, locale } = useT();
  const collator = new Intl.Collator(locale);
  const { kommuner, known } = data;
  const report = { view: "report", kommuner: [kommun.code] } as const;
  return (
    <div className="controls" role="group" aria-label={t("profile.choose")}>
      <SelectField
        label={t("profile.choose")}
        value={kommun.code}
        options={[...kommuner]
          .sort((a, b) => collator.compare(a.name, b.name))
          .map((k) => ({ value: k.code, label: k.name }))}
        onChange={(code) => {
          const chosen = kommuner.find((k) => k.code === code);
          if (!chosen) return;
          url.update({
            kommuner: [chosen.code, ...known.filter((c) => c !== chosen.code)],
          });
        }}
      />
      <a
        className="profile-report-link"
        href={url.href(report)}
        onClick={(event) => {
          event.preventDefault();
          url.update(report);
        }}
      >
        {t("profile.reportLink")}
      </a>
    </div>
  );
}
