/**
 * The i18n layer: i18next with our typed message files. Components use useT(); nothing else in
 * the app imports i18next. The language is part of the URL (navigation/ owns that); this module
 * follows it and keeps <html lang> in step. We hand out a fixed `t` per locale through context
 * instead of switching i18next's global language, so a language change is an ordinary re-render.
 */
import i18next, { type TFunction } from "i18next";
import {
  createContext,
  use,
  useContext,
  useEffect,
  useMemo,
  type ReactNode,
} from "react";

import type { UiLocale } from "./locales";
import { sv } from "./sv";
import type { ViewMessages } from "./view-messages";
import type { Widen } from "./widen";

export type { UiLocale } from "./locales";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof sv & ViewMessages };
  }
}

const instance = i18next.createInstance();
void instance.init({
  resources: { sv: { translation: sv } },
  lng: "sv",
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
});

export type Translate = TFunction;

/*
 * English is loaded on demand: most visitors read Swedish, and the English messages are a few KB
 * of the app shell's budget. The language switch loads them before it switches (no blank page);
 * a link with lang=en suspends the first render until they are there.
 */
let english: Promise<void> | null = null;

/** Marks a settled promise the way React's `use()` reads it, so `use()` returns without suspending. */
function markFulfilled(promise: Promise<void>): Promise<void> {
  const tracked = promise as Promise<void> & {
    status?: string;
    value?: undefined;
  };
  tracked.status = "fulfilled";
  tracked.value = undefined;
  return promise;
}

const SWEDISH: Promise<void> = markFulfilled(Promise.resolve());

/**
 * Makes a locale's shell messages available; resolves at once for Swedish. English is one
 * promise for the page's life (a new one only after a failed load), marked fulfilled the way
 * React's `use()` reads it, so a render after the load never suspends.
 */
export function loadLocale(locale: UiLocale): Promise<void> {
  if (locale === "sv") return SWEDISH;
  if (!english) {
    const loading: Promise<void> = import("./en").then(
      ({ en }) => {
        instance.addResourceBundle("en", "translation", en, true, true);
        void markFulfilled(loading);
      },
      (error: unknown) => {
        english = null;
        throw error;
      },
    );
    english = loading;
  }
  return english;
}

/**
 * Adds a lazily loaded view's messages (both languages) under its key. Called once, at the top
 * of the view's message module, which the view imports.
 */
export function registerMessages<K extends keyof ViewMessages>(
  key: K,
  svMessages: ViewMessages[K],
  enMessages: Widen<ViewMessages[K]>,
): void {
  instance.addResourceBundle(
    "sv",
    "translation",
    { [key]: svMessages },
    true,
    true,
  );
  instance.addResourceBundle(
    "en",
    "translation",
    { [key]: enMessages },
    true,
    true,
  );
}

interface I18nValue {
  readonly t: TFunction;
  readonly locale: UiLocale;
}

const I18nContext = createContext<I18nValue>({
  t: instance.getFixedT("sv"),
  locale: "sv",
});

/** Provides translations in the given locale and sets <html lang>. */
export function I18nProvider({
  locale,
  children,
}: {
  locale: UiLocale;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ t: instance.getFixedT(locale), locale }),
    [locale],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nContext value={value}>
      <MessagesReady locale={locale}>{children}</MessagesReady>
    </I18nContext>
  );
}

/**
 * Suspends (React `use`) until the locale's messages are loaded; needs a Suspense boundary above.
 * In English `use()` is called on every render, with the same promise (the locale is a prop, the
 * same in an attempt and its replay): React replays a component that suspended, and the replay
 * must make the same calls as the attempt. Calling `use()` only
 * while a "not loaded yet" flag was set made the replay skip it; with hooks after it React failed
 * with "Update hook called on initial render" (#467) and re-rendered the whole root (#520).
 */
function MessagesReady({
  locale,
  children,
}: {
  locale: UiLocale;
  children: ReactNode;
}) {
  if (locale === "en") use(loadLocale("en"));
  return children;
}
/** The translate function and the current locale. */
export function useT(): I18nValue {
  return useContext(I18nContext);
}

/** A translate function outside React (tests, exports). */
export function fixedT(locale: UiLocale): TFunction {
  return instance.getFixedT(locale);
}

/** Every message registered so far in a language: the shell's and the loaded views' (tests). */
export function registeredMessages(
  locale: UiLocale,
): Readonly<Record<string, unknown>> {
  return instance.getResourceBundle(locale, "translation") as Record<
    string,
    unknown
  >;
}
