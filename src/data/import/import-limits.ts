/** The limits of an import, checked before anything is allocated for the file. */

/** Largest file accepted: 100 MB (a million tidy rows are about 50 MB). */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;

/** Longest physical line (and CSV record) accepted, in characters. */
export const IMPORT_MAX_LINE_LENGTH = 65_536;
