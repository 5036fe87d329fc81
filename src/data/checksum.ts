/**
 * SHA-256 of a file's bytes as lower-case hex. Uses @noble/hashes rather than crypto.subtle, which
 * browsers only offer in secure contexts (a kommun intranet served over plain http is not one).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
