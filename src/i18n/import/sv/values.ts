/** Swedish: periods, and the checks across rows (duplicates, conflicts, impossible values), the reference for en/values.ts. */
import { quoteSv as q } from "../quote";

/** Where an observation is: a physical line, or else a JSON path (the column). */
export interface Place {
  readonly line: number | null;
  readonly column: string | null;
}

/** A value as the file gave it: a number, or a statistical symbol ("" or null: nothing). */
export interface Value {
  readonly value: number | null;
  readonly symbol: string | null;
}

/** An observation named in a message: its value and what it is a value of. */
interface Figure {
  readonly value: Value;
  /** "Botkyrka (0127), Andel, 2019, K": the same in both languages. */
  readonly subject: string;
}

const place = (p: Place): string =>
  p.line !== null && p.line > 0 ? `rad ${p.line}` : (p.column ?? "?");

const value = (v: Value): string =>
  v.value === null
    ? v.symbol === null || v.symbol === ""
      ? "saknas"
      : q(v.symbol)
    : String(v.value).replace(".", ",").replace("-", "−");

export const valuesSv = {
  periodRead: (p: { text: string; period: string }) =>
    `Perioden ${q(p.text)} lästes som ${q(p.period)}.`,
  periodMissing: () => "År/period saknas; värdet används inte.",
  periodUnreadable: (p: { text: string; min: number; max: number }) =>
    `${q(p.text)} är ingen period som går att läsa: ett år (${p.min}–${p.max}), en månad (”2014M08”), ett kvartal (”2014K1”) eller ett intervall (”2013-2016”); värdet används inte.`,
  duplicate: (p: { subject: string; first: Place }) =>
    `Samma uppgift (${p.subject}) med samma värde finns redan på ${place(p.first)}; dubbletten används inte.`,
  conflict: (p: Figure & { place: Place; first: Value; firstPlace: Place }) =>
    `Motstridiga värden för ${p.subject}: ${value(p.first)} på ${place(p.firstPlace)} och ${value(p.value)} på ${place(p.place)}. Inget av dem används.`,
  conflictAgain: (p: Figure & { place: Place }) =>
    `Ytterligare ett värde (${value(p.value)}) för ${p.subject}, som redan har motstridiga värden; ${place(p.place)} används inte.`,
  conflictWithImpossible: (p: Figure & { place: Place }) =>
    `Ett annat värde (${value(p.value)}) för ${p.subject}, vars första värde i filen är omöjligt; ${place(p.place)} används inte heller.`,
  shareOutOfRange: (p: Figure) =>
    `Värdet ${value(p.value)} för ${p.subject} är en andel i procent men ligger utanför 0–100, vilket är omöjligt; värdet används inte.`,
  negativeCount: (p: Figure) =>
    `Värdet ${value(p.value)} för ${p.subject} är negativt, men ett antal eller en kvot per invånare kan inte vara det; värdet används inte.`,
  negativeAmount: (p: Figure) =>
    `Värdet ${value(p.value)} för ${p.subject} är ett negativt belopp. Det kan stämma för en nettosiffra, men kontrollera det.`,
};
