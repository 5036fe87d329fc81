/**
 * Tillgänglighetsredogörelse: the accessibility statement Swedish public-sector sites must have
 * (lag 2018:1937, DIGG's model statement): what it covers, how accessible the tool is, how the
 * charts are made to work, what to do if something does not, how to report problems, enforcement
 * (DIGG), known shortcomings, how it was tested and when. The publishing organisation's name and
 * contact details are placeholders, clearly marked, for the organisation to fill in.
 */
import "@/i18n/views/accessibility";
import "./accessibility.css";

import { formatDate } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";

/** The date this statement was written and last assessed. */
const WRITTEN = "2026-11-23";
/** DIGG's form for reporting a lack of accessibility (a link; nothing is fetched from it). */
const DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan";

const WORKS = [
  "summary",
  "table",
  "keyboard",
  "colour",
  "contrast",
  "zoom",
  "language",
] as const;
const GAPS = [
  "recharts",
  "tooltips",
  "images",
  "sources",
  "narrow",
  "imported",
] as const;
const TESTS = ["axe", "keyboard", "contrast", "zoom"] as const;

/** A placeholder the publishing organisation must replace, marked in text as well as colour. */
function FillIn({ text }: { readonly text: string }) {
  const { t } = useT();
  return (
    <mark className="fill-in">
      {text}
      <span className="visually-hidden">
        {" "}
        ({t("accessibility.fillInMark")})
      </span>
    </mark>
  );
}

/** A message with {{organisation}} / {{contact}} replaced by the marked placeholders. */
function WithPlaceholders({ text }: { readonly text: string }) {
  const { t } = useT();
  const parts = text.split(/(\{\{organisation\}\}|\{\{contact\}\})/);
  return (
    <>
      {parts.map((part, i) =>
        part === "{{organisation}}" ? (
          <FillIn key={i} text={t("accessibility.organisation")} />
        ) : part === "{{contact}}" ? (
          <FillIn key={i} text={t("accessibility.contact")} />
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The raw message, with its placeholders left for WithPlaceholders. */
const KEEP = { organisation: "{{organisation}}", contact: "{{contact}}" };

export default function AccessibilityView() {
  const { t, locale } = useT();
  const date = formatDate(WRITTEN, locale);
  return (
    <article className="statement">
      <h1 className="view-title">{t("accessibility.heading")}</h1>
      <aside className="statement__fill-in" aria-labelledby="fill-in-title">
        <h2 id="fill-in-title">{t("accessibility.fillInTitle")}</h2>
        <p>
          <WithPlaceholders text={t("accessibility.fillIn", KEEP)} />
        </p>
      </aside>
      <p className="statement__lead">
        <WithPlaceholders text={t("accessibility.intro", KEEP)} />
      </p>

      <h2>{t("accessibility.scopeHeading")}</h2>
      <p>{t("accessibility.scope")}</p>

      <h2>{t("accessibility.statusHeading")}</h2>
      <p>{t("accessibility.status")}</p>

      <h2>{t("accessibility.worksHeading")}</h2>
      <ul>
        {WORKS.map((key) => (
          <li key={key}>{t(`accessibility.works.${key}`)}</li>
        ))}
      </ul>

      <h2>{t("accessibility.alternativesHeading")}</h2>
      <p>
        <WithPlaceholders text={t("accessibility.alternatives", KEEP)} />
      </p>

      <h2>{t("accessibility.reportHeading")}</h2>
      <p>
        <WithPlaceholders text={t("accessibility.report", KEEP)} />
      </p>

      <h2>{t("accessibility.enforcementHeading")}</h2>
      <p>{t("accessibility.enforcement")}</p>
      <p>
        <a href={DIGG_REPORT_URL} hrefLang="sv">
          {t("accessibility.enforcementLink")}
        </a>
      </p>

      <h2>{t("accessibility.technicalHeading")}</h2>
      <p>{t("accessibility.technical")}</p>

      <h3>{t("accessibility.gapsHeading")}</h3>
      <p>{t("accessibility.gapsIntro")}</p>
      <ul>
        {GAPS.map((key) => (
          <li key={key}>{t(`accessibility.gaps.${key}`)}</li>
        ))}
      </ul>

      <h3>{t("accessibility.testedHeading")}</h3>
      <p>{t("accessibility.tested")}</p>
      <ul>
        {TESTS.map((key) => (
          <li key={key}>{t(`accessibility.testedList.${key}`)}</li>
        ))}
      </ul>
      <p>{t("accessibility.testedLimits")}</p>

      <h2>{t("accessibility.datesHeading")}</h2>
      <p>
        {t("accessibility.assessed", { date })}{" "}
        {t("accessibility.written", { date })}
      </p>
    </article>
  );
}
