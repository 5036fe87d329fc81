/** English: the texts of a local dataset ("Your own data"), written into it when it is saved. */
import type { localDataSv } from "../sv/local-data";

export const localDataEn: typeof localDataSv = {
  definition: (p) =>
    `Your own data: "${p.id}" in the file ${p.file}, loaded ${p.date}. The figures were checked by the tool but not reviewed by anyone else.`,
  women: () => "Women",
  men: () => "Men",
  symbolNote: (p) =>
    p.symbol === ""
      ? "Empty cell in the file."
      : `The symbol "${p.symbol}" in the file.`,
  locator: (p) => `${p.file}, line ${p.line}`,
  versionNote: (p) => `Loaded from ${p.file}`,
  title: (p) => `Your own data: ${p.name}`,
  description: (p) =>
    `Loaded from the file ${p.file}. Exists only in this browser.`,
  licence: () => "Your own data",
  sourceTitle: (p) => `Your own data (${p.name})`,
  sourceShortTitle: () => "Your own data",
  publisher: () => "The user",
  section: (p) => `file ${p.file}`,
  missingReason: () => "No value in the loaded file.",
};
