/**
 * Builds the bundled datasets in public/data from ../shared (reference data, seeds) and
 * data-src/transcribed, and writes their manifest entries. Deterministic: running it again gives
 * byte-identical files. A published version is never overwritten: if a rebuilt file differs from
 * the published v1, the script stops and says so (publish a new version instead). Versions after
 * the first are written by `npm run data:publish` and carried over unchanged.
 *
 *   npm run data:build            check that every published file is reproduced exactly
 *   npm run data:build -- --write write files that do not exist yet (first publication)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

import Papa from "papaparse";

import { sha256Hex } from "../src/data/checksum";
import {
  loadAreas,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "../src/data/load-dataset";
import type {
  DatasetEntry,
  Manifest,
  Source,
} from "../src/data/schemas/manifest";
import { OBSERVATION_HEADER } from "../src/data/schemas/observations";
import type { Area } from "../src/domain/areas";
import type { Indicator } from "../src/domain/indicators";
import type { LocalText } from "../src/domain/local-text";

import { KOLADA_DATASETS, KOLADA_LABELS } from "./lib/kolada-catalogue";
import { nodeReadFile } from "./lib/node-read-file";
import { DATA_DIR, DATA_SRC, sharedDir } from "./lib/paths";

const PUBLISHED = "2026-11-23";
const FIRST_NOTE: LocalText = {
  sv: "Första publicerade versionen.",
  en: "First published version.",
};

type Row = Record<(typeof OBSERVATION_HEADER)[number], string>;

interface Built {
  entry: Omit<DatasetEntry, "versions">;
  format: "csv" | "json";
  content: string;
  indicators: Indicator[];
}

const shared = sharedDir();
const readCsv = (path: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;

const toCsv = (rows: Row[]): string =>
  Papa.unparse(
    {
      fields: [...OBSERVATION_HEADER],
      data: rows.map((r) => OBSERVATION_HEADER.map((f) => r[f])),
    },
    { newline: "\n" },
  ) + "\n";

const row = (
  r: Partial<Row> &
    Pick<Row, "area_code" | "indicator_id" | "period" | "source_id">,
): Row => ({
  breakdown: "",
  value: "",
  status: "reported",
  low: "",
  high: "",
  note: "",
  locator: "",
  ...r,
});

const sortRows = (rows: Row[]): Row[] =>
  [...rows].sort(
    (a, b) =>
      a.indicator_id.localeCompare(b.indicator_id) ||
      a.breakdown.localeCompare(b.breakdown) ||
      a.area_code.localeCompare(b.area_code) ||
      a.period.localeCompare(b.period),
  );

/* ------------------------------------------------------------------ areas */

const facts = readCsv(resolve(shared, "reference", "kommun-facts.csv"));
const SHORT_NAMES: Record<string, string> = {
  "0114": "Väsby",
  "0139": "U-Bro",
};

function buildAreas(): Built {
  const names = new Map<string, string>();
  for (const f of facts)
    if (f.kommunkod && f.kommun) names.set(f.kommunkod, f.kommun);
  const areas: (Area & { nameEn?: string })[] = [...names.entries()]
    .filter(([code]) => code.length === 4)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name]) => ({
      code: code as Area["code"],
      name,
      shortName: SHORT_NAMES[code] ?? name,
      kind: "kommun" as const,
    }));
  if (areas.length !== 26)
    throw new Error(`Expected 26 kommuner, found ${areas.length}`);
  areas.push(
    {
      code: "01" as Area["code"],
      name: "Stockholms län",
      shortName: "Länet",
      kind: "county",
    },
    {
      code: "00" as Area["code"],
      name: "Riket",
      shortName: "Riket",
      kind: "country",
    },
  );
  return {
    entry: {
      id: "kommuner",
      kind: "areas",
      title: {
        sv: "Kommuner i Stockholms län",
        en: "Kommuner of Stockholm County",
      },
      description: {
        sv: "Länets 26 kommuner med SCB:s kommunkoder, samt länet (01) och riket (00).",
        en: "The county's 26 kommuner with Statistics Sweden's codes, plus the county (01) and Sweden (00).",
      },
      licence: "SCB:s kommunkoder, fria att använda",
      sources: [
        {
          id: "scb-kommunkoder",
          title: "Kommuner och län: koder",
          publisher: "Statistiska centralbyrån (SCB)",
          year: 2017,
          section: "Kommunkoder för Stockholms län (01)",
          url: "https://www.scb.se/hitta-statistik/regional-statistik-och-kartor/regionala-indelningar/lan-och-kommuner/",
        },
      ],
    },
    format: "json",
    content: JSON.stringify({ areas }, null, 2) + "\n",
    indicators: [],
  };
}

