/** Strict decoders that refuse broken bytes, and Windows-1252 as browsers decode it. */
/** Windows-1252 bytes 0x80–0x9F as the WHATWG Encoding Standard (and browsers) decode them. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030,
  0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e,
  0x178,
];

/**
 * Windows-1252 → text. Node 20's TextDecoder decodes 0x80–0x9F as C1 controls (latin1) while
 * browsers follow WHATWG (0x96 → "–"); mapping them here gives the same text everywhere.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder("windows-1252").decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

/** The Windows-1252 byte of a character, or -1 (reverse of decodeWindows1252, C1 controls too). */
export function cp1252Byte(code: number): number {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const index = CP1252_HIGH.indexOf(code);
  if (index !== -1) return 0x80 + index;
  if (code >= 0x80 && code <= 0x9f) return code;
  return -1;
}

export function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
