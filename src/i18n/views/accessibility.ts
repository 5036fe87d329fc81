/**
 * Messages of the accessibility statement (sv is the reference; en must have the same keys). The
 * structure follows DIGG's model statement for Swedish public-sector websites.
 */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const accessibilitySv = {
  heading: "Tillgänglighetsredogörelse",
  intro:
    "{{organisation}} står bakom verktyget Psykisk hälsa i Stockholms län. Vi vill att så många som möjligt ska kunna använda det. Den här redogörelsen beskriver hur verktyget uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera brister till oss så att vi kan åtgärda dem.",
  organisation: "[Organisationens namn]",
  contact: "[e-postadress och telefonnummer]",
  fillInTitle: "Att fylla i innan sidan publiceras",
  fillIn:
    "Organisationen som publicerar verktyget skriver in sitt namn och sina kontaktuppgifter på de markerade ställena: {{organisation}} och {{contact}}.",
  fillInMark: "att fylla i",
  scopeHeading: "Vad redogörelsen gäller",
  scope:
    "Redogörelsen gäller hela verktyget på den här adressen: alla vyer, på svenska och engelska, och filerna det låter dig ladda ned. Lagen gäller offentliga aktörer, till exempel kommuner, regioner och myndigheter, som tillhandahåller digital service, och den som utför offentligt finansierad vård eller skola.",
  statusHeading: "Hur tillgängligt är verktyget?",
  status:
    "Verktyget är delvis förenligt med lagen om tillgänglighet till digital offentlig service. Målet är nivå AA i WCAG 2.1 genom standarden EN 301 549, som lagen hänvisar till. De brister vi känner till står under ”Innehåll som inte är tillgängligt”.",
  worksHeading: "Så är diagrammen gjorda för att fungera för alla",
  works: {
    summary:
      "Varje diagram har en sammanfattning i vanlig text under rubriken: högst och lägst, länets värde, var markerade kommuner ligger och vad som saknas. Samma mening blir diagrammets beskrivning för skärmläsare.",
    table:
      "Varje diagram har en tabell med samma siffror, med rubrikceller och sorteringsknappar som säger hur tabellen är sorterad.",
    keyboard:
      "Diagrammen går att använda med tangentbord: Tab når diagrammet, piltangenterna flyttar mellan staplar, punkter och rutor, och varje punkt läses upp med kommun, värde, enhet och status. Tangenten T visar tabellen, Enter öppnar en kommuns profil där diagrammet leder dit.",
    colour:
      "Färg är aldrig det enda som bär information: saknade värden har ett mönster och texten ”uppgift saknas”, bättre och sämre har ord och symboler, markerade kommuner har fet text och egen form.",
    contrast:
      "Text har minst 4,5:1 i kontrast mot bakgrunden och staplar, linjer och punkter minst 3:1. Färgskalorna går att skilja åt vid färgblindhet.",
    zoom: "Verktyget fungerar från 320 pixlars bredd och med 200 % förstoring, och följer webbläsarens inställning för minskad rörelse.",
    language:
      "Språket väljs i sidhuvudet och står i adressen; sidans språk följer valet. Siffror och datum skrivs som språket skriver dem.",
  },
  alternativesHeading: "Om du inte kan använda delar av verktyget",
  alternatives:
    "Alla siffror finns som tabeller i verktyget och som CSV-filer under Data och källor. Behöver du dem i ett annat format kan du kontakta oss: {{contact}}.",
  reportHeading: "Rapportera brister i verktygets tillgänglighet",
  report:
    "Vi försöker hela tiden göra verktyget mer tillgängligt. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns: {{contact}}.",
  enforcementHeading: "Tillsyn",
  enforcement:
    "Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Myndigheten för digital förvaltning och påtala det.",
  enforcementLink: "Anmäl bristande tillgänglighet till DIGG (digg.se)",
  technicalHeading: "Teknisk information om verktygets tillgänglighet",
  technical:
    "Verktyget är delvis förenligt med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.",
  gapsHeading: "Innehåll som inte är tillgängligt",
  gapsIntro: "Bristande förenlighet med lagkraven:",
  gaps: {
    recharts:
      "Linjediagrammen (Trender), punktdiagrammet (Behov och resurser) och de staplade staplarna (Finansiering) ritas med diagrambiblioteket recharts. Punkterna och staplarna går att nå med tangentbordet och läses upp med värde, men linjernas form, axlarna och referenslinjerna beskrivs bara genom sammanfattningen och tabellen. (WCAG 1.1.1, 1.3.1)",
    tooltips:
      "Rutorna som visas när muspekaren står över en punkt i dessa diagram försvinner när pekaren flyttas och går inte att stänga med Esc. Samma uppgifter finns i tabellen och läses upp när punkten har fokus. (WCAG 1.4.13)",
    images:
      "Diagram som laddas ned som bild (PNG, SVG) har ingen textbeskrivning i själva filen. Titel, källa och dataversion står i bilden; sammanfattningen och siffrorna finns i CSV-filen. (WCAG 1.1.1)",
    sources:
      "Definitioner och anmärkningar som citeras från Kolada och andra källor finns ofta bara på svenska, även i den engelska versionen, och är inte alltid märkta med sitt språk. (WCAG 3.1.2)",
    narrow:
      "På mycket smala skärmar kan långa namn kortas av inne i ett diagram. Hela namnen finns i diagrammets uppläsning och i tabellen. (WCAG 1.4.10)",
    imported:
      "Uppgifter du själv läser in under Importera visas med de namn och texter som finns i filen. Verktyget kan inte kontrollera deras språk eller tydlighet.",
  },
  testedHeading: "Hur vi testat verktyget",
  tested:
    "Vi har gjort en självskattning (intern testning). Testerna körs automatiskt vid varje ändring av verktyget:",
  testedList: {
    axe: "axe-core (regler för WCAG 2.0 och 2.1, nivå A och AA) i webbläsaren Chromium på varje vy och i de tillstånd en besökare kan nå: tabell i stället för diagram, karta, importrapport, presentation, utskrift och den engelska versionen.",
    keyboard:
      "en resa med bara tangentbordet: välja indikator och kommun, gå till diagrammet, läsa ett värde och jämföra det med tabellen, öppna tabellen och ladda ned.",
    contrast:
      "kontroll av kontrasten för alla färger som diagrammen använder (text minst 4,5:1, grafiska objekt minst 3:1).",
    zoom: "en kontroll av att varje vy går att läsa utan att rulla i sidled, vid 320 pixlars bredd och vid 200 % förstoring.",
  },
  testedLimits:
    "Vi har inte testat verktyget med skärmläsare tillsammans med användare. Automatiska tester hittar bara en del av alla brister, så vi tar gärna emot synpunkter.",
  datesHeading: "Datum",
  assessed: "Senaste bedömningen gjordes den {{date}}.",
  written:
    "Redogörelsen skrevs den {{date}} och uppdaterades senast den {{date}}.",
} as const;

