/**
 * Lines of text within a width, in a given font: words are added while the line fits (measured
 * with a canvas in the same font stack the picture names). A word longer than the width stands
 * alone on its line.
 */
let context: CanvasRenderingContext2D | null | undefined;

/** A canvas context to measure text with (one for the page), or null without canvas. */
export function measureContext(): CanvasRenderingContext2D | null {
  context ??= document.createElement("canvas").getContext("2d");
  return context;
}

/** Measures text in the font `font` (CSS shorthand). */
function textWidth(text: string, font: string): number {
  const context = measureContext();
  // Without a canvas: an average glyph of 0.55 em.
  if (!context)
    return (
      text.length *
      0.55 *
      (Number.parseFloat(/\d+(\.\d+)?px/.exec(font)?.[0] ?? "16") || 16)
    );
  context.font = font;
  return context.measureText(text).width;
}

/** `text` broken into lines no wider than `width`. */
export function wrapText(text: string, font: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}
