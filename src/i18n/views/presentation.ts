/** Messages of the Presentation view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const presentationSv = {
  heading: "Presentation",
  intro:
    "Samla diagram i en presentation och visa dem i helskärm. Välj ”Lägg till i presentation” vid ett diagram; bilden sparar vyn och de dataversioner den visar, så samma siffror kommer tillbaka även när nya versioner publiceras.",
  deck: "Presentation",
  newDeck: "Ny presentation",
  newDeckName: "Presentation {{n}}",
  name: "Namn på presentationen",
  deleteDeck: "Ta bort presentationen",
  confirmDelete: "Ja, ta bort {{name}}",
  cancel: "Avbryt",
  empty:
    "Presentationen har inga bilder än. Gå till ett diagram och välj ”Lägg till i presentation”.",
  noDecks:
    "Du har inga sparade presentationer. Gå till ett diagram och välj ”Lägg till i presentation”, eller öppna en presentationsfil.",
  slides: "Bilder ({{count}})",
  slideLabel: "Bild {{n}}",
  title: "Rubrik",
  titleFromNotes: "Rubrik ur talarmanuset (diagrammets sammanfattning):",
  notes: "Talarmanus",
  shows: "Visar",
  versions: "Dataversioner",
  openView: "Öppna vyn",
  moveUp: "Flytta upp",
  moveDown: "Flytta ned",
  duplicate: "Duplicera",
  remove: "Ta bort",
  presentFrom: "Visa från bild {{n}}",
  present: "Visa presentationen",
  keysDuringShow: "Tangenter under visningen: {{keys}}",
  presentWithNotes: "Visa med talarmanus i eget fönster",
  saveFile: "Spara som fil",
  openFile: "Öppna presentationsfil",
  shareLink: "Kopiera delningslänk",
  linkCopied: "Delningslänken är kopierad.",
  linkFallback: "Delningslänk (markera och kopiera):",
  saved: "{{file}} har laddats ned.",
  opened: "Presentationen {{name}} ({{count}} bilder) är öppnad.",
  fileError: "Filen {{file}} kunde inte öppnas.",
  linkError: "Presentationen i länken kunde inte öppnas.",
  problems: {
    "too-large":
      "Filen är för stor för att öppnas ({{bytes}} byte; gränsen är 1 MB). En så stor fil är skadad eller inte en presentation.",
    "link-too-large":
      "Länken är för stor: presentationen i den skulle bli större än 1 MB, det största som kan öppnas. Länken är troligen skadad eller inte en delningslänk från verktyget.",
    json: "Filen är inte giltig JSON: rad {{line}}, kolumn {{column}}.",
    jsonNoPosition: "Innehållet är inte giltig JSON ({{detail}}).",
    "not-a-deck":
      "Filen är inte en presentation från det här verktyget (fältet ”format” saknas eller är fel).",
    newer:
      "Presentationen är gjord i en nyare version av verktyget (formatversion {{schemaVersion}}). Ladda om sidan och försök igen.",
    field: "Fältet {{field}} har ett ogiltigt värde (rad {{line}}).",
    fieldNoLine: "Fältet {{field}} har ett ogiltigt värde.",
  },
  shared: "Delad presentation: {{name}} ({{count}} bilder)",
  sharedSave: "Spara i mina presentationer",
  sharedSaved: "Sparad bland dina presentationer.",
  close: "Stäng",
  broken:
    "{{count}} sparad presentation i den här webbläsaren är skadad och kan inte visas.",
  unreadable:
    "De sparade presentationerna i den här webbläsaren går inte att läsa.",
  removeBroken: "Ta bort det skadade",
  storageError: "Presentationen kunde inte sparas: {{message}}",
  storageFull:
    "Presentationen {{name}} kunde inte sparas i webbläsaren eftersom webbläsarens lagring är full. Det du har skrivit finns kvar här tills du stänger eller laddar om sidan. Välj ”Spara som fil” för att behålla presentationen, och ta bort presentationer du inte behöver för att få plats.",
  storageUnavailable:
    "Presentationen kunde inte sparas i webbläsaren eftersom webbläsaren inte tillåter att sidan sparar något. Välj ”Spara som fil” för att behålla den.",
  savedNotStored:
    "{{file}} har laddats ned. Presentationen är fortfarande inte sparad i webbläsaren, eftersom lagringen är full.",
  invalid:
    "Presentationen kunde inte sparas: fältet {{field}} har ett värde som inte skulle gå att läsa tillbaka. Det du har skrivit finns kvar här; välj ”Spara som fil” för att behålla det.",
  deckFull:
    "En presentation kan ha högst {{max}} bilder. Ta bort en bild innan du lägger till eller duplicerar fler, eller börja en ny presentation.",
  brokenKept:
    "Den finns kvar i webbläsaren. Ladda ned den som fil om du vill spara eller visa innehållet; den tas bara bort om du väljer det.",
  downloadBroken: "Ladda ned det skadade som fil",
  brokenFileName: "skadad presentation",
  show: {
    label: "Presentation: {{name}}",
    position: "Bild {{n}} av {{total}}",
    black: "Svart skärm. Tryck B för att fortsätta.",
    keys: "Pil höger, Page Down eller mellanslag: nästa. Pil vänster eller Page Up: föregående. Home och End: första och sista. Siffra och Enter: gå till bild. B: svart skärm. N: talarmanus bredvid bilden. Esc: avsluta.",
    notesTitle: "Talarmanus",
    noNotes: "Inget talarmanus för den här bilden.",
    next: "Nästa: {{title}}",
    last: "Sista bilden.",
    previousButton: "Föregående",
    nextButton: "Nästa",
    elapsed: "Tid: {{time}}",
    popupBlocked:
      "Fönstret för talarmanus kunde inte öppnas (blockerat av webbläsaren). Tryck N för att visa talarmanus på skärmen.",
  },
} as const;

const presentationEn = {
  heading: "Presentation",
  intro:
    "Collect charts into a presentation and show them full screen. Choose “Add to presentation” at a chart; the slide keeps the view and the data versions it shows, so the same figures come back even when new versions are published.",
  deck: "Presentation",
  newDeck: "New presentation",
  newDeckName: "Presentation {{n}}",
  name: "Name of the presentation",
  deleteDeck: "Delete the presentation",
  confirmDelete: "Yes, delete {{name}}",
  cancel: "Cancel",
  empty:
    "The presentation has no slides yet. Go to a chart and choose “Add to presentation”.",
  noDecks:
    "You have no saved presentations. Go to a chart and choose “Add to presentation”, or open a presentation file.",
  slides: "Slides ({{count}})",
  slideLabel: "Slide {{n}}",
  title: "Title",
  titleFromNotes: "Title from the speaker notes (the chart's summary):",
  notes: "Speaker notes",
  shows: "Shows",
  versions: "Data versions",
  openView: "Open the view",
  moveUp: "Move up",
  moveDown: "Move down",
  duplicate: "Duplicate",
  remove: "Remove",
  presentFrom: "Present from slide {{n}}",
  present: "Present",
  keysDuringShow: "Keys during the show: {{keys}}",
  presentWithNotes: "Present with speaker notes in a separate window",
  saveFile: "Save as file",
  openFile: "Open presentation file",
  shareLink: "Copy share link",
  linkCopied: "The share link has been copied.",
  linkFallback: "Share link (select and copy):",
  saved: "{{file}} has been downloaded.",
  opened: "The presentation {{name}} ({{count}} slides) is open.",
  fileError: "The file {{file}} could not be opened.",
  linkError: "The presentation in the link could not be opened.",
  problems: {
    "too-large":
      "The file is too large to open ({{bytes}} bytes; the limit is 1 MB). A file that large is damaged or not a presentation.",
    "link-too-large":
      "The link is too large: the presentation in it would be larger than 1 MB, the most that can be opened. The link is probably damaged or not a share link from this tool.",
    json: "The file is not valid JSON: line {{line}}, column {{column}}.",
    jsonNoPosition: "The content is not valid JSON ({{detail}}).",
    "not-a-deck":
      "The file is not a presentation from this tool (the field “format” is missing or wrong).",
    newer:
      "The presentation was made with a newer version of the tool (format version {{schemaVersion}}). Reload the page and try again.",
    field: "The field {{field}} has an invalid value (line {{line}}).",
    fieldNoLine: "The field {{field}} has an invalid value.",
  },
  shared: "Shared presentation: {{name}} ({{count}} slides)",
  sharedSave: "Save to my presentations",
  sharedSaved: "Saved to your presentations.",
  close: "Close",
  broken:
    "{{count}} presentation saved in this browser is damaged and cannot be shown.",
  unreadable: "The presentations saved in this browser cannot be read.",
  removeBroken: "Delete the damaged data",
  storageError: "The presentation could not be saved: {{message}}",
  storageFull:
    "The presentation {{name}} could not be saved in the browser because the browser’s storage is full. What you typed stays here until you close or reload the page. Choose “Save as file” to keep the presentation, and delete presentations you do not need to make room.",
  storageUnavailable:
    "The presentation could not be saved in the browser because the browser does not let the page save anything. Choose “Save as file” to keep it.",
  savedNotStored:
    "{{file}} has been downloaded. The presentation is still not saved in the browser, because its storage is full.",
  invalid:
    "The presentation could not be saved: the field {{field}} has a value that could not be read back. What you typed stays here; choose “Save as file” to keep it.",
  deckFull:
    "A presentation can have at most {{max}} slides. Remove a slide before you add or duplicate more, or start a new presentation.",
  brokenKept:
    "It is still kept in the browser. Download it as a file if you want to keep or inspect its content; it is only deleted if you choose to.",
  downloadBroken: "Download the damaged data as a file",
  brokenFileName: "damaged presentation",
  show: {
    label: "Presentation: {{name}}",
    position: "Slide {{n}} of {{total}}",
    black: "Black screen. Press B to continue.",
    keys: "Right arrow, Page Down or space: next. Left arrow or Page Up: previous. Home and End: first and last. Number and Enter: go to slide. B: black screen. N: speaker notes beside the slide. Esc: leave.",
    notesTitle: "Speaker notes",
    noNotes: "No speaker notes for this slide.",
    next: "Next: {{title}}",
    last: "Last slide.",
    previousButton: "Previous",
    nextButton: "Next",
    elapsed: "Time: {{time}}",
    popupBlocked:
      "The speaker notes window could not be opened (blocked by the browser). Press N to show the notes on screen.",
  },
} as const satisfies Widen<typeof presentationSv>;

registerMessages("presentation", presentationSv, presentationEn);
