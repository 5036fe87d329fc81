/** One card per theme, each leading to the views that show it. */
import { THEME_CARD_INDICATORS } from "@/domain/indicator-roles";
import type { ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

interface Link {
  readonly label: string;
  readonly patch: Partial<ViewState>;
}

function Card({
  url,
  title,
  text,
  links,
}: {
  url: UrlStateApi;
  title: string;
  text: string;
  links: readonly Link[];
}) {
  return (
    <li className="theme-card">
      <h3>{title}</h3>
      <p>{text}</p>
      <ul>
        {links.map((link) => (
          <li key={link.label}>
            <a
              href={url.href(link.patch)}
              onClick={(event) => {
                event.preventDefault();
                url.update(link.patch);
              }}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}

const fresh = {
  indicator: null,
  x: null,
  period: null,
  group: null,
  table: false,
  tables: [],
} as const;

export function ThemeCards({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const views = (view: ViewState["view"]): Link => ({
    label: t(`views.${view}`),
    patch: { ...fresh, view },
  });
  return (
    <ul className="theme-grid">
      <Card
        url={url}
        title={t("themes.diagnoses")}
        text={t("overview.themes.diagnosesText")}
        links={[
          {
            label: t("overview.themes.compareDiagnoses"),
            patch: {
              ...fresh,
              view: "compare",
              indicator: THEME_CARD_INDICATORS.diagnoses,
            },
          },
          views("trends"),
        ]}
      />
      <Card
        url={url}
        title={t("themes.unmet-needs")}
        text={t("overview.themes.needsText")}
        links={[
          {
            label: t("overview.themes.compareNeeds"),
            patch: {
              ...fresh,
              view: "compare",
              indicator: THEME_CARD_INDICATORS["unmet-needs"],
            },
          },
          views("needs"),
          views("map"),
        ]}
      />
      <Card
        url={url}
        title={t("themes.funding")}
        text={t("overview.themes.fundingText")}
        links={[
          {
            label: t("overview.themes.compareFunding"),
            patch: { ...fresh, view: "compare" },
          },
          views("funding"),
        ]}
      />
      <Card
        url={url}
        title={t("views.profile")}
        text={t("overview.themes.profileText")}
        links={[views("profile")]}
      />
    </ul>
  );
}
