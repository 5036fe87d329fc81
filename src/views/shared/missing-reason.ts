/** Why a kommun has no value: the dataset's own reason where it states one, else a plain one. */
import type { ObservationsDataset } from "@/data/load-dataset";
import type { LocalText } from "@/domain/local-text";

const FALLBACK_MISSING: LocalText = {
  sv: "Uppgift saknas i datasetet.",
  en: "No value in the dataset.",
};

export function missingReasonOf(dataset: ObservationsDataset): LocalText {
  return dataset.entry.missingReason ?? FALLBACK_MISSING;
}