/* ------------------------------------------------------------- population */

function buildPopulation(): Built {
  const sources: Source[] = [];
  const sourceIdByTitle = new Map<string, string>();
  const rows: Row[] = [];
  for (const f of facts) {
    if (
      f.indicator !== "population" ||
      !["2015", "2016", "2017"].includes(f.year ?? "")
    )
      continue;
    const title = f.source_title ?? "";
    let sourceId = sourceIdByTitle.get(title);
    if (!sourceId) {
      sourceId = `befolkning-${f.year}`;
      sourceIdByTitle.set(title, sourceId);
      sources.push({
        id: sourceId,
        title,
        publisher:
          f.year === "2015"
            ? "Wikipedia (bokmål), efter SCB"
            : "Stockholms stad, Statistik om Stockholm (källa SCB)",
        year: Number(f.year),
        section:
          f.year === "2015"
            ? 'Tabell "Kommuner etter folketall", innbyggere 31.12.2015'
            : "Kolumnen Folkmängd",
        ...(f.source_url ? { url: f.source_url } : {}),
        note: f.note ?? "",
      });
    }
    rows.push(
      row({
        area_code: f.kommunkod ?? "",
        indicator_id: "folkmangd",
        period: f.year ?? "",
        value: f.value ?? "",
        source_id: sourceId,
        locator: "reference/kommun-facts.csv",
      }),
    );
  }
  return {
    entry: {
      id: "befolkning",
      kind: "observations",
      title: { sv: "Folkmängd 2015–2017", en: "Population 2015–2017" },
      description: {
        sv: "Folkmängd per kommun och för länet 2015–2017. 2017 års tabell är den som fördelningen av stimulansmedel 2018 följer (länet 2 303 417 invånare).",
        en: "Population per kommun and for the county 2015–2017. The 2017 table is the one the 2018 stimulus-fund allocation follows (county 2,303,417 inhabitants).",
      },
      licence: "SCB:s statistik, fri att använda med källangivelse",
      sources,
      missingReason: {
        sv: "Folkmängd saknas för året.",
        en: "No population figure for the year.",
      },
    },
    format: "csv",
    content: toCsv(sortRows(rows)),
    indicators: [
      {
        id: "folkmangd",
        label: { sv: "Folkmängd", en: "Population" },
        theme: "population",
        unit: "count",
        format: "num0",
        polarity: "neutral",
        definition: {
          sv: "Antal invånare i kommunen enligt SCB:s folkmängdstabell för året (se källan för varje år).",
          en: "Number of inhabitants in the kommun according to Statistics Sweden's population table for the year (see each year's source).",
        },
        denominator: null,
        datasetId: "befolkning",
        sourceIds: sources.map((s) => s.id),
        scope: "kommun",
        perCapita: null,
        breakdowns: {},
        koladaId: null,
      },
    ],
  };
}

/* ---------------------------------------------------- stimulus funds 2018 */

const NULAGES_TITLE =
  "Analys och handlingsplaner för Stockholms län – Nulägesanalys av barn, unga och vuxnas psykiska hälsa samt handlingsplaner för Stockholms läns landsting, kommunerna i Stockholms län och en länsgemensam satsning 2016–2020, reviderad 2018";

const NULAGES_SHORT = "Analys och handlingsplaner för Stockholms län 2018";

