/**
 * The tile map's fixed layout: one square per kommun of Stockholms län, placed roughly as on a
 * map of the county (north up, east right). Defined once, here; columns 0–5, rows 0–7. Pure.
 */
export interface TileCell {
  readonly col: number;
  readonly row: number;
}

/** Kommunkod → cell. Norrtälje far north-east, Nykvarn far south-west, Nynäshamn far south. */
export const TILE_LAYOUT: Readonly<Record<string, TileCell>> = {
  "0188": { col: 5, row: 0 }, // Norrtälje
  "0191": { col: 2, row: 1 }, // Sigtuna
  "0115": { col: 3, row: 1 }, // Vallentuna
  "0117": { col: 4, row: 1 }, // Österåker
  "0139": { col: 1, row: 2 }, // Upplands-Bro
  "0114": { col: 2, row: 2 }, // Upplands Väsby
  "0160": { col: 3, row: 2 }, // Täby
  "0187": { col: 4, row: 2 }, // Vaxholm
  "0123": { col: 1, row: 3 }, // Järfälla
  "0163": { col: 2, row: 3 }, // Sollentuna
  "0162": { col: 3, row: 3 }, // Danderyd
  "0186": { col: 4, row: 3 }, // Lidingö
  "0125": { col: 0, row: 4 }, // Ekerö
  "0183": { col: 1, row: 4 }, // Sundbyberg
  "0184": { col: 2, row: 4 }, // Solna
  "0180": { col: 3, row: 4 }, // Stockholm
  "0182": { col: 4, row: 4 }, // Nacka
  "0120": { col: 5, row: 4 }, // Värmdö
  "0128": { col: 2, row: 5 }, // Salem
  "0126": { col: 3, row: 5 }, // Huddinge
  "0138": { col: 4, row: 5 }, // Tyresö
  "0140": { col: 0, row: 6 }, // Nykvarn
  "0181": { col: 1, row: 6 }, // Södertälje
  "0127": { col: 2, row: 6 }, // Botkyrka
  "0136": { col: 4, row: 6 }, // Haninge
  "0192": { col: 3, row: 7 }, // Nynäshamn
};

/** Size of the grid: number of columns and rows the layout uses. */
export const TILE_GRID = { cols: 6, rows: 8 } as const;

/** The cell of a kommun, or null for a code the layout does not place. */
export function tileCell(code: string): TileCell | null {
  return TILE_LAYOUT[code] ?? null;
}

export type TileDirection = "up" | "down" | "left" | "right";

/**
 * The placed code nearest to `from` in a direction (for arrow keys): the closest cell whose
 * main-axis distance is positive, preferring small sideways offset. Null at the edge.
 */
export function neighbourTile(
  from: string,
  direction: TileDirection,
  codes: readonly string[] = Object.keys(TILE_LAYOUT),
): string | null {
  const start = tileCell(from);
  if (!start) return null;
  let best: { code: string; score: number } | null = null;
  for (const code of codes) {
    const cell = tileCell(code);
    if (!cell || code === from) continue;
    const dx = cell.col - start.col;
    const dy = cell.row - start.row;
    const [main, side] =
      direction === "up"
        ? [-dy, dx]
        : direction === "down"
          ? [dy, dx]
          : direction === "left"
            ? [-dx, dy]
            : [dx, dy];
    if (main <= 0) continue;
    const score = main + 2 * Math.abs(side) + (side > 0 ? 0.1 : 0);
    if (!best || score < best.score) best = { code, score };
  }
  return best?.code ?? null;
}
