/**
 * Text from outside the app (URL values, deck names, imported labels) may carry bidi control
 * characters: a single U+202E (right-to-left override) reverses everything after it, so the
 * app's own "2023" reads "3202". They are stripped from what is stored and exported, and
 * outside text placed inside a sentence is isolated (FSI … PDI, the plain-text form of <bdi>).
 */

/** (global: reset lastIndex before exec) U+202A–U+202E (embeddings, overrides), U+2066–U+2069 (isolates), U+200E/F (marks), U+061C. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** The text without bidi control characters. */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/**
 * Outside text to place inside a sentence: controls stripped, then isolated, so neither its own
 * direction nor any character in it can reorder the sentence around it.
 */
export function isolateText(text: string): string {
  return `\u2068${stripBidi(text)}\u2069`;
}
