/** TanStack Query defaults, in one place. Published files are immutable: never stale, no refetch. */
import { QueryClient } from "@tanstack/react-query";

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
        retry: options.retry === false ? false : 1,
      },
    },
  });
}