/** Short titles for the chart source line, by the start of the full title. */
const SHORT_TITLES: [string, string][] = [
  ["Analys och handlingsplaner för Stockholms län", NULAGES_SHORT],
  [
    "Uppdrag Psykisk Hälsa Stockholms län – En gemensam satsning",
    "Handlingsplan för 2021, Uppdrag Psykisk Hälsa Stockholms län",
  ],
  [
    "Handlingsplan för Uppdrag Psykisk Hälsa Stockholms län 2023",
    "Handlingsplan 2023, Uppdrag Psykisk Hälsa Stockholms län",
  ],
];

function shortTitleOf(title: string): string | undefined {
  return SHORT_TITLES.find(([prefix]) => title.startsWith(prefix))?.[1];
}

function buildStimulus(areas: readonly Area[]): Built {
  const seedFile = "003_2f68fd428f890c19.txt";
  const lines = readFileSync(resolve(shared, "seeds", seedFile), "utf8").split(
    "\n",
  );
  const byName = new Map(areas.map((a) => [a.name, a.code as string]));
  const rows: Row[] = [];
  let sum = 0;
  for (let i = 3158; i < 3186; i++) {
    const match = /^(.+?)\t([\d ]+) kr$/.exec(lines[i] ?? "");
    if (!match) continue;
    const [, name = "", amountText = ""] = match;
    const value = amountText.replace(/ /g, "");
    const locator = `Bilaga 5, Stimulansmedel till Stockholms läns kommuner · seed 003 rad ${i + 1}`;
    if (name === "Summa") {
      rows.push(
        row({
          area_code: "01",
          indicator_id: "stimulansmedel",
          period: "2018",
          value,
          source_id: "bilaga-5",
          locator,
          note: "Källans summa för länets 26 kommuner.",
        }),
      );
      if (Number(value) !== sum)
        throw new Error(`Bilaga 5: rows sum to ${sum}, Summa says ${value}`);
      continue;
    }
    const isTypo = name === "Värdö";
    const code = isTypo ? "0120" : byName.get(name);
    if (!code)
      throw new Error(`Bilaga 5 line ${i + 1}: unknown kommun "${name}"`);
    sum += Number(value);
    const note = isTypo ? 'Källan skriver "Värdö"; det är Värmdö (0120).' : "";
    rows.push(
      row({
        area_code: code,
        indicator_id: "stimulansmedel",
        period: "2018",
        value,
        source_id: "bilaga-5",
        locator,
        note,
      }),
    );
  }
  if (rows.length !== 27)
    throw new Error(
      `Bilaga 5: expected 26 kommuner + Summa, found ${rows.length}`,
    );
  for (const f of facts) {
    if (f.indicator !== "stimulansmedel_sek") continue;
    const mine = rows.find((r) => r.area_code === f.kommunkod);
    if (mine?.value !== f.value)
      throw new Error(`Bilaga 5 vs kommun-facts differ for ${f.kommunkod}`);
  }
  return {
    entry: {
      id: "stimulansmedel-2018",
      kind: "observations",
      title: {
        sv: "Stimulansmedel till kommunerna 2018",
        en: "Stimulus funds to the kommuner 2018",
      },
      description: {
        sv: "Statliga stimulansmedel inom överenskommelsen om psykisk hälsa som fördelades till länets 26 kommuner 2018 (Bilaga 5), sammanlagt 79 789 498 kr.",
        en: "State stimulus funds under the mental-health agreement allocated to the county's 26 kommuner in 2018 (Appendix 5), 79,789,498 kr in total.",
      },
      licence: "Offentligt dokument; siffrorna återges med källhänvisning",
      sources: [
        {
          id: "bilaga-5",
          title: NULAGES_TITLE,
          shortTitle: NULAGES_SHORT,
          publisher:
            "Storsthlm, Stockholms läns landsting och NSPH Stockholms län",
          year: 2018,
          section:
            "Bilaga 5. Fördelning av stimulansmedel till länets kommuner",
          note: "Återgiven som bilaga i Botkyrka kommuns socialnämnds handlingar 2021-01-26 (seed 003, rad 3145–3185).",
        },
      ],
    },
    format: "csv",
    content: toCsv(sortRows(rows)),
    indicators: [
      {
        id: "stimulansmedel",
        label: {
          sv: "Stimulansmedel till kommunen",
          en: "Stimulus funds to the kommun",
        },
        theme: "funding",
        unit: "kr",
        format: "sek0",
        polarity: "neutral",
        definition: {
          sv: "Statliga stimulansmedel inom överenskommelsen om psykisk hälsa som kommunen tilldelades 2018. Medlen fördelades efter kommunens andel av länets befolkning. Länets värde är källans summa för de 26 kommunerna.",
          en: "State stimulus funds under the mental-health agreement allocated to the kommun in 2018. The funds were distributed by the kommun's share of the county's population. The county value is the source's total for the 26 kommuner.",
        },
        denominator: null,
        datasetId: "stimulansmedel-2018",
        sourceIds: ["bilaga-5"],
        scope: "kommun",
        perCapita: {
          populationDataset: "befolkning",
          populationIndicator: "folkmangd",
          populationPeriod: "2017",
          format: "sek2",
        },
        breakdowns: {},
        koladaId: null,
      },
    ],
  };
}

