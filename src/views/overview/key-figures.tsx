/** The county's key figures, each with its comparisons, a small visual and its source (Översikt). */
import { KEY_FIGURES } from "@/domain/indicator-roles";
import { useT } from "@/i18n/i18n";

import { FigureCard } from "./figure-card";
import {
  useDiagnosesFigure,
  useFamilyCentreDetails,
  useStimulusFigure,
  useSuicideFigure,
} from "./key-figure-builds";
import { useSeriesFigure } from "./series-figure";

export function KeyFigures() {
  const { t } = useT();
  const seriesFigure = useSeriesFigure();
  const diagnoses = useDiagnosesFigure();
  const suicide = useSuicideFigure();
  const familyCentreDetails = useFamilyCentreDetails();
  const stimulus = useStimulusFigure();
  return (
    <ul className="figure-grid">
      <FigureCard
        datasetId={KEY_FIGURES.sickLeave.dataset}
        build={seriesFigure(
          KEY_FIGURES.sickLeave.indicator,
          "pct1",
          t("overview.figures.sickLeave"),
        )}
      />
      <FigureCard datasetId={KEY_FIGURES.diagnoses.dataset} build={diagnoses} />
      <FigureCard datasetId={KEY_FIGURES.suicide.dataset} build={suicide} />
      <FigureCard
        datasetId={KEY_FIGURES.familyCentres.dataset}
        build={seriesFigure(
          KEY_FIGURES.familyCentres.indicator,
          "num0",
          t("overview.figures.familyCentres"),
          familyCentreDetails,
        )}
      />
      <FigureCard
        datasetId={KEY_FIGURES.agreement.dataset}
        build={seriesFigure(
          KEY_FIGURES.agreement.indicator,
          "mnkr1",
          t("overview.figures.agreement"),
        )}
      />
      <FigureCard datasetId={KEY_FIGURES.stimulus.dataset} build={stimulus} />
    </ul>
  );
}
