/** The messages of CSV cells (csv-cells.ts) and key cells (csv-fields.ts), Swedish and English. */
import type { LocalText } from "@/domain/local-text";

import { isFormulaLike } from "./formula";
import { clip } from "./issues";
import { otherModeNumber, type DecimalMode } from "./numbers";
import type { ImportStatus } from "./report-types";

export function quoteSv(text: string): string {
  return `”${clip(text)}”`;
}
export function quoteEn(text: string): string {
  return `“${clip(text)}”`;
}

/** A formula-like value cell: never evaluated, not used. */
export function formulaValue(raw: string): LocalText {
  return {
    sv: `Cellen ${quoteSv(raw)} ser ut som en kalkylbladsformel; den beräknas aldrig och används inte.`,
    en: `The cell ${quoteEn(raw)} looks like a spreadsheet formula; it is never evaluated and not used.`,
  };
}

/** A formula-like text cell: kept as text. */
export function formulaText(raw: string): LocalText {
  return {
    sv: `Cellen ${quoteSv(raw)} ser ut som en kalkylbladsformel; den läses som text och beräknas aldrig.`,
    en: `The cell ${quoteEn(raw)} looks like a spreadsheet formula; it is read as text and never evaluated.`,
  };
}

/** A text with soft hyphens (`before`) and how it is read (`text`). */
export function softHyphens(before: string, text: string): LocalText {
  return {
    sv: `Texten ${quoteSv(before.replace(/\u00ad/g, "[SHY]"))} har mjuka bindestreck (U+00AD, som Socialstyrelsens statistikdatabas skriver); mellan siffror läses de som ”-” (${quoteSv(text)}), annars tas de bort.`,
    en: `The text ${quoteEn(before.replace(/\u00ad/g, "[SHY]"))} has soft hyphens (U+00AD, as Socialstyrelsen's database writes them); next to digits they are read as “-” (${quoteEn(text)}), elsewhere they are removed.`,
  };
}

export function unknownStatus(text: string): LocalText {
  return {
    sv: `Statusen ${quoteSv(text)} känns inte igen; värdet läses som det står.`,
    en: `The status ${quoteEn(text)} is not recognised; the value is read as it stands.`,
  };
}

export function statusMapped(text: string): LocalText {
  return {
    sv: `Statusen ${quoteSv(text)} läses som ett rapporterat värde.`,
    en: `The status ${quoteEn(text)} is read as a reported value.`,
  };
}

export function conflictingStatus(
  text: string,
  status: ImportStatus,
): LocalText {
  return {
    sv: `Värdet ${quoteSv(text)} stämmer inte med statusen (${status === "reported" ? "rapporterat" : status === "missing" ? "saknas" : "skyddat"}); värdet används inte.`,
    en: `The value ${quoteEn(text)} does not agree with the status (${status}); the value is not used.`,
  };
}

/** A dash read as a missing value. */
export function dashMissing(text: string): LocalText {
  return {
    sv: `Tecknet ${quoteSv(text)} betyder i vissa källor noll och i andra att uppgift saknas. Det läses som saknat värde (aldrig som 0) och tecknet sparas; ange 0 om du menar noll.`,
    en: `The sign ${quoteEn(text)} means zero in some sources and “no figure” in others. It is read as a missing value (never as 0) and the sign is kept; write 0 if you mean zero.`,
  };
}

/** A dash read as zero (PxWeb exports). */
export function dashNil(text: string): LocalText {
  return {
    sv: `Filen är en export från SCB:s statistikdatabas (PxWeb), där ${quoteSv(text)} betyder noll (”inget att redovisa”). Sådana celler läses som 0 och tecknet sparas.`,
    en: `The file is an export from SCB's database (PxWeb), where ${quoteEn(text)} means nil (“nothing to report”). Such cells are read as 0 and the sign is kept.`,
  };
}