/* ----------------------------------------------------------------- Kolada */

const SEX_BREAKDOWNS = {
  k: { sv: "Kvinnor", en: "Women" },
  m: { sv: "Män", en: "Men" },
};

function producerOf(description: string): string {
  const match = /Källa:?\s*(.+?)\.?\s*$/.exec(description);
  return match?.[1]?.trim() ?? "";
}

function buildKolada(): Built[] {
  const dir = resolve(shared, "reference", "kolada");
  const kpis = readCsv(resolve(dir, "kpis.csv"));
  const byDataset = new Map<
    string,
    { rows: Row[]; sources: Source[]; indicators: Indicator[] }
  >();
  for (const kpi of kpis) {
    const kpiId = kpi.kpi ?? "";
    const label = KOLADA_LABELS[kpiId];
    if (!label)
      throw new Error(`No plain-language label for Kolada KPI ${kpiId}`);
    const bucket = byDataset.get(label.dataset) ?? {
      rows: [],
      sources: [],
      indicators: [],
    };
    byDataset.set(label.dataset, bucket);
    const id = `kolada-${kpiId.toLowerCase()}`;
    const description = (kpi.description ?? "").trim();
    const producer = producerOf(description);
    bucket.sources.push({
      id,
      title: kpi.name ?? "",
      shortTitle: "Kolada (RKA)",
      publisher: "Rådet för främjande av kommunala analyser (RKA), Kolada",
      producer,
      year: Number((kpi.publication_date ?? "").slice(0, 4)) || 2024,
      section: `KPI ${kpiId}`,
      url: `https://api.kolada.se/v2/kpi/${kpiId}`,
      note: "Hämtat hösten 2024 ur Koladas API via open-numbers/ddf--kolada--dump (commit 8501d5c7694b444dbf59d063c5156754e2a9b819); endast länets områden behållna, värden oförändrade.",
    });
    const files: [string, boolean][] = [
      [resolve(dir, "by-geo-year", `${kpiId.toLowerCase()}.csv`), false],
    ];
    if (kpi.is_divided_by_gender === "1") {
      files.push([
        resolve(dir, "by-geo-gender-year", `${kpiId.toLowerCase()}.csv`),
        true,
      ]);
    }
    for (const [file, byGender] of files) {
      if (!existsSync(file)) continue;
      for (const r of readCsv(file)) {
        const value = r[kpiId.toLowerCase()] ?? "";
        if (value === "") continue; // Kolada had no value: the row stays absent, i.e. missing
        rows(bucket).push(
          row({
            area_code: r.geo === "0" ? "00" : (r.geo ?? ""),
            indicator_id: id,
            breakdown: byGender ? (r.gender ?? "") : "",
            period: r.year ?? "",
            value,
            source_id: id,
          }),
        );
      }
    }
    bucket.indicators.push({
      id,
      label: { sv: label.sv, en: label.en },
      theme: label.theme,
      unit: label.unit,
      format: label.format,
      polarity: label.polarity,
      definition: {
        sv: `${kpi.name ?? ""}. ${description}`,
        en: `Kolada KPI ${kpiId} (${kpi.name ?? ""}); Kolada's Swedish definition: ${description}`,
      },
      denominator:
        label.denominatorSv && label.denominatorEn
          ? { sv: label.denominatorSv, en: label.denominatorEn }
          : null,
      datasetId: label.dataset,
      sourceIds: [id],
      scope: "kommun",
      perCapita: null,
      breakdowns: kpi.is_divided_by_gender === "1" ? SEX_BREAKDOWNS : {},
      koladaId: kpiId,
    });
  }
  return [...byDataset.entries()].map(([datasetId, bucket]) => ({
    entry: {
      id: datasetId,
      kind: "observations",
      title: KOLADA_DATASETS[datasetId as keyof typeof KOLADA_DATASETS],
      description: {
        sv: "Nyckeltal ur Kolada för länets 26 kommuner, länet och riket, alla år Kolada hade hösten 2024, totalt och för kvinnor och män där Kolada delar upp dem.",
        en: "Key figures from Kolada for the county's 26 kommuner, the county and Sweden, every year Kolada had in autumn 2024, in total and for women and men where Kolada splits them.",
      },
      licence:
        "Öppna data från Kolada (RKA); ange Kolada (RKA) och den ursprungliga producenten som källa",
      sources: bucket.sources,
      missingReason: {
        sv: "Kolada har inget värde för kommunen detta år (ofta sekretess vid små tal).",
        en: "Kolada has no value for the kommun this year (often suppressed because of small numbers).",
      },
    },
    format: "csv" as const,
    content: toCsv(sortRows(bucket.rows)),
    indicators: bucket.indicators,
  }));
}

