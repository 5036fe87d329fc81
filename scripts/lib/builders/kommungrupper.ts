/**
 * SKR's kommungruppsindelning 2017 for all 290 kommuner (../shared/reference/kommungrupp-2017-alla.csv,
 * UTF-8 with BOM, ";"), as a "groups" dataset. Every kommun of the national areas must be in
 * exactly one group, under the same name.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import Papa from "papaparse";

import type { GroupsFile } from "../../../src/data/schemas/groups";
import type { LocalText } from "../../../src/domain/local-text";
import { KOMMUNGRUPPER_ID } from "../../../src/domain/national";

import { type Built, shared } from "./common";
import { nationalAreas } from "./kolada-national";

const FILE = resolve(shared, "reference", "kommungrupp-2017-alla.csv");

/** SKR's English names (the source gives Swedish only; these are the app's translations). */
const ENGLISH: Readonly<Record<string, string>> = {
  A: "Large cities and municipalities near large cities",
  B: "Large towns and municipalities near large towns",
  C: "Small towns/urban areas and rural municipalities",
  A1: "Large cities",
  A2: "Commuter municipality near a large city",
  B3: "Large town",
  B4: "Commuter municipality near a large town",
  B5: "Low-commuting municipality near a large town",
  C6: "Small town/urban area",
  C7: "Commuter municipality near a small town/urban area",
  C8: "Rural municipality",
  C9: "Rural municipality with a visitor industry",
};

const named = (code: string, sv: string): LocalText => {
  const en = ENGLISH[code];
  if (!en) throw new Error(`${FILE}: no English name for group ${code}.`);
  return { sv, en };
};

export function buildKommungrupper(): Built {
  const text = readFileSync(FILE, "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: ";",
    // The file ends every line with ";;": name the empty columns apart.
    transformHeader: (h, i) => (h === "" ? `empty-${String(i)}` : h),
    skipEmptyLines: true,
  }).data;
  const groups = new Map<string, GroupsFile["groups"][number]>();
  const members: GroupsFile["members"] = [];
  const kommuner = new Map(
    nationalAreas()
      .filter((a) => a.kind === "kommun")
      .map((a) => [a.geo, a.name]),
  );
  for (const r of rows) {
    const code = r.Grupp ?? "";
    const area = r.Kommunkod ?? "";
    const main = r["Huvudgrupp kod"] ?? "";
    if (kommuner.get(area) !== r["Kommun namn"])
      throw new Error(
        `${FILE}: ${area} ${r["Kommun namn"] ?? ""} is not a kommun of the national areas under that name.`,
      );
    groups.set(code, {
      code,
      name: named(code, r["Kommungrupp 2017 namn"] ?? ""),
      main: { code: main, name: named(main, r["Huvudgrupp namn"] ?? "") },
    });
    members.push({ area, group: code });
  }
  if (members.length !== kommuner.size)
    throw new Error(
      `${FILE}: ${String(members.length)} kommuner, the national areas have ${String(kommuner.size)}.`,
    );
  const file: GroupsFile = {
    classification: "skr-kommungrupper-2017",
    groups: [...groups.values()].sort((a, b) => a.code.localeCompare(b.code)),
    members: members.sort((a, b) => a.area.localeCompare(b.area)),
  };
  return {
    entry: {
      id: KOMMUNGRUPPER_ID,
      kind: "groups",
      title: {
        sv: "SKR:s kommungrupper 2017",
        en: "SKR's municipality groups 2017",
      },
      description: {
        sv: "Sveriges Kommuner och Regioners kommungruppsindelning 2017 för alla 290 kommuner: tre huvudgrupper och nio kommungrupper. SKR reviderade indelningen 2023; appen säger ”kommungrupp 2017” där den används.",
        en: "The Swedish Association of Local Authorities and Regions' (SKR) classification of all 290 municipalities, 2017: three main groups and nine groups. SKR revised it in 2023; the app says \u201cmunicipality group 2017\u201d wherever it is used.",
      },
      licence: "SKR:s kommungruppsindelning, fri att använda med källangivelse",
      sources: [
        {
          id: "skr-kommungrupper-2017",
          title: "Kommungruppsindelning 2017",
          shortTitle: "SKR",
          publisher: "Sveriges Kommuner och Regioner (SKR)",
          year: 2017,
          section: "Kommungruppsindelning 2017 (Grupp, Kommunkod, Kommungrupp)",
          url: "https://skr.se/skr/tjanster/kommunerochregioner/faktakommunerochregioner/kommungruppsindelning.2051.html",
          note: "Kopia av Data/Kommungruppsindelning_2017.csv i Sjoeborg/MT5013 (commit 8969a6aac422bcee98e6cba2aa65deb447afd0a7).",
        },
      ],
      coverage: "sweden",
    },
    format: "json",
    content: JSON.stringify(file, null, 2) + "\n",
    indicators: [],
  };
}