const accessibilityEn = {
  heading: "Accessibility statement",
  intro:
    "{{organisation}} is responsible for the tool Mental health in Stockholm County. We want as many people as possible to be able to use it. This statement describes how the tool complies with the Swedish Act (2018:1937) on accessibility to digital public services, which shortcomings we know of, and how you can report problems to us so that we can fix them.",
  organisation: "[Name of the organisation]",
  contact: "[e-mail address and telephone number]",
  fillInTitle: "To be filled in before the page is published",
  fillIn:
    "The organisation that publishes the tool enters its name and contact details where marked: {{organisation}} and {{contact}}.",
  fillInMark: "to be filled in",
  scopeHeading: "What this statement covers",
  scope:
    "This statement covers the whole tool at this address: every view, in Swedish and English, and the files it lets you download. The Act applies to public bodies, such as municipalities, regions and government agencies, that provide digital services, and to providers of publicly funded healthcare and schools.",
  statusHeading: "How accessible is the tool?",
  status:
    "The tool is partially compliant with the Act on accessibility to digital public services. The target is level AA of WCAG 2.1 through the standard EN 301 549, which the Act refers to. The shortcomings we know of are listed under “Content that is not accessible”.",
  worksHeading: "How the charts are made to work for everyone",
  works: {
    summary:
      "Every chart has a summary in plain text under its title: highest and lowest, the county value, where highlighted municipalities sit and what is missing. The same sentence is the chart's description for screen readers.",
    table:
      "Every chart has a table of the same figures, with header cells and sort buttons that say how the table is sorted.",
    keyboard:
      "The charts work with a keyboard: Tab reaches the chart, the arrow keys move between bars, dots and squares, and each point is read out with municipality, value, unit and status. The T key shows the table, Enter opens a municipality's profile where the chart leads there.",
    colour:
      "Colour never carries information alone: missing values have a pattern and the words “no data”, better and worse have words and symbols, highlighted municipalities have bold text and a shape of their own.",
    contrast:
      "Text has a contrast of at least 4.5:1 against its background, and bars, lines and dots at least 3:1. The colour scales can be told apart with colour blindness.",
    zoom: "The tool works from 320 pixels wide and at 200% zoom, and follows the browser's setting for reduced motion.",
    language:
      "The language is chosen in the page header and kept in the address; the page's language follows the choice. Numbers and dates are written the way the language writes them.",
  },
  alternativesHeading: "If you cannot use parts of the tool",
  alternatives:
    "All figures are available as tables in the tool and as CSV files under Data and sources. If you need them in another format, contact us: {{contact}}.",
  reportHeading: "Report accessibility problems",
  report:
    "We keep working to make the tool more accessible. If you find problems that are not described on this page, or if you think we do not meet the requirements of the Act, let us know so that we know the problem exists: {{contact}}.",
  enforcementHeading: "Enforcement",
  enforcement:
    "The Agency for Digital Government (DIGG) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact the Agency for Digital Government and tell them.",
  enforcementLink:
    "Report a lack of accessibility to DIGG (digg.se, in Swedish)",
  technicalHeading: "Technical information about the tool's accessibility",
  technical:
    "The tool is partially compliant with the Act on accessibility to digital public services, because of the shortcomings described below.",
  gapsHeading: "Content that is not accessible",
  gapsIntro: "Non-compliance with the requirements:",
  gaps: {
    recharts:
      "The line charts (Trends), the scatter chart (Needs and resources) and the stacked bars (Funding) are drawn with the chart library recharts. Their dots and bars can be reached with the keyboard and are read out with their values, but the shape of the lines, the axes and the reference lines are described only through the summary and the table. (WCAG 1.1.1, 1.3.1)",
    tooltips:
      "The boxes shown when the mouse pointer is over a dot in these charts disappear when the pointer moves and cannot be closed with Esc. The same figures are in the table and are read out when the dot has focus. (WCAG 1.4.13)",
    images:
      "Charts downloaded as images (PNG, SVG) have no text description inside the file. Title, source and data version are in the image; the summary and the figures are in the CSV file. (WCAG 1.1.1)",
    sources:
      "Definitions and notes quoted from Kolada and other sources are often only in Swedish, also in the English version, and are not always marked with their language. (WCAG 3.1.2)",
    narrow:
      "On very narrow screens long names may be shortened inside a chart. The full names are in what the chart reads out and in the table. (WCAG 1.4.10)",
    imported:
      "Data you load yourself under Import is shown with the names and texts in the file. The tool cannot check their language or clarity.",
  },
  testedHeading: "How we tested the tool",
  tested:
    "We have made a self-assessment (internal testing). The tests run automatically on every change to the tool:",
  testedList: {
    axe: "axe-core (rules for WCAG 2.0 and 2.1, levels A and AA) in the Chromium browser on every view and in the states a visitor can reach: table instead of chart, map, import report, presentation, print and the English version.",
    keyboard:
      "a keyboard-only journey: choose an indicator and a municipality, go to the chart, read a value and compare it with the table, open the table and download.",
    contrast:
      "a contrast check of every colour the charts use (text at least 4.5:1, graphical objects at least 3:1).",
    zoom: "a check that every view can be read without scrolling sideways, at 320 pixels wide and at 200% zoom.",
  },
  testedLimits:
    "We have not tested the tool with screen reader users. Automated tests find only some of all problems, so we welcome your comments.",
  datesHeading: "Dates",
  assessed: "The latest assessment was made on {{date}}.",
  written:
    "This statement was written on {{date}} and last updated on {{date}}.",
} as const satisfies Widen<typeof accessibilitySv>;

registerMessages("accessibility", accessibilitySv, accessibilityEn);
