/**
 * The running head and the page numbers of the printed Kommunrapport. They are CSS @page margin
 * boxes (print.css): "Kommunrapport: Botkyrka" top left, "sida 3 av 7" bottom right. CSS cannot
 * know the kommun or the language, so the report sets them as custom properties on the root
 * element while it is shown (the page context inherits from it) and removes them when it goes,
 * so no other view prints them. Set through the CSSOM, which the Content-Security-Policy allows.
 */
import { useEffect } from "react";

import { useT } from "@/i18n/i18n";

/** A CSS string literal: quotes and backslashes escaped, no line breaks. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/[\n\r]/g, " ")}"`;
}

export function usePageMargins(title: string | null): void {
  const { t } = useT();
  const page = t("report.page");
  const of = t("report.of");
  useEffect(() => {
    if (title === null) return;
    const style = document.documentElement.style;
    const values = {
      "--report-running-head": cssString(title),
      "--report-page": cssString(`${page} `),
      "--report-of": cssString(` ${of} `),
    };
    for (const [name, value] of Object.entries(values))
      style.setProperty(name, value);
    return () => {
      for (const name of Object.keys(values)) style.removeProperty(name);
    };
  }, [title, page, of]);
}
