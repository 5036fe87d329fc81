/**
 * The app shell: skip link, header with the app name, view navigation and language switch, the
 * current view, footer. The view is chosen by the URL; each view is loaded on demand and sits in
 * its own error boundary so a broken view never blanks the page.
 */
import { lazy, Suspense } from "react";

import { ChartActionsContext } from "@/charts/chart-actions";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { DatasetPinsProvider } from "@/data/dataset-pins";
import { I18nProvider, loadLocale, useT } from "@/i18n/i18n";
import { useUrlState, type UrlStateApi } from "@/navigation/use-url-state";
import { isResolvedByView } from "@/navigation/url-state";
import {
  FOOTER_VIEWS,
  NAV_VIEWS,
  paramsOf,
  type View,
} from "@/navigation/view-registry";
import { ErrorBoundary } from "@/ui/error-boundary";
import { UrlNotices } from "@/views/shared/url-notices";
import { DatasetErrorMessage } from "@/views/shared/dataset-error";

import { CurrentView } from "./current-view";
import { PinnedVersions } from "./pinned-versions";
import { UpdateNotice } from "./update-notice";

/** Every chart gets "Kopiera länk" and "Lägg till i presentation" beside its export menu. */
// Loaded after the first chart (the shell's JavaScript budget); the buttons appear a moment later.
const ChartShare = lazy(() =>
  import("@/views/share/chart-share").then((m) => ({ default: m.ChartShare })),
);
const CHART_ACTIONS = { Extra: ChartShare, slideChart: null };

export function App() {
  const url = useUrlState();
  return (
    // The boundary is for a first load with lang=en, while the English messages arrive.
    <Suspense fallback={null}>
      <I18nProvider locale={url.state.lang}>
        <DatasetPinsProvider pins={url.state.versions}>
          <ChartActionsContext value={CHART_ACTIONS}>
            <Shell url={url} />
          </ChartActionsContext>
        </DatasetPinsProvider>
      </I18nProvider>
    </Suspense>
  );
}

function Shell({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const view = url.state.view;
  const other = url.state.lang === "sv" ? "en" : "sv";
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a
            className="site-title"
            href={url.href({ view: "overview", kommuner: url.state.kommuner })}
          >
            {t("app.title")}
          </a>
          <a
            className="language-switch"
            href={url.href({ lang: other })}
            lang={other}
            hrefLang={other}
            aria-label={t("app.switchToLabel")}
            onClick={(event) => {
              event.preventDefault();
              // Load the other language's messages first, so the page never goes blank.
              void loadLocale(other).then(() => {
                url.update({ lang: other });
              });
            }}
          >
            {t("app.switchTo")}
          </a>
        </div>
        <nav className="site-nav" aria-label={t("app.nav")}>
          <ul>
            {NAV_VIEWS.map((v) => (
              <li key={v}>
                <ViewLink to={v} url={url} />
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <UpdateNotice />
        {/* A malformed indicator or period the view reads is reported by the view, with its fallback. */}
        <UrlNotices
          notices={url.notices.filter(
            (n) => !isResolvedByView(n, paramsOf(url.state.view)),
          )}
        />
        <PinnedVersions url={url} />
        <ErrorBoundary
          resetKeys={[view]}
          fallback={(error) => <DatasetErrorMessage error={error} />}
        >
          <Suspense
            fallback={
              <ChartPlaceholder state="loading" title={t("chart.loading")} />
            }
          >
            <CurrentView url={url} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
        {FOOTER_VIEWS.map((v) => (
          <p key={v}>
            <ViewLink to={v} url={url} />
          </p>
        ))}
      </footer>
    </>
  );
}

/** A link to a view, named by its registry message (`views.<name>`). */
function ViewLink({ to, url }: { to: View; url: UrlStateApi }) {
  const { t } = useT();
  return (
    <a
      href={url.href(linkTo(to, url))}
      aria-current={to === url.state.view ? "page" : undefined}
      onClick={(event) => {
        event.preventDefault();
        url.update(linkTo(to, url));
      }}
    >
      {t(`views.${to}`)}
    </a>
  );
}

/** Switching view keeps the kommun selection and language, and starts the view afresh. */
function linkTo(view: View, url: UrlStateApi) {
  return {
    view,
    indicator: view === url.state.view ? url.state.indicator : null,
    period: view === url.state.view ? url.state.period : null,
    group: null,
    table: false,
    tables: [],
  };
}
