/**
 * A sample of every import message (the type requires one for each key, so a new message needs
 * one here), with every branch of its words: free text is "x-…" and counts are 101–999, so a
 * test can check that each language shows every parameter.
 */
import type { ImportMessage } from "@/i18n/import/import-text";
import type { LocalDataMessage } from "@/i18n/import/local-data-text";

type Samples<M extends { readonly key: string }> = {
  readonly [K in M["key"]]: readonly [
    Extract<M, { key: K }>,
    ...Extract<M, { key: K }>[],
  ];
};

const t = { text: "x-text" };
const area = { text: "x-text", name: "x-name", code: "x-code" };
const heading = { heading: "x-heading" };
const path = { path: "x-path" };
const found = [{ value: "x-value" }, { value: null }] as const;
const place = { line: 101, column: null };
const issue = {
  line: 153,
  column: "x-column",
  text: "x-text",
  code: "x-code",
};
const figure = { value: { value: 102, symbol: null }, subject: "x-subject" };

export const IMPORT_SAMPLES: Samples<ImportMessage> = {
  tooLarge: [{ key: "tooLarge", params: { size: 104857600, limit: 1048576 } }],
  emptyFile: [{ key: "emptyFile" }],
  jsonNotDecodable: [{ key: "jsonNotDecodable" }],
  noDataRows: [{ key: "noDataRows" }],
  onlyOutside: [{ key: "onlyOutside", params: { rows: 103 } }],
  noValidRows: [{ key: "noValidRows", params: { rows: 103 } }],
  internalError: [{ key: "internalError", params: { detail: "x-detail" } }],
  notText: [
    { key: "notText", params: { kind: "xlsx", todo: "saveAsCsv" } },
    { key: "notText", params: { kind: "zip", todo: "unpack" } },
    { key: "notText", params: { kind: "xls", todo: "notData" } },
    { key: "notText", params: { kind: "pdf", todo: "copyTable" } },
    { key: "notText", params: { kind: "gzip", todo: "unpack" } },
    { key: "notText", params: { kind: "7z", todo: "unpack" } },
    { key: "notText", params: { kind: "rar", todo: "unpack" } },
    { key: "notText", params: { kind: "png", todo: "notData" } },
    { key: "notText", params: { kind: "jpeg", todo: "notData" } },
    { key: "notText", params: { kind: "gif", todo: "notData" } },
    { key: "notText", params: { kind: "tiff", todo: "notData" } },
    { key: "notText", params: { kind: "webp", todo: "notData" } },
    { key: "notText", params: { kind: "utf32", todo: "saveAsCsv" } },
    { key: "notText", params: { kind: "elf", todo: "notData" } },
  ],
  utf16Invalid: [
    { key: "utf16Invalid", params: { bigEndian: true } },
    { key: "utf16Invalid", params: { bigEndian: false } },
  ],
  nulByte: [{ key: "nulByte", params: { at: 104 } }],
  nulCharacter: [{ key: "nulCharacter", params: { at: 104 } }],
  controlCharacters: [
    { key: "controlCharacters", params: { count: 105, sample: 106 } },
  ],
  markup: [{ key: "markup" }],
  windows1252: [{ key: "windows1252" }],
  lineNotDecodable: [{ key: "lineNotDecodable" }],
  mojibake: [{ key: "mojibake", params: t }],
  doubleEncoded: [
    { key: "doubleEncoded", params: { text: "x-text", fixed: "x-fixed" } },
  ],
  bidiControls: [{ key: "bidiControls", params: { count: 107, line: 108 } }],
  moreIssues: [
    { key: "moreIssues", params: { hidden: 109, code: "x-code", shown: 110 } },
  ],
  sepLine: [
    { key: "sepLine", params: { delimiter: "\t" } },
    { key: "sepLine", params: { delimiter: ";" } },
  ],
  noDelimiter: [{ key: "noDelimiter" }],
  lineTooLong: [
    { key: "lineTooLong", params: { line: 111, length: 112, max: 113 } },
  ],
  titleRow: [{ key: "titleRow", params: t }],
  unclosedQuote: [
    { key: "unclosedQuote", params: { line: 114, lastLine: 115 } },
  ],
  badQuotes: [{ key: "badQuotes" }],
  recordTooLong: [{ key: "recordTooLong", params: { line: 116, max: 117 } }],
  noHeader: [{ key: "noHeader" }],
  noteRow: [{ key: "noteRow", params: t }],
  tooFewFields: [{ key: "tooFewFields", params: { fields: 118, width: 119 } }],
  tooManyFields: [
    { key: "tooManyFields", params: { fields: 118, width: 119 } },
  ],
  rowsFiltered: [
    {
      key: "rowsFiltered",
      params: { count: 120, value: "x-value", heading: "x-heading" },
    },
  ],
  missingIndicator: [{ key: "missingIndicator" }],
  formulaCell: [{ key: "formulaCell", params: t }],
  formulaText: [{ key: "formulaText", params: t }],
  softHyphens: [
    { key: "softHyphens", params: { before: "x-before", text: "x-text" } },
  ],
  unknownStatus: [{ key: "unknownStatus", params: t }],
  statusMapped: [{ key: "statusMapped", params: t }],
  statusConflict: [
    { key: "statusConflict", params: { text: "x-text", status: "reported" } },
    { key: "statusConflict", params: { text: "x-text", status: "missing" } },
    { key: "statusConflict", params: { text: "x-text", status: "suppressed" } },
  ],
  dashMissing: [{ key: "dashMissing", params: t }],
  dashNil: [{ key: "dashNil", params: t }],
  unitHint: [
    { key: "unitHint", params: { heading: "x-heading", hint: "x-%" } },
  ],
  unitMismatch: [
    {
      key: "unitMismatch",
      params: { text: "x-text", hint: "x-kr", declared: "x-unit" },
    },
  ],
  infiniteNumber: [{ key: "infiniteNumber", params: t }],
  pointInCommaFile: [{ key: "pointInCommaFile", params: t }],
  commaInPointFile: [{ key: "commaInPointFile", params: t }],
  notANumber: [{ key: "notANumber", params: t }],
  ambiguousComma: [
    { key: "ambiguousComma", params: { text: "560,000", mixed: true } },
    { key: "ambiguousComma", params: { text: "560,000", mixed: false } },
  ],
  ambiguousPoint: [
    { key: "ambiguousPoint", params: { text: "1.234", mixed: true } },
    { key: "ambiguousPoint", params: { text: "1.234", mixed: false } },
  ],
  numberFormatEnglish: [{ key: "numberFormatEnglish" }],
  decimalPoint: [{ key: "decimalPoint" }],
  numberFormatMixed: [
    {
      key: "numberFormatMixed",
      params: { point: ["x-point"], comma: ["x-comma", "x-comma2"] },
    },
    { key: "numberFormatMixed", params: { point: [], comma: [] } },
  ],
  missingArea: [{ key: "missingArea" }],
  zeroCode: [{ key: "zeroCode" }],
  unknownCode: [{ key: "unknownCode", params: t }],
  unknownName: [{ key: "unknownName", params: t }],
  outsideCounty: [
    { key: "outsideCounty", params: { text: "x-text", name: "x-name" } },
  ],
  outsideCountyRows: [
    {
      key: "outsideCountyRows",
      params: { text: "x-text", name: "x-name", rows: 121, line: 122 },
    },
    {
      key: "outsideCountyRows",
      params: { text: "x-text", name: "x-name", rows: 121, line: null },
    },
  ],
  kommunInCountyColumn: [{ key: "kommunInCountyColumn", params: t }],
  areaMismatch: [
    {
      key: "areaMismatch",
      params: {
        code: "x-code",
        codeName: "x-code-name",
        name: "x-name",
        other: { kind: "area", name: "x-other" },
      },
    },
    {
      key: "areaMismatch",
      params: {
        code: "x-code",
        codeName: "x-code-name",
        name: "x-name",
        other: { kind: "outside", text: "x-other" },
      },
    },
    {
      key: "areaMismatch",
      params: {
        code: "x-code",
        codeName: "x-code-name",
        name: "x-name",
        other: { kind: "unknown" },
      },
    },
  ],
  countyNameRead: [{ key: "countyNameRead", params: area }],
  nameReadAsCode: [
    { key: "nameReadAsCode", params: { text: "x-text", code: "x-code" } },
  ],
  nameRead: [{ key: "nameRead", params: area }],
  readByName: [{ key: "readByName", params: area }],
  koladaCode: [{ key: "koladaCode", params: area }],
  paddedCode: [{ key: "paddedCode", params: area }],
  tooManyColumns: [
    { key: "tooManyColumns", params: { columns: 123, max: 124 } },
  ],
  headerIsData: [
    { key: "headerIsData", params: { line: 125, text: "x-text" } },
  ],
  areaLevelCounty: [{ key: "areaLevelCounty", params: heading }],
  rowNumbers: [
    { key: "rowNumbers", params: { heading: "x-heading", column: 126 } },
    { key: "rowNumbers", params: { heading: "", column: 126 } },
  ],
  columnNotImported: [{ key: "columnNotImported", params: heading }],
  columnDividesIndicator: [{ key: "columnDividesIndicator", params: heading }],
  duplicateColumn: [
    {
      key: "duplicateColumn",
      params: { heading: "x-heading", first: 127, firstHeading: "x-first" },
    },
  ],
  areaCodeColumnGuessed: [{ key: "areaCodeColumnGuessed", params: heading }],
  areaColumnGuessed: [{ key: "areaColumnGuessed", params: heading }],
  noAreaColumn: [
    { key: "noAreaColumn", params: { headings: ["x-one", "x-two"] } },
  ],
  noPeriodColumn: [{ key: "noPeriodColumn" }],
  noValueColumns: [{ key: "noValueColumns" }],
  indicatorFromTitle: [
    { key: "indicatorFromTitle", params: { title: "x-title" } },
  ],
  indicatorFromFileName: [
    { key: "indicatorFromFileName", params: { name: "x-name" } },
  ],
  columnAsBreakdown: [{ key: "columnAsBreakdown", params: heading }],
  noYearForColumn: [{ key: "noYearForColumn", params: heading }],
  columnUnrecognised: [
    // The column's number is shown only for a column without a heading.
    { key: "columnUnrecognised", params: { heading: "x-heading", column: 8 } },
    { key: "columnUnrecognised", params: { heading: "", column: 128 } },
  ],
  periodRead: [
    { key: "periodRead", params: { text: "x-text", period: "x-period" } },
  ],
  periodMissing: [{ key: "periodMissing" }],
  periodUnreadable: [
    { key: "periodUnreadable", params: { text: "x-text", min: 129, max: 130 } },
  ],
  duplicate: [
    { key: "duplicate", params: { subject: "x-subject", first: place } },
    {
      key: "duplicate",
      params: { subject: "x-subject", first: { line: null, column: "x-col" } },
    },
  ],
  conflict: [
    {
      key: "conflict",
      params: {
        ...figure,
        place,
        first: { value: null, symbol: "x-symbol" },
        firstPlace: { line: 131, column: null },
      },
    },
    {
      key: "conflict",
      params: {
        value: { value: null, symbol: null },
        subject: "x-subject",
        place: { line: null, column: null },
        first: { value: -132.5, symbol: null },
        firstPlace: { line: null, column: "x-path" },
      },
    },
  ],
  conflictAgain: [{ key: "conflictAgain", params: { ...figure, place } }],
  conflictWithImpossible: [
    { key: "conflictWithImpossible", params: { ...figure, place } },
  ],
  shareOutOfRange: [{ key: "shareOutOfRange", params: figure }],
  negativeCount: [{ key: "negativeCount", params: figure }],
  negativeAmount: [{ key: "negativeAmount", params: figure }],
  mappingNotJson: [{ key: "mappingNotJson" }],
  mappingShape: [
    { key: "mappingShape", params: { path: "x-path", version: 133 } },
    { key: "mappingShape", params: { path: "", version: 133 } },
  ],
  mappingColumnMissing: [
    {
      key: "mappingColumnMissing",
      params: { column: 134, heading: "x-heading", columns: 135 },
    },
  ],
  mappingHeadingDiffers: [
    {
      key: "mappingHeadingDiffers",
      params: { column: 136, actual: "x-actual", heading: "x-heading" },
    },
  ],
  mappingNoPeriodHeading: [{ key: "mappingNoPeriodHeading", params: heading }],
  periodFixed: [{ key: "periodFixed", params: { period: "x-period" } }],
  badJson: [{ key: "badJson", params: { detail: "x-detail" } }],
  jsonStatCollection: [{ key: "jsonStatCollection" }],
  pxwebJson: [{ key: "pxwebJson" }],
  unknownJson: [
    { key: "unknownJson", params: { found: { kind: "value", value: "x-v" } } },
    { key: "unknownJson", params: { found: { kind: "empty" } } },
    {
      key: "unknownJson",
      params: { found: { kind: "keys", keys: ["x-a", "x-b"], more: true } },
    },
  ],
  emptyJson: [
    { key: "emptyJson", params: path },
    { key: "emptyJson", params: { path: "" } },
  ],
  jsonFormulaValue: [{ key: "jsonFormulaValue", params: t }],
  jsonFormulaText: [{ key: "jsonFormulaText", params: t }],
  numberTooLarge: [{ key: "numberTooLarge", params: { number: "x-number" } }],
  numberInfinite: [{ key: "numberInfinite" }],
  jsonNotANumber: [{ key: "jsonNotANumber", params: t }],
  pxwebMetadataV1: [{ key: "pxwebMetadataV1" }],
  pxwebMetadataV2: [{ key: "pxwebMetadataV2" }],
  indicatorWithoutId: [{ key: "indicatorWithoutId", params: { index: 137 } }],
  recordNotObject: [{ key: "recordNotObject", params: path }],
  keyIgnored: [{ key: "keyIgnored", params: { key: "x-key" } }],
  areaInvalid: [
    { key: "areaInvalid", params: found[0] },
    { key: "areaInvalid", params: found[1] },
  ],
  indicatorInvalid: [
    { key: "indicatorInvalid", params: found[0] },
    { key: "indicatorInvalid", params: found[1] },
  ],
  periodInvalid: [
    { key: "periodInvalid", params: found[0] },
    { key: "periodInvalid", params: found[1] },
  ],
  statusDisagrees: [{ key: "statusDisagrees", params: t }],
  koladaPartial: [
    { key: "koladaPartial", params: { key: "x-key", next: true } },
    { key: "koladaPartial", params: { key: "x-key", next: false } },
  ],
  koladaBadRecord: [{ key: "koladaBadRecord", params: path }],
  koladaUnit: [{ key: "koladaUnit", params: path }],
  municipalityInvalid: [
    { key: "municipalityInvalid", params: found[0] },
    { key: "municipalityInvalid", params: found[1] },
  ],
  koladaPeriodInvalid: [
    { key: "koladaPeriodInvalid", params: found[0] },
    { key: "koladaPeriodInvalid", params: found[1] },
  ],
  koladaNoValues: [{ key: "koladaNoValues", params: path }],
  koladaEntryNotObject: [{ key: "koladaEntryNotObject", params: path }],
  koladaStatus: [
    { key: "koladaStatus", params: { path: "x-path", text: "x-text" } },
  ],
  jsonStatVersion: [
    { key: "jsonStatVersion", params: { version: "x-version" } },
    { key: "jsonStatVersion", params: { version: null } },
  ],
  noAreaDimension: [
    { key: "noAreaDimension", params: { dimensions: "x-dimensions" } },
  ],
  noTimeDimension: [
    { key: "noTimeDimension", params: { dimensions: "x-dimensions" } },
  ],
  valueNotList: [{ key: "valueNotList" }],
  valueCount: [{ key: "valueCount", params: { values: 138, cells: 139 } }],
  statusWithValue: [
    { key: "statusWithValue", params: { text: "x-text", path: "x-path" } },
  ],
  noIndicatorDimension: [
    { key: "noIndicatorDimension", params: { name: "x-name" } },
  ],
  cubeIncomplete: [{ key: "cubeIncomplete" }],
  dimensionInvalid: [
    {
      key: "dimensionInvalid",
      params: { number: 140, id: "x-id", size: "x-size" },
    },
    { key: "dimensionInvalid", params: { number: 140, id: null, size: null } },
  ],
  tooManyCells: [
    {
      key: "tooManyCells",
      params: { cells: "141", factors: ["142", "143"], limit: 144 },
    },
  ],
  dimensionCategories: [
    { key: "dimensionCategories", params: { id: "x-id", size: 145 } },
  ],
  reportFile: [{ key: "reportFile", params: { file: "x-file" } }],
  reportDecision: [
    { key: "reportDecision", params: { decision: "accept" } },
    { key: "reportDecision", params: { decision: "accept-with-row-errors" } },
    { key: "reportDecision", params: { decision: "reject" } },
  ],
  reportReadAs: [
    {
      key: "reportReadAs",
      params: { encoding: "utf-8", delimiter: ";", format: "csv-tidy" },
    },
    ...(["utf-8-bom", "windows-1252", "utf-16le", "utf-16be"] as const).map(
      (encoding) =>
        ({
          key: "reportReadAs",
          params: { encoding, delimiter: null, format: null },
        }) as const,
    ),
    ...([",", "\t"] as const).map(
      (delimiter) =>
        ({
          key: "reportReadAs",
          params: { encoding: null, delimiter, format: null },
        }) as const,
    ),
    ...(
      [
        "csv-wide-periods",
        "csv-wide-indicators",
        "pxweb-csv",
        "json-tidy",
        "kolada-json",
        "json-stat2",
      ] as const
    ).map(
      (format) =>
        ({
          key: "reportReadAs",
          params: { encoding: null, delimiter: null, format },
        }) as const,
    ),
  ],
  reportCounts: [
    {
      key: "reportCounts",
      params: { rows: 146, observations: 147, indicators: 148 },
    },
    {
      key: "reportCounts",
      params: { rows: 146, observations: 147, indicators: 1 },
    },
  ],
  reportRowErrors: [{ key: "reportRowErrors", params: { errorRows: 149 } }],
  reportNational: [
    {
      key: "reportNational",
      params: { outsideRows: 150, nationalValues: 156, countyValues: 157 },
    },
  ],
  reportNoProblems: [{ key: "reportNoProblems" }],
  reportProblems: [
    { key: "reportProblems", params: { count: 151, errors: 152 } },
  ],
  reportIssue: [
    { key: "reportIssue", params: { ...issue, severity: "error" } },
    { key: "reportIssue", params: { ...issue, severity: "warning" } },
    { key: "reportIssue", params: { ...issue, severity: "info", line: null } },
    {
      key: "reportIssue",
      params: { ...issue, severity: "info", column: null },
    },
  ],
};

export const LOCAL_DATA_SAMPLES: Samples<LocalDataMessage> = {
  definition: [
    {
      key: "definition",
      params: { id: "x-id", file: "x-file", date: "x-date" },
    },
  ],
  women: [{ key: "women" }],
  men: [{ key: "men" }],
  symbolNote: [
    { key: "symbolNote", params: { symbol: "x-symbol" } },
    { key: "symbolNote", params: { symbol: "" } },
  ],
  locator: [{ key: "locator", params: { file: "x-file", line: 154 } }],
  versionNote: [{ key: "versionNote", params: { file: "x-file" } }],
  title: [{ key: "title", params: { name: "x-name" } }],
  description: [{ key: "description", params: { file: "x-file" } }],
  licence: [{ key: "licence" }],
  sourceTitle: [{ key: "sourceTitle", params: { name: "x-name" } }],
  sourceShortTitle: [{ key: "sourceShortTitle" }],
  publisher: [{ key: "publisher" }],
  section: [{ key: "section", params: { file: "x-file" } }],
  missingReason: [{ key: "missingReason" }],
};
