/**
 * Opens the speaker notes window (it must happen in the click that starts the show) and gives
 * it the page's language and stylesheets; the slide show renders the notes into it.
 */
export function openNotesWindow(title: string): Window | "blocked" {
  const win = window.open(
    "",
    "psykisk-halsa-talarmanus",
    "popup,width=760,height=560",
  );
  if (!win) return "blocked";
  win.document.title = title;
  win.document.documentElement.lang = document.documentElement.lang;
  for (const sheet of document.querySelectorAll(
    'link[rel="stylesheet"], style',
  )) {
    win.document.head.append(sheet.cloneNode(true));
  }
  win.document.body.className = "notes-window";
  return win;
}
