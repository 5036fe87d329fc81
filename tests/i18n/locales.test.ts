/** One list of UI languages: each has messages, an Intl locale and a URL value. */
import { describe, expect, it } from "vitest";

import { formatNumber } from "@/domain/format";
import { INTL_LOCALE, LOCALES } from "@/i18n/locales";
import { parseUrlState, serializeUrlState } from "@/navigation/url-state";

describe("LOCALES", () => {
  it("starts with Swedish, the reference language and the URL's default", () => {
    expect(LOCALES[0]).toBe("sv");
    expect(parseUrlState("").state.lang).toBe("sv");
  });

  it.each(LOCALES)(
    "%s has messages, an Intl locale and a lang= value",
    async (locale) => {
      const messages = (await import(`@/i18n/${locale}.ts`)) as Record<
        string,
        unknown
      >;
      expect(messages[locale]).toBeTypeOf("object");
      expect(Intl.NumberFormat.supportedLocalesOf(INTL_LOCALE[locale])).toEqual(
        [INTL_LOCALE[locale]],
      );
      const { state, notices } = parseUrlState(`?lang=${locale}`);
      expect(notices).toEqual([]);
      expect(state.lang).toBe(locale);
      expect(parseUrlState(serializeUrlState(state)).state.lang).toBe(locale);
    },
  );

  it("formats numbers with each language's conventions", () => {
    expect(formatNumber(1234.5, 1, "sv")).toBe("1\u00a0234,5");
    expect(formatNumber(1234.5, 1, "en")).toBe("1,234.5");
  });
});
