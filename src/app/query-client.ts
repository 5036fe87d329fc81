/** TanStack Query defaults, in one place. Published files are immutable: never stale, no refetch. */
import { QueryClient } from "@tanstack/react-query";

import { isDatasetError } from "@/data/errors";

/**
 * Only a failed download is worth one more try; a checksum or schema error will fail the same
 * way again, so it is shown at once.
 */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  return !isDatasetError(error) || error.detail.problem === "fetch";
}

export function createQueryClient(
  options: { retry?: boolean } = {},
): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: "static",
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: options.retry === false ? false : shouldRetry,
      },
    },
  });
}