function rows(bucket: { rows: Row[] }): Row[] {
  return bucket.rows;
}

/* ------------------------------------------------------------ transcribed */

interface TranscribedMeta {
  datasetId: string;
  title: LocalText;
  description: LocalText;
  sources: (Source & { seed?: string })[];
  indicators: Omit<
    Indicator,
    "datasetId" | "scope" | "perCapita" | "breakdowns" | "koladaId"
  >[];
  breakdowns?: Record<string, { sv: string; en: string; group?: string }>;
  licence?: string;
  missingReason?: LocalText;
}

function buildTranscribed(): Built[] {
  const dir = resolve(DATA_SRC, "transcribed");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".meta.json"))
    .sort()
    .map((metaFile) => {
      const meta = JSON.parse(
        readFileSync(resolve(dir, metaFile), "utf8"),
      ) as TranscribedMeta;
      const csv = readCsv(
        resolve(dir, metaFile.replace(".meta.json", ".csv")),
      ) as Row[];
      const csvRows = csv.map((r) => row(r));
      const indicators: Indicator[] = meta.indicators.map((ind) => {
        const own = csvRows.filter((r) => r.indicator_id === ind.id);
        const keys = new Set(
          own.map((r) => r.breakdown).filter((k) => k !== ""),
        );
        const breakdowns = Object.fromEntries(
          Object.entries(meta.breakdowns ?? {}).filter(([key]) =>
            keys.has(key),
          ),
        );
        return {
          ...ind,
          datasetId: meta.datasetId,
          scope: own.some((r) => r.area_code.length === 4)
            ? "kommun"
            : "county",
          perCapita: null,
          breakdowns,
          koladaId: null,
        };
      });
      return {
        entry: {
          id: meta.datasetId,
          kind: "observations" as const,
          title: meta.title,
          description: meta.description,
          licence:
            meta.licence ??
            "Offentligt dokument; siffrorna återges med källhänvisning",
          sources: meta.sources.map(({ seed, ...source }) => ({
            ...source,
            ...(source.shortTitle === undefined && shortTitleOf(source.title)
              ? { shortTitle: shortTitleOf(source.title) }
              : {}),
            ...(seed
              ? {
                  note: [source.note, `Seed-fil ${seed}.`]
                    .filter(Boolean)
                    .join(" "),
                }
              : {}),
          })),
          missingReason: meta.missingReason ?? {
            sv: "Källan nämner inte kommunen.",
            en: "The source does not name the kommun.",
          },
        },
        format: "csv" as const,
        content: toCsv(csvRows),
        indicators,
      };
    });
}

