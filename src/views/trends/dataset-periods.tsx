/**
 * Loads one observations dataset (cached by the query layer) and reports how many periods each of
 * its indicators has, so the indicator menu can offer only indicators with a trend. Renders nothing.
 */
import { useEffect } from "react";

import { useObservations } from "@/data/queries";

import { periodCounts } from "./resolve-trends";

export function DatasetPeriods({
  datasetId,
  onCounts,
}: {
  datasetId: string;
  onCounts: (datasetId: string, counts: Record<string, number>) => void;
}) {
  const query = useObservations(datasetId);
  const observations = query.data?.observations;
  useEffect(() => {
    if (observations) onCounts(datasetId, periodCounts(observations));
  }, [datasetId, observations, onCounts]);
  return null;
}
