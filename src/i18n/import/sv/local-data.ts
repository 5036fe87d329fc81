/**
 * Swedish: the texts of a local dataset ("Egen data", src/data/local), written into it when it
 * is saved; the reference for en/local-data.ts. Fields the app's data keeps in Swedish only (an
 * observation's note and locator, a source's title and publisher) take these.
 */
export const localDataSv = {
  definition: (p: { id: string; file: string; date: string }) =>
    `Egen data: "${p.id}" i filen ${p.file}, inläst ${p.date}. Uppgifterna har kontrollerats av verktyget men inte granskats av någon annan.`,
  women: () => "Kvinnor",
  men: () => "Män",
  /** The note that keeps a file's statistical symbol visible where the value would be. */
  symbolNote: (p: { symbol: string }) =>
    p.symbol === "" ? "Tom cell i filen." : `Symbolen "${p.symbol}" i filen.`,
  locator: (p: { file: string; line: number }) => `${p.file}, rad ${p.line}`,
  versionNote: (p: { file: string }) => `Inläst från ${p.file}`,
  title: (p: { name: string }) => `Egen data: ${p.name}`,
  description: (p: { file: string }) =>
    `Inläst från filen ${p.file}. Finns bara i den här webbläsaren.`,
  licence: () => "Egen data",
  sourceTitle: (p: { name: string }) => `Egen data (${p.name})`,
  sourceShortTitle: () => "Egen data",
  publisher: () => "Användaren",
  section: (p: { file: string }) => `fil ${p.file}`,
  missingReason: () => "Uppgift saknas i den inlästa filen.",
};
