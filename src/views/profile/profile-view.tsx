/**
 * Kommunprofil: one kommun against the county on every indicator. The kommun is the first code in
 * the URL's `kommuner`, so the selection carries between views. This container loads every
 * dataset the catalogue's kommun indicators need, resolves the kommun and hands ready-made series
 * to the spine chart, the table and the lists. One placeholder while anything loads; a failed
 * dataset gets its own error message and the rest is still shown.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/profile";
import { allSettled, useObservationsEach } from "@/data/gate";
import { kommunerOf, type Area, type AreaCode } from "@/domain/areas";
import { profileDatasetIds } from "@/domain/profile-datasets";
import type { UrlNotice } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import { SelectField } from "@/ui/field";

import { DataGate } from "../shared/data-gate";
import { GatedView } from "../shared/gated-view";
import { UrlNotices } from "../shared/url-notices";
import { useViewBase } from "../shared/use-view-base";

import { ProfileContent } from "./profile-content";
import "./profile.css";

/** The profile's kommun: the first known code in the URL; unknown codes yield notices. */
function resolveKommun(
  codes: readonly AreaCode[],
  kommuner: readonly Area[],
): { kommun: Area | null; known: AreaCode[]; notices: UrlNotice[] } {
  const byCode = new Map(kommuner.map((k) => [k.code, k]));
  const known = codes.filter((c) => byCode.has(c));
  const notices: UrlNotice[] = codes
    .filter((c) => !byCode.has(c))
    .map((c) => ({ key: "unknownKommun", value: c }));
  const first = known[0];
  return {
    kommun: first === undefined ? null : (byCode.get(first) ?? null),
    known,
    notices,
  };
}

export default function ProfileView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const base = useViewBase();
  const ids =
    base.status === "ready"
      ? profileDatasetIds(base.data.catalogue.indicators)
      : [];
  // One placeholder while any dataset loads; a failed one does not hide the rest.
  const settled = useObservationsEach(ids, allSettled);

  const kommuner =
    base.status === "ready" ? kommunerOf(base.data.areas.areas) : [];
  const { kommun, known, notices } = resolveKommun(
    url.state.kommuner,
    kommuner,
  );
  const heading = kommun
    ? t("profile.headingKommun", { name: kommun.name })
    : t("profile.heading");

  const collator = new Intl.Collator(locale);
  const picker = (
    <div className="controls" role="group" aria-label={t("profile.choose")}>
      <SelectField
        label={t("profile.choose")}
        value={kommun?.code ?? ""}
        options={[
          ...(kommun
            ? []
            : [{ value: "", label: t("profile.choosePlaceholder") }]),
          ...[...kommuner]
            .sort((a, b) => collator.compare(a.name, b.name))
            .map((k) => ({ value: k.code, label: k.name })),
        ]}
        onChange={(code) => {
          const chosen = kommuner.find((k) => k.code === code);
          if (!chosen) return;
          url.update({
            kommuner: [chosen.code, ...known.filter((c) => c !== chosen.code)],
          });
        }}
      />
      {kommun && (
        <a
          className="profile-report-link"
          href={url.href({ view: "report", kommuner: [kommun.code] })}
          onClick={(event) => {
            event.preventDefault();
            url.update({ view: "report", kommuner: [kommun.code] });
          }}
        >
          {t("report.link")}
        </a>
      )}
    </div>
  );

  return (
    <GatedView title={heading} gate={base}>
      {({ catalogue }) => (
        <>
          <UrlNotices notices={notices} />
          {picker}
          {kommun ? (
            <DataGate gate={settled}>
              {(data) => (
                <ProfileContent
                  kommun={kommun}
                  kommuner={kommuner}
                  indicators={catalogue.indicators}
                  settled={data}
                  showTable={url.state.table}
                  onToggleTable={() => {
                    url.update({ table: !url.state.table });
                  }}
                />
              )}
            </DataGate>
          ) : (
            <p className="profile-prompt">{t("profile.prompt")}</p>
          )}
        </>
      )}
    </GatedView>
  );
}
