/**
 * The message types of the views that load on demand. Each view's messages live in
 * i18n/views/<view>.ts and are registered when the view's chunk loads (registerMessages), so the
 * app shell does not carry every view's text; the keys are still fully typed through this type.
 */
import type { accessSv } from "./views/access";
import type { accessibilitySv } from "./views/accessibility";
import type { chartKeysSv } from "./views/chart-keys";
import type { fundingSv } from "./views/funding";
import type { importViewSv } from "./views/import";
import type { mapSv } from "./views/map";
import type { nationalSv } from "./views/national";
import type { needsSv } from "./views/needs";
import type { overviewSv } from "./views/overview";
import type { profileSv } from "./views/profile";
import type { regionsSv } from "./views/regions";
import type { reportSv } from "./views/report";
import type { sourcesSv } from "./views/sources";
import type { summarySv } from "./views/summary";
import type { presentationSv } from "./views/presentation";
import type { trendsSv } from "./views/trends";
import type { versionDiffSv } from "./views/version-diff";

export interface ViewMessages {
  readonly overview: typeof overviewSv;
  readonly profile: typeof profileSv;
  readonly report: typeof reportSv;
  readonly funding: typeof fundingSv;
  readonly needs: typeof needsSv;
  /** Behov och resurser' access measures (registered with the needs view). */
  readonly access: typeof accessSv;
  readonly map: typeof mapSv;
  readonly trends: typeof trendsSv;
  /** Jämför kommuner's comparisons with all of Sweden (registered with the compare view). */
  readonly national: typeof nationalSv;
  readonly regions: typeof regionsSv;
  readonly sources: typeof sourcesSv;
  readonly versionDiff: typeof versionDiffSv;
  readonly importView: typeof importViewSv;
  readonly presentation: typeof presentationSv;
  readonly accessibility: typeof accessibilitySv;
  /** The words of the chart summaries (loaded with the first summary, not with a view). */
  readonly summary: typeof summarySv;
  readonly chartKeys: typeof chartKeysSv;
}
