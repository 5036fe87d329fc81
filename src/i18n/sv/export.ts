/** Swedish words of the export menu: downloads, images, links and citations. The reference for en/export.ts. */

export const svExport = {
  menu: "Ladda ned",
  kinds: {
    png: "Bild (PNG)",
    "png-slide": "Bild för presentation, 16:9 (PNG)",
    svg: "Vektorbild (SVG)",
    "csv-excel": "Tabell för Excel (CSV)",
    "csv-plain": "Tabell, vanlig CSV (komma, punkt)",
  },
  preparing: "Förbereder filen …",
  done: "{{file}} har laddats ned.",
  failed: "Filen kunde inte skapas: {{message}}",
  exported: "Exporterad {{date}}",
  columns: {
    area_code: "Områdeskod",
    area_name: "Område",
    indicator_id: "Indikator-id",
    indicator: "Indikator",
    breakdown: "Grupp",
    period: "Period",
    value: "Värde",
    value_unrounded: "Värde, oavrundat",
    low: "Lägsta",
    high: "Högsta",
    status: "Status",
    symbol: "Symbol",
    unit: "Enhet",
    derived: "Beräkning",
    source: "Källa",
    dataset_id: "Dataset",
    dataset_version: "Datasetversion",
    chart: "Diagram",
    exported: "Exporterad",
  },
  copyLink: "Kopiera länk",
  linkCopied: "Länken är kopierad.",
  linkFallback: "Länken till vyn (markera och kopiera):",
  defaultDeckName: "Min presentation",
  addToDeck: "Lägg till i presentation",
  addedToDeck: "Tillagd som bild {{n}} i {{deck}}.",
  addFailed: "Kunde inte lägga till bilden: {{message}}",
  deckFull:
    "Bilden lades inte till: {{deck}} har redan {{max}} bilder, det högsta antalet. Ta bort en bild eller börja en ny presentation under Presentation.",
  storageFull:
    "Bilden lades inte till: webbläsarens lagring är full. Gå till Presentation och spara {{deck}} som fil, och ta bort presentationer du inte behöver.",
  invalid:
    "Bilden lades inte till: vyns inställningar ({{field}}) är för långa eller ogiltiga för en bild, och presentationen skulle inte gå att öppna igen. Ta bort några val i vyn och försök igen.",
  storageUnavailable:
    "Bilden lades inte till: webbläsaren tillåter inte att sidan sparar något (lagringen är avstängd).",
} as const;
