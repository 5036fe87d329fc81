/**
 * English for the manifest's own descriptive Swedish: licences, source notes and the sections
 * that describe rather than name a place in a publication ("Kolumnen Folkmängd"). Headings a
 * source prints itself ("Bilaga 5. Fördelning av stimulansmedel …") stay as the source writes
 * them. Keyed by the Swedish exactly as the manifest writes it; tests/data/source-text.test.ts
 * fails when a licence or a Swedish source note of the manifest has no English here.
 */
export const SOURCE_TRANSLATIONS: Readonly<Record<string, string>> = {
  // Licences
  "SCB:s kommunkoder, fria att använda":
    "Statistics Sweden's municipality codes, free to use",
  "CC BY 4.0 (sammanställningen); definitionerna följer respektive källa":
    "CC BY 4.0 (the compilation); the definitions follow each source",
  "SCB:s statistik, fri att använda med källangivelse":
    "Statistics Sweden's statistics, free to use with attribution",
  "Offentligt dokument; siffrorna återges med källhänvisning":
    "Public document; the figures are reproduced with a reference to the source",
  "Öppna data från Kolada (RKA); ange Kolada (RKA) och den ursprungliga producenten som källa":
    "Open data from Kolada (RKA); cite Kolada (RKA) and the original producer as the source",
  "SCB:s kommun- och länskoder, fria att använda":
    "Statistics Sweden's municipality and county codes, free to use",
  "SKR:s kommungruppsindelning, fri att använda med källangivelse":
    "SKR's classification of municipalities, free to use with attribution",
  // Sections that describe the place
  "Kommunkoder för Stockholms län (01)":
    "Municipality codes for Stockholm County (01)",
  "KPI-metadata (namn och definition)": "KPI metadata (name and definition)",
  "Kolumnen Folkmängd": "Column 'Folkmängd' (population)",
  "Områden (geo) i open-numbers/ddf--kolada--dump":
    "Areas (geo) in open-numbers/ddf--kolada--dump",
  "Kommungruppsindelning 2017 (Grupp, Kommunkod, Kommungrupp)":
    "Municipality groups 2017 (columns Grupp, Kommunkod, Kommungrupp)",
  // Source notes (Data och källor)
  "Återgiven som bilaga i Botkyrka kommuns socialnämnds handlingar 2021-01-26 (seed 003, rad 3145–3185).":
    "Reproduced as an appendix in the papers of Botkyrka's social services committee, 2021-01-26 (seed 003, lines 3145–3185).",
  "Försättsbladet anger 'Tid 2020-01-26', ett skrivfel för 2021-01-26 (sammanträdesdatum överst och handlingarnas datum är 2021). Seed-fil 003_2f68fd428f890c19.txt.":
    "The cover page gives 'Tid 2020-01-26' (time), a typo for 2021-01-26 (the meeting date at the top and the papers' date are 2021). Seed file 003_2f68fd428f890c19.txt.",
  "Seed-fil 002_1424e5bbd1ba3183.txt.": "Seed file 002_1424e5bbd1ba3183.txt.",
  "Seed-fil 000_b31cab9686d34ada.txt.": "Seed file 000_b31cab9686d34ada.txt.",
  "Ingår som bilaga i Botkyrka socialnämnds handlingar till sammanträdet 2021-01-26 (seed 003 rad 1205–3280); förordet är daterat 1 oktober 2018. Seed-fil 003_2f68fd428f890c19.txt.":
    "Included as an appendix in the papers of Botkyrka's social services committee for its meeting on 2021-01-26 (seed 003 lines 1205–3280); the foreword is dated 1 October 2018. Seed file 003_2f68fd428f890c19.txt.",
  "Dokumentet anger inget utgivningsdatum; året 2021 är handlingsplanens år. Samma text finns i seed 003 rad 3284–3721. Seed-fil 000_b31cab9686d34ada.txt.":
    "The document gives no publication date; 2021 is the year of the action plan. The same text is in seed 003 lines 3284–3721. Seed file 000_b31cab9686d34ada.txt.",
  "Dokumentet anger inget utgivningsdatum; året 2021 är handlingsplanens år. Seed-fil 000_b31cab9686d34ada.txt.":
    "The document gives no publication date; 2021 is the year of the action plan. Seed file 000_b31cab9686d34ada.txt.",
  "Textversionen anger ingen utgivare på försättsblad och inget datum; dokumentet hänvisar till uppdragpsykiskhalsa.se/stockholmslan/handlingsplaner, där handlingsplanerna publiceras. Tabell 1 har i textversionen tappat kolumnpositionerna. Seed-fil 002_1424e5bbd1ba3183.txt.":
    "The text version names no publisher on the cover page and gives no date; the document refers to uppdragpsykiskhalsa.se/stockholmslan/handlingsplaner, where the action plans are published. In the text version Table 1 has lost its column positions. Seed file 002_1424e5bbd1ba3183.txt.",
  "Hämtat hösten 2024 ur Koladas API via open-numbers/ddf--kolada--dump (commit 8501d5c7694b444dbf59d063c5156754e2a9b819); endast länets områden behållna, värden oförändrade.":
    "Retrieved in autumn 2024 from Kolada's API via open-numbers/ddf--kolada--dump (commit 8501d5c7694b444dbf59d063c5156754e2a9b819); only the county's areas kept, values unchanged.",
  "Källan hämtade uppgifterna ur databasen väntetider.se (fotnot 95). Ingår som bilaga i Botkyrka socialnämnds handlingar till sammanträdet 2021-01-26 (seed 003 rad 1205–3280); förordet är daterat 1 oktober 2018. Seed-fil 003_2f68fd428f890c19.txt.":
    "The source took the figures from the database 'väntetider.se' (footnote 95). Included as an appendix in the papers of Botkyrka's social services committee for its meeting on 2021-01-26 (seed 003 lines 1205–3280); the foreword is dated 1 October 2018. Seed file 003_2f68fd428f890c19.txt.",
  "Uppföljningen är Sirén m.fl. (2018) Uppföljning av psykisk hälsa bland barn och unga, CES (fotnot 100). Ingår som bilaga i Botkyrka socialnämnds handlingar till sammanträdet 2021-01-26 (seed 003 rad 1205–3280); förordet är daterat 1 oktober 2018. Seed-fil 003_2f68fd428f890c19.txt.":
    "The follow-up is Sirén et al. (2018), 'Uppföljning av psykisk hälsa bland barn och unga' (a follow-up of mental health among children and young people), CES (footnote 100). Included as an appendix in the papers of Botkyrka's social services committee for its meeting on 2021-01-26 (seed 003 lines 1205–3280); the foreword is dated 1 October 2018. Seed file 003_2f68fd428f890c19.txt.",
  "Hämtat hösten 2024 ur Koladas API via open-numbers/ddf--kolada--dump (commit 8501d5c7694b444dbf59d063c5156754e2a9b819); alla kommuner, regioner och riket, värden oförändrade.":
    "Retrieved in autumn 2024 from Kolada's API via open-numbers/ddf--kolada--dump (commit 8501d5c7694b444dbf59d063c5156754e2a9b819); every municipality, region and Sweden, values unchanged.",
  "Kopia av Data/Kommungruppsindelning_2017.csv i Sjoeborg/MT5013 (commit 8969a6aac422bcee98e6cba2aa65deb447afd0a7).":
    "A copy of Data/Kommungruppsindelning_2017.csv in Sjoeborg/MT5013 (commit 8969a6aac422bcee98e6cba2aa65deb447afd0a7).",
};
