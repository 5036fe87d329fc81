/**
 * Files that are not text: known binary signatures (a renamed .xlsx, a PDF, an image), each with
 * what the file is and what to do instead.
 */
import type { ImportMessage } from "@/i18n/import/import-text";
import type { BinaryKind, BinaryTodo } from "@/i18n/import/sv/file";

const SIGNATURES: readonly (readonly [number[], BinaryKind, BinaryTodo])[] = [
  [[0x50, 0x4b, 0x03, 0x04], "xlsx", "saveAsCsv"],
  [[0x50, 0x4b, 0x05, 0x06], "zip", "saveAsCsv"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "xls", "saveAsCsv"],
  [[0x25, 0x50, 0x44, 0x46], "pdf", "copyTable"],
  [[0x1f, 0x8b], "gzip", "unpack"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "7z", "unpack"],
  [[0x52, 0x61, 0x72, 0x21], "rar", "unpack"],
  [[0x89, 0x50, 0x4e, 0x47], "png", "notData"],
  [[0xff, 0xd8, 0xff], "jpeg", "notData"],
  [[0x47, 0x49, 0x46, 0x38], "gif", "notData"],
  [[0x49, 0x49, 0x2a, 0x00], "tiff", "notData"],
  [[0x4d, 0x4d, 0x00, 0x2a], "tiff", "notData"],
  [[0xff, 0xfe, 0x00, 0x00], "utf32", "saveAsCsv"],
  [[0x7f, 0x45, 0x4c, 0x46], "elf", "notData"],
];

const RIFF = [0x52, 0x49, 0x46, 0x46];

const WEBP = [0x57, 0x45, 0x42, 0x50];

export function startsWith(
  bytes: Uint8Array,
  prefix: readonly number[],
  at = 0,
): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++)
    if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** A message if the bytes are a known binary format, else null. */
export function sniffBinary(bytes: Uint8Array): ImportMessage | null {
  for (const [signature, kind, todo] of SIGNATURES) {
    if (startsWith(bytes, signature))
      return { key: "notText", params: { kind, todo } };
  }
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8))
    return { key: "notText", params: { kind: "webp", todo: "notData" } };
  return null;
}
