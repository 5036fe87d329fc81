/** Swedish error messages: a dataset that could not be read, and why. The reference for en/errors.ts. */

export const svErrors = {
  heading: "Datasetet {{dataset}} kunde inte läsas",
  where: "Fil {{file}}, version {{version}}",
  line: "rad {{line}}",
  field: "fält {{field}}",
  unexpected: "Ett oväntat fel inträffade: {{message}}",
  problems: {
    "not-in-manifest": "Datasetet finns inte i förteckningen (manifest.json).",
    "version-not-found": "Den begärda versionen är inte publicerad.",
    "wrong-kind": "Datasetet har inte den typ av innehåll som vyn behöver.",
    fetch:
      "Filen kunde inte hämtas. Kontrollera nätverket och att filen finns på servern.",
    size: "Filens storlek stämmer inte med förteckningen.",
    checksum:
      "Filens kontrollsumma stämmer inte med förteckningen. Filen har ändrats efter publiceringen och visas därför inte.",
    encoding: "Filen är inte giltig UTF-8-text.",
    json: "Filen är inte giltig JSON.",
    csv: "Filen är inte giltig CSV.",
    header: "Rubrikraden är inte den förväntade.",
    "field-count": "Raden har fel antal fält.",
    "area-code": "Ogiltig områdeskod (fyra siffror, 01 eller 00).",
    identifier: "Ogiltig identifierare.",
    period:
      "Ogiltig period (ett år som 2017 eller ett intervall som 2013-2016).",
    number: "Inte ett tal (punkt som decimaltecken, inga mellanslag).",
    status: "Okänd status.",
    "status-value":
      "Status och värde stämmer inte (ett värde kräver status redovisat eller ungefärligt).",
    range: "Ett intervall kräver lägsta ≤ högsta värde.",
    required: "Ett obligatoriskt fält är tomt.",
    "unknown-source": "Källhänvisningen finns inte bland datasetets källor.",
    duplicate:
      "Samma område, indikator, grupp och period förekommer två gånger.",
    "file-name": "Filnamnet följer inte mönstret <dataset>.v<N>.<format>.",
    schema: "Innehållet följer inte det förväntade formatet.",
    "local-missing":
      "Egen data finns inte i den här webbläsaren. Den kan ha tagits bort, eller lästs in i en annan webbläsare eller på en annan dator. Läs in filen igen under Importera.",
    "local-storage":
      "Webbläsarens lokala lagring (IndexedDB) kunde inte användas. I privat läge eller med blockerad lagring kan egen data inte sparas.",
    "local-storage-full":
      "Webbläsarens lagring är full, så inget sparades. Filen och dina val finns kvar här. Ta bort egen data du inte behöver under Data och källor och försök igen.",
  },
} as const;