export function unitHint(heading: string, hint: string): LocalText {
  return {
    sv: `Värdena i kolumnen ${quoteSv(heading)} skrivs med ${quoteSv(hint)}; det tas som enhet.`,
    en: `The values in the column ${quoteEn(heading)} are written with ${quoteEn(hint)}; that is taken as the unit.`,
  };
}

export function unitMismatch(
  text: string,
  hint: string,
  declared: string,
): LocalText {
  return {
    sv: `Värdet ${quoteSv(text)} har enheten ${quoteSv(hint)} men enheten är ${quoteSv(declared)}; värdet används inte.`,
    en: `The value ${quoteEn(text)} has the unit ${quoteEn(hint)} but the unit is ${quoteEn(declared)}; the value is not used.`,
  };
}

/** A value cell that is no number in the column's format, nor a symbol. */
export function badNumber(
  raw: string,
  text: string,
  mode: DecimalMode,
): LocalText {
  if (isFormulaLike(raw)) return formulaValue(raw);
  if (/^[-+]?(inf|infinity|-?inf)$/i.test(text)) {
    return {
      sv: `${quoteSv(text)} betyder ett oändligt värde (R och pandas skriver så vid division med noll); det är inget tal och används inte.`,
      en: `${quoteEn(text)} means an infinite value (R and pandas write it after a division by zero); it is not a number and is not used.`,
    };
  }
  if (otherModeNumber(text, mode)) {
    return mode === "comma"
      ? {
          sv: `${quoteSv(text)} har decimalpunkt men filen använder decimalkomma; värdet används inte.`,
          en: `${quoteEn(text)} has a decimal point but the file uses a decimal comma; the value is not used.`,
        }
      : {
          sv: `${quoteSv(text)} har decimalkomma men filen använder decimalpunkt; värdet används inte.`,
          en: `${quoteEn(text)} has a decimal comma but the file uses a decimal point; the value is not used.`,
        };
  }
  return {
    sv: `${quoteSv(text)} är inget tal (skriv t.ex. 1 234,5) eller symbol för saknat värde (t.ex. ..); värdet används inte.`,
    en: `${quoteEn(text)} is not a number (write e.g. 1 234,5) or a symbol for a missing value (e.g. ..); the value is not used.`,
  };
}

/** A "560,000" or "1.234" that the file's other numbers do not decide. */
export function ambiguousMessage(
  text: string,
  shape: "single-comma" | "single-point",
  mixed: boolean,
): LocalText {
  const digits = text.replace(/[.,]/, "");
  const decimal = text.replace(",", ".");
  const why = mixed
    ? {
        sv: "filen blandar svenska och engelska talformat",
        en: "the file mixes Swedish and English number formats",
      }
    : {
        sv: "inget annat värde i filen visar vilket",
        en: "no other value in the file shows which",
      };
  return shape === "single-comma"
    ? {
        sv: `${quoteSv(text)} kan betyda både ${text} (decimalkomma) och ${digits.replace(/^([-\u2212\u2011]?\d{1,3})(\d{3})$/, "$1 $2")} (komma mellan tusental), och ${why.sv}; värdet används inte. Skriv tusental utan komma eller ange talformatet.`,
        en: `${quoteEn(text)} could mean either ${decimal} (decimal comma) or ${digits} (comma between thousands), and ${why.en}; the value is not used. Write thousands without a comma or set the number format.`,
      }
    : {
        sv: `${quoteSv(text)} kan betyda både ${text.replace(".", ",")} (decimalpunkt) och ${digits.replace(/^([-\u2212\u2011]?\d{1,3})(\d{3})$/, "$1 $2")} (punkt mellan tusental), och ${why.sv}; värdet används inte. Skriv decimaler med komma och tusental utan punkt.`,
        en: `${quoteEn(text)} could mean either ${clip(text)} (decimal point) or ${digits} (point between thousands), and ${why.en}; the value is not used. Write decimals with a comma and thousands without a point.`,
      };
}
