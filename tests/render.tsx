/** Renders with the app's real providers and a fresh query client (no retries). */
import { QueryClientProvider } from "@tanstack/react-query";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";

import { App } from "@/app/app";
import { createQueryClient } from "@/app/query-client";

function renderWithProviders(ui: ReactElement): RenderResult {
  return render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      {ui}
    </QueryClientProvider>,
  );
}

/** The whole app at a URL (query string), e.g. renderApp("?kommuner=0127"). */
export function renderApp(search = ""): RenderResult {
  window.history.replaceState(null, "", `/${search}`);
  return renderWithProviders(<App />);
}

/** Text with no-break and narrow no-break spaces turned into plain spaces, minus as "-". */
export function plain(text: string | null | undefined): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
}
