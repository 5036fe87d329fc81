/** Swedish: area cells (kommun and län codes and names), the reference for en/areas.ts. */
import { groupDigits, quoteSv as q } from "../quote";

/** What the name of a code-and-name pair that disagree is. */
export type OtherArea =
  | { readonly kind: "area"; readonly name: string }
  | { readonly kind: "outside"; readonly text: string }
  | { readonly kind: "unknown" };

const other = (area: OtherArea): string =>
  area.kind === "area"
    ? area.name
    : area.kind === "outside"
      ? `${area.text}, utanför länet`
      : "okänt namn";

interface Outside {
  readonly text: string;
  readonly name: string;
}

export const areasSv = {
  missingArea: () => "Kommun eller kommunkod saknas; raden används inte.",
  zeroCode: () =>
    "Koden ”0” är ingen områdeskod (Riket är ”00”, i Kolada ”0000”); raden används inte.",
  unknownCode: (p: { text: string }) =>
    `Koden ${q(p.text)} är ingen kommun eller län i Sverige (en gammal kod, en summarad eller en annan indelning?); raden används inte.`,
  unknownName: (p: { text: string }) =>
    `${q(p.text)} är ingen kommun eller län i Sverige; raden används inte. Kontrollera stavningen eller använd kommunkoden.`,
  outsideCounty: (p: Outside) =>
    `${q(p.text)} (${p.name}) ligger utanför Stockholms län; raden sparas för jämförelser med hela landet men visas inte i länets vyer.`,
  /** The same, once for all the rows (or JSON values) of one area. */
  outsideCountyRows: (
    p: Outside & { readonly rows: number; readonly line: number | null },
  ) =>
    `${q(p.text)} (${p.name}) ligger utanför Stockholms län; raderna sparas för jämförelser med hela landet men visas inte i länets vyer. (${groupDigits(p.rows, "sv")} ${p.line === null ? "värden" : `rader, från rad ${p.line}`})`,
  kommunInCountyColumn: (p: { text: string }) =>
    `${q(p.text)} är en kommun, men kolumnen gäller landsting eller regioner; raden används inte.`,
  areaMismatch: (p: {
    code: string;
    codeName: string;
    name: string;
    other: OtherArea;
  }) =>
    `Koden ${q(p.code)} (${p.codeName}) och namnet ${q(p.name)} (${other(p.other)}) stämmer inte överens; raden används inte.`,
  countyNameRead: (p: { text: string; name: string; code: string }) =>
    `Namnet ${q(p.text)} i en kolumn med landsting eller regioner lästes som ${p.name} (kod ${p.code}).`,
  nameReadAsCode: (p: { text: string; code: string }) =>
    `Namnet ${q(p.text)} lästes som kod ${p.code}.`,
  nameRead: (p: { text: string; name: string; code: string }) =>
    `Namnet ${q(p.text)} lästes som ${p.name} (kod ${p.code}).`,
  readByName: (p: { text: string; name: string; code: string }) =>
    `Kommunkoden saknas; namnet ${q(p.text)} användes och lästes som ${p.name} (kod ${p.code}).`,
  koladaCode: (p: { text: string; name: string; code: string }) =>
    `Koden ${q(p.text)} (Koladas kod för ${p.name}) lästes som ${q(p.code)}.`,
  paddedCode: (p: { text: string; name: string; code: string }) =>
    `Kommunkoden ${q(p.text)} saknade inledande nolla (Excel tar bort den) och lästes som ${q(p.code)} (${p.name}).`,
};
