/** Why a deck could not be saved in this browser, as an error the views can explain. */
export type DeckStoreFailure =
  /** The browser's storage is full. */
  | "quota"
  /** Storage is switched off or refused the write for another reason. */
  | "unavailable"
  /** The deck already has the most slides a deck may have. */
  | "full"
  /** A value the schema would refuse on the next read (`field` names it, "slides.3.query"). */
  | "invalid";

export class DeckStoreError extends Error {
  constructor(
    readonly reason: DeckStoreFailure,
    /** The field the schema refused, for reason "invalid". */
    readonly field = "",
  ) {
    super(
      `The deck could not be saved (${reason}${field ? `: ${field}` : ""}).`,
    );
    this.name = "DeckStoreError";
  }
}

/** Browsers name a full storage differently (Firefox before 2020: NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === "QuotaExceededError" ||
      error.name === "NS_ERROR_DOM_QUOTA_REACHED")
  );
}
