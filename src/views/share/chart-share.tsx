/**
 * The app's actions beside every chart's export menu: "Kopiera länk" (the URL of the view with
 * its whole state) and "Lägg till i presentation" (a slide: the view's query string, the chart,
 * the versions of the datasets it shows, its title and its summary as speaker notes). Not a view:
 * the app hands them to every ChartFrame through ChartActionsContext (charts/ may not use the URL
 * or the deck store). The deck store (and zod) load on the first click.
 */
import { useState } from "react";

import type { ChartExportData } from "@/charts/export/export-data";
import { useManifest } from "@/data/queries";
import { isolateText } from "@/domain/bidi";
import { useT } from "@/i18n/i18n";
import type { SlidePin } from "@/data/decks/deck";
import { useUrlState } from "@/navigation/use-url-state";
import { serializeUrlState } from "@/navigation/url-state";
import { LinkField, useCopyLink } from "@/ui/copy-link";

/** Datasets every view reads besides the chart's own (kommun names, indicator definitions). */
const CATALOGUE_DATASETS = ["kommuner", "indikatorer"];

export function ChartShare({ data }: { data: ChartExportData }) {
  return (
    <>
      <CopyLink />
      <AddToDeck data={data} />
    </>
  );
}

function CopyLink() {
  const { t } = useT();
  const { copied, fallback, copy } = useCopyLink();
  return (
    <div className="chart-share">
      <button
        type="button"
        className="button"
        onClick={() => {
          void copy(window.location.href);
        }}
      >
        {t("export.copyLink")}
      </button>
      {fallback !== null && (
        <LinkField
          className="chart-share__fallback"
          label={t("export.linkFallback")}
          link={window.location.href}
        />
      )}
      <span className="chart-share__status" role="status">
        {copied !== null ? t("export.linkCopied") : ""}
      </span>
    </div>
  );
}

function AddToDeck({ data }: { data: ChartExportData }) {
  const { t } = useT();
  const url = useUrlState();
  const manifest = useManifest();
  const [message, setMessage] = useState("");

  const add = async (): Promise<void> => {
    try {
      const [{ addSlide }, { newId, DECK_LIMITS }] = await Promise.all([
        import("@/data/decks/add-slide"),
        import("@/data/decks/deck"),
      ]);
      // The versions shown now: URL pins first, then the chart's datasets, then the catalogue.
      const versions: SlidePin[] = [...url.state.versions];
      const pin = (id: string, version: number): void => {
        if (!versions.some((p) => p.id === id)) versions.push({ id, version });
      };
      for (const d of data.datasets) pin(d.id, d.version);
      for (const id of CATALOGUE_DATASETS) {
        const entry = manifest.data?.datasets.find((d) => d.id === id);
        const latest = entry?.versions.reduce((a, b) =>
          b.version > a.version ? b : a,
        );
        if (latest) pin(id, latest.version);
      }
      const result = addSlide(
        {
          id: newId(),
          query: serializeUrlState({ ...url.state, versions: [] }),
          chart: data.id,
          versions,
          title: data.title,
          notes: data.summary ?? "",
        },
        t("export.defaultDeckName"),
      );
      const deck = isolateText(result.deck.name);
      setMessage(
        result.ok
          ? t("export.addedToDeck", { n: result.number, deck })
          : result.reason === "full"
            ? t("export.deckFull", { deck, max: DECK_LIMITS.slides })
            : result.reason === "quota"
              ? t("export.storageFull", { deck })
              : result.reason === "invalid"
                ? t("export.invalid", { field: result.field })
                : t("export.storageUnavailable"),
      );
    } catch (error) {
      setMessage(
        t("export.addFailed", {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  return (
    <div className="chart-share">
      <button
        type="button"
        className="button"
        onClick={() => {
          void add();
        }}
      >
        {t("export.addToDeck")}
      </button>
      <span className="chart-share__status" role="status">
        {message}
      </span>
    </div>
  );
}
