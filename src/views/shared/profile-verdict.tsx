/**
 * The verdict that opens Kommunprofil and the Kommunrapport: on how many indicators of health and
 * of need the kommun is worse, better or about the same as the county (in words, and one symbol
 * per indicator), and the three largest differences from the county. Computed in
 * domain/profile-verdict; the symbols repeat the words, never replace them.
 */
import type { ProfileRow, ProfileSeries } from "@/charts/series/profile-types";
import { verdictLabel } from "@/charts/spine-labels";
import { verdictSentence } from "@/charts/summary/verdict-sentence";
import { formatValue } from "@/domain/format";
import { formatObservationPeriod } from "@/domain/format-period";
import { SIMILAR_TOLERANCE } from "@/domain/profile-comparison";
import {
  profileVerdict,
  type Difference,
  type VerdictTally,
} from "@/domain/profile-verdict";
import "@/i18n/views/profile";
import { useT } from "@/i18n/i18n";

import "./profile-verdict.css";

export function ProfileVerdict({ series }: { readonly series: ProfileSeries }) {
  const { t, locale } = useT();
  const name = series.kommun.name;
  const verdict = profileVerdict(series.groups.flatMap((g) => g.rows));
  return (
    <section className="profile-verdict" aria-labelledby="profile-verdict">
      <h2 id="profile-verdict">{t("profile.verdictTitle", { name })}</h2>
      <ul className="verdict-parts">
        <VerdictPart
          topic={t("profile.verdictHealth")}
          tally={verdict.health}
          name={name}
        />
        <VerdictPart
          topic={t("profile.verdictNeed")}
          tally={verdict.need}
          name={name}
        />
      </ul>
      {verdict.largest.length > 0 && (
        <>
          <h3 className="verdict-largest__title">
            {t("profile.largestTitle")}
          </h3>
          <ol className="verdict-largest">
            {verdict.largest.map((d) => (
              <Largest key={d.row.indicator.id} difference={d} name={name} />
            ))}
          </ol>
        </>
      )}
      <p className="verdict-key">
        {t("profile.verdictKey", {
          tolerance: formatValue(SIMILAR_TOLERANCE * 100, "pct1", locale),
        })}
      </p>
    </section>
  );
}

const SYMBOLS = { worse: "▼", better: "▲", similar: "≈" } as const;

function VerdictPart({
  topic,
  tally,
  name,
}: {
  readonly topic: string;
  readonly tally: VerdictTally;
  readonly name: string;
}) {
  const { t, locale } = useT();
  const marks = (["worse", "better", "similar"] as const).flatMap((v) =>
    Array.from({ length: tally[v] }, (_, i) => ({ v, key: `${v}${i}` })),
  );
  return (
    <li className="verdict-part">
      <h3 className="verdict-part__topic">{topic}</h3>
      <span className="verdict-symbols" aria-hidden="true">
        {marks.map((m) => (
          <span key={m.key} className={`verdict-mark verdict-mark--${m.v}`}>
            {SYMBOLS[m.v]}
          </span>
        ))}
      </span>
      <p className="verdict-part__text">
        {verdictSentence(tally, name, t, locale)}
      </p>
    </li>
  );
}

function Largest({
  difference,
  name,
}: {
  readonly difference: Difference<ProfileRow>;
  readonly name: string;
}) {
  const { t, locale } = useT();
  const { row, verdict } = difference;
  const fmt = (n: number): string =>
    formatValue(n, row.indicator.format, locale);
  return (
    <li>
      <span className={`verdict-mark verdict-mark--${verdict}`}>
        {verdictLabel(verdict, t)}
      </span>{" "}
      {t("profile.largestItem", {
        label: row.indicator.label[locale],
        name,
        value: fmt(row.value),
        county: row.county === null ? "–" : fmt(row.county),
        period: formatObservationPeriod(row.indicator, row.observation, locale),
      })}
    </li>
  );
}
