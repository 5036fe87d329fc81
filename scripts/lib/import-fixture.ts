/**
 * A deterministic tidy CSV the way a coordinator's Excel writes it (";", decimal comma, real
 * kommun names and codes, some statistical symbols), for benchmarking the import pipeline:
 * `npm run bench` (Chromium) and `npx tsx scripts/lib/bench-import-node.ts` (Node).
 * Pure: runs in the browser and in Node. Every (kommun, indicator, year) occurs once, so a
 * correct import accepts every row; about 50 bytes per row.
 */
const AREAS: readonly (readonly [string, string])[] = [
  ["0114", "Upplands Väsby"],
  ["0115", "Vallentuna"],
  ["0117", "Österåker"],
  ["0120", "Värmdö"],
  ["0123", "Järfälla"],
  ["0125", "Ekerö"],
  ["0126", "Huddinge"],
  ["0127", "Botkyrka"],
  ["0128", "Salem"],
  ["0136", "Haninge"],
  ["0138", "Tyresö"],
  ["0139", "Upplands-Bro"],
  ["0140", "Nykvarn"],
  ["0160", "Täby"],
  ["0162", "Danderyd"],
  ["0163", "Sollentuna"],
  ["0180", "Stockholm"],
  ["0181", "Södertälje"],
  ["0182", "Nacka"],
  ["0183", "Sundbyberg"],
  ["0184", "Solna"],
  ["0186", "Lidingö"],
  ["0187", "Vaxholm"],
  ["0188", "Norrtälje"],
  ["0191", "Sigtuna"],
  ["0192", "Nynäshamn"],
  ["01", "Stockholms län"],
];
const YEARS = 40;
const FIRST_YEAR = 1985;

export const TIDY_CSV_HEADER = "Kommunkod;Kommun;Indikator;År;Värde;Enhet";

/** Row i of the generated file (0-based, without the line end). */
export function tidyCsvRow(i: number): string {
  const [code, name] = AREAS[i % AREAS.length] ?? AREAS[0] ?? ["", ""];
  const year = FIRST_YEAR + (Math.floor(i / AREAS.length) % YEARS);
  const indicator = Math.floor(i / (AREAS.length * YEARS));
  const percent = indicator % 2 === 0;
  // A cheap deterministic hash, so values look irregular but never depend on the clock.
  const hash = Math.imul(i + 1, 2654435761) >>> 0;
  let value: string;
  if (hash % 97 === 0) value = "..";
  else if (hash % 389 === 0) value = "";
  else if (percent) value = `${hash % 100},${hash % 10}`;
  else {
    const amount = hash % 250000;
    value =
      amount >= 1000
        ? `${Math.floor(amount / 1000)} ${String(amount % 1000).padStart(3, "0")}`
        : String(amount);
  }
  return `${code};${name};Indikator ${String(indicator).padStart(4, "0")};${year};${value};${percent ? "%" : "kr per invånare"}`;
}

/** `rows` data rows under a header, CR LF line ends (as Excel writes), UTF-8 without BOM. */
export function generateTidyCsv(rows: number): Uint8Array {
  const parts: string[] = [TIDY_CSV_HEADER];
  for (let i = 0; i < rows; i++) parts.push(tidyCsvRow(i));
  return new TextEncoder().encode(`${parts.join("\r\n")}\r\n`);
}
