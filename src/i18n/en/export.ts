/** English words of the export menu: downloads, images, links and citations. */
import type { Messages } from "../messages";

export const enExport = {
  menu: "Download",
  kinds: {
    png: "Image (PNG)",
    "png-slide": "Image for slides, 16:9 (PNG)",
    svg: "Vector image (SVG)",
    "csv-excel": "Table for Excel (CSV, Swedish)",
    "csv-plain": "Table, plain CSV (comma, point)",
  },
  preparing: "Preparing the file …",
  done: "{{file}} has been downloaded.",
  failed: "The file could not be made: {{message}}",
  exported: "Exported {{date}}",
  columns: {
    area_code: "Area code",
    area_name: "Area",
    indicator_id: "Indicator id",
    indicator: "Indicator",
    breakdown: "Group",
    period: "Period",
    value: "Value",
    value_unrounded: "Value, unrounded",
    low: "Lowest",
    high: "Highest",
    status: "Status",
    symbol: "Symbol",
    unit: "Unit",
    derived: "Calculation",
    source: "Source",
    dataset_id: "Dataset",
    dataset_version: "Dataset version",
    chart: "Chart",
    exported: "Exported",
  },
  copyLink: "Copy link",
  linkCopied: "The link has been copied.",
  linkFallback: "Link to this view (select and copy):",
  defaultDeckName: "My presentation",
  addToDeck: "Add to presentation",
  addedToDeck: "Added as slide {{n}} in {{deck}}.",
  addFailed: "The slide could not be added: {{message}}",
  deckFull:
    "The slide was not added: {{deck}} already has {{max}} slides, the most a presentation can have. Remove a slide or start a new presentation under Presentation.",
  storageFull:
    "The slide was not added: the browser’s storage is full. Go to Presentation, save {{deck}} as a file and delete presentations you do not need.",
  invalid:
    "The slide was not added: the view’s settings ({{field}}) are too long or invalid for a slide, and the presentation could not be opened again. Remove some choices in the view and try again.",
  storageUnavailable:
    "The slide was not added: the browser does not let the page save anything (storage is switched off).",
} as const satisfies Messages["export"];
