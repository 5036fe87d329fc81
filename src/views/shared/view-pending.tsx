/**
 * A view before its base data is there: the heading, then the failure of the first query that
 * failed (with "Försök igen" where trying again can help), or a loading placeholder.
 */
import type { ReactNode } from "react";

import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "./dataset-error";

interface QueryLike {
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

export function ViewPending({
  heading,
  queries,
}: {
  heading: ReactNode;
  queries: readonly QueryLike[];
}) {
  const { t } = useT();
  const failed = queries.find((q) => q.isError);
  return (
    <>
      {heading}
      {failed ? (
        <DatasetErrorMessage
          error={failed.error}
          onRetry={() => {
            void failed.refetch();
          }}
        />
      ) : (
        <ChartPlaceholder state="loading" title={t("chart.loading")} />
      )}
    </>
  );
}