/* --------------------------------------------------------------- catalogue */

function buildCatalogue(indicators: Indicator[]): Built {
  return {
    entry: {
      id: "indikatorer",
      kind: "indicators",
      title: { sv: "Indikatorkatalog", en: "Indicator catalogue" },
      description: {
        sv: "Varje indikator definierad en gång: benämning, tema, enhet, talformat, riktning, definition, nämnare och källa.",
        en: "Every indicator defined once: label, theme, unit, number format, direction, definition, denominator and source.",
      },
      licence:
        "CC BY 4.0 (sammanställningen); definitionerna följer respektive källa",
      sources: [
        {
          id: "kolada-kpi-definitioner",
          title: "Kolada nyckeltalsdefinitioner",
          publisher: "Kolada (RKA)",
          year: 2024,
          section: "KPI-metadata (namn och definition)",
          url: "https://api.kolada.se/v2/kpi",
        },
      ],
    },
    format: "json",
    content: JSON.stringify({ indicators }, null, 2) + "\n",
    indicators: [],
  };
}

/* ------------------------------------------------------------------ write */

async function main(): Promise<void> {
  const write = process.argv.includes("--write");
  const areasBuilt = buildAreas();
  const areas = (JSON.parse(areasBuilt.content) as { areas: Area[] }).areas;
  const built = [
    areasBuilt,
    buildPopulation(),
    buildStimulus(areas),
    ...buildTranscribed(),
    ...buildKolada(),
  ];
  built.splice(1, 0, buildCatalogue(built.flatMap((b) => b.indicators)));

  const manifestPath = resolve(DATA_DIR, "manifest.json");
  const old: Manifest = existsSync(manifestPath)
    ? await loadManifest(nodeReadFile())
    : { schemaVersion: 1, datasets: [] };
  const problems: string[] = [];
  const datasets: DatasetEntry[] = built.map((b) => {
    const previous = old.datasets.find((d) => d.id === b.entry.id);
    // The build reproduces the first version; later versions come from `npm run data:publish`.
    const first = previous?.versions.find((v) => v.version === 1);
    const bytes = new TextEncoder().encode(b.content);
    const sha256 = sha256Hex(bytes);
    if (first && first.sha256 === sha256)
      return { ...b.entry, versions: previous?.versions ?? [] };
    if (first) {
      problems.push(
        `${first.file}: rebuilt content differs from the published version (publish a new version with npm run data:publish instead).`,
      );
      return previous as DatasetEntry;
    }
    const file = `${b.entry.id}.v1.${b.format}`;
    if (!write) {
      problems.push(`${file}: not published yet (run with --write).`);
      return { ...b.entry, versions: [] };
    }
    writeFileSync(resolve(DATA_DIR, file), b.content);
    return {
      ...b.entry,
      versions: [
        {
          version: 1,
          file,
          format: b.format,
          published: PUBLISHED,
          note: FIRST_NOTE,
          sha256,
          bytes: bytes.byteLength,
        },
      ],
    };
  });
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  const manifest: Manifest = { schemaVersion: 1, datasets };
  const manifestText = JSON.stringify(manifest, null, 2) + "\n";
  if (write) writeFileSync(manifestPath, manifestText);
  else if (readFileSync(manifestPath, "utf8") !== manifestText) {
    console.error(
      "manifest.json differs from what the build produces (run with --write).",
    );
    process.exit(1);
  }

  // Round trip through the app's own loader: what we wrote must load and validate.
  const read = nodeReadFile();
  const loaded = await loadManifest(read);
  for (const entry of loaded.datasets) {
    const meta = resolveVersion(loaded, entry.id);
    if (entry.kind === "areas") await loadAreas(read, meta);
    else if (entry.kind === "indicators") await loadIndicators(read, meta);
    else await loadObservations(read, meta);
  }
  console.log(
    `${loaded.datasets.length} datasets ${write ? "written and " : ""}verified.`,
  );
}

await main();
