/**
 * Writing SVG as text: escaped text and attributes, short numbers, and the font stack every
 * exported text is set in (the app's system stack, ending in a generic family so any renderer
 * finds a font). Pure.
 */

/** The app's fonts (app/styles.css), ending in the generic family. */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Text as SVG character data. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Text as a double-quoted attribute value. */
function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** A coordinate: at most two decimals, no "-0". */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type Attributes = Readonly<
  Record<string, string | number | null | undefined>
>;

/** ` name="value"` for every attribute that has a value. */
export function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(
      (entry): entry is [string, string | number] =>
        entry[1] !== null && entry[1] !== undefined && entry[1] !== "",
    )
    .map(
      ([name, value]) =>
        ` ${name}="${escapeAttribute(typeof value === "number" ? num(value) : value)}"`,
    )
    .join("");
}

/** `<name attrs/>` or `<name attrs>children</name>`. */
export function element(
  name: string,
  attrs: Attributes,
  children = "",
): string {
  return children === ""
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${children}</${name}>`;
}
