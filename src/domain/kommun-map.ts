/**
 * Where the county map draws each kommun and its label: the inner kommuner (domain/map-inset) in
 * the enlarged inset, the rest on the county map; a label at the kommun's label point, or moved
 * (with a leader line back to the kommun) where the kommun is too small to hold it or a
 * neighbour's label is in the way. The places are set for the labels' usual size (domain/
 * map-labels leaves out what still overlaps when a phone makes them larger). The inset also names
 * the kommuner around its edge, whose labels are on the county map. Map units, as in the
 * generated domain/kommun-shapes. Pure.
 */
import { KOMMUN_MAP, type KommunShape } from "./kommun-shapes";
import { INSET_CODES } from "./map-inset";

export type MapPanel = "main" | "inset";

export type ViewBox = readonly [number, number, number, number];

/** The whole county, and the inset's box around the inner kommuner. */
export const MAP_VIEWS: Readonly<Record<MapPanel, ViewBox>> = {
  main: [0, 0, KOMMUN_MAP.width, KOMMUN_MAP.height],
  inset: KOMMUN_MAP.inset,
};

/**
 * Label size in map units: 22 on the county map (about 14 px on a laptop, 21 px at 1920×1080);
 * the inset's gives the same size on screen when it is drawn as wide as the county map.
 */
export function labelUnits(panel: MapPanel): number {
  return (22 * MAP_VIEWS[panel][2]) / KOMMUN_MAP.width;
}

type Anchor = "start" | "middle" | "end";

export interface MapLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: Anchor;
  /** The kommun's point a leader line runs to, or null when the label sits on the kommun. */
  readonly leader: readonly [number, number] | null;
}

interface Moved {
  readonly at: readonly [number, number];
  readonly anchor?: Anchor;
  readonly leader?: boolean;
}

/** Labels that do not sit on their label point. */
const MOVED: Readonly<Record<string, Moved>> = {
  "0139": { at: [4, 320], anchor: "start", leader: true }, // Upplands-Bro, in the sea to the north-west
  "0191": { at: [198, 394] }, // Sigtuna
  "0115": { at: [322, 405] }, // Vallentuna
  "0117": { at: [445, 478] }, // Österåker, clear of the inset's frame
  "0125": { at: [100, 578] }, // Ekerö
  "0181": { at: [88, 850] }, // Södertälje
  "0127": { at: [172, 728] }, // Botkyrka
  "0126": { at: [254, 676] }, // Huddinge, below the inset's frame
  "0138": { at: [356, 668] }, // Tyresö
  "0192": { at: [230, 930] }, // Nynäshamn
  "0163": { at: [222, 510] }, // Sollentuna
  "0183": { at: [213, 578], anchor: "end", leader: true }, // Sundbyberg, too small for its name
};

/** Names (without values) of the kommuner the inset crops at its edge. */
export const INSET_CONTEXT: Readonly<
  Record<string, readonly [number, number]>
> = {
  "0139": [166, 470], // Upplands-Bro
  "0191": [205, 442], // Sigtuna
  "0115": [300, 448], // Vallentuna
  "0117": [352, 500], // Österåker
  "0125": [170, 606], // Ekerö
  "0126": [245, 652], // Huddinge
  "0138": [335, 652], // Tyresö
  "0120": [370, 622], // Värmdö
  "0127": [180, 652], // Botkyrka
};

export function shapeOf(code: string): KommunShape | null {
  return KOMMUN_MAP.shapes[code] ?? null;
}

/** The panel where a kommun is labelled and reached by the keyboard. */
export function panelOf(code: string): MapPanel {
  return INSET_CODES.includes(code) ? "inset" : "main";
}

/** A kommun's label in its panel, or null for a code the map does not have. */
export function mapLabel(code: string): MapLabel | null {
  const shape = shapeOf(code);
  if (!shape) return null;
  const moved = MOVED[code];
  if (!moved)
    return {
      x: shape.label[0],
      y: shape.label[1],
      anchor: "middle",
      leader: null,
    };
  return {
    x: moved.at[0],
    y: moved.at[1],
    anchor: moved.anchor ?? "middle",
    leader: moved.leader ? shape.label : null,
  };
}
