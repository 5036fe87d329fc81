/**
 * One panel of the county map, an SVG scaled to its container: every kommun's shape in its
 * colour (hatched without a value), the selected kommuner outlined, and the labels (name and
 * value) of the kommuner this panel is responsible for. A kommun is a focusable, named data point
 * in one panel only (domain/kommun-map panelOf); its copy in the other panel is drawing only
 * (still clickable). The inset crops the county to its box.
 */
import { useId } from "react";

import type { AreaCode } from "@/domain/areas";
import {
  INSET_CONTEXT,
  labelUnits,
  MAP_VIEWS,
  mapLabel,
  type MapPanel,
  panelOf,
  shapeOf,
  type ViewBox,
} from "@/domain/kommun-map";
import { KOMMUN_MAP } from "@/domain/kommun-shapes";
import { useElementWidth } from "@/ui/use-element-width";

import type { MapSeries, MapTile } from "../series/map-series";
import type { ChartKeyboard } from "../use-chart-keyboard";

import type { MapPointText } from "./map-point-text";
import { MapLabels } from "./map-labels";
import { InsetFrame, Outlines } from "./map-outlines";

export interface MapPanelProps {
  readonly panel: MapPanel;
  readonly series: MapSeries;
  readonly text: MapPointText;
  readonly keyboard: ChartKeyboard;
  readonly onOpen: (code: AreaCode) => void;
  /** Draws a frame on the county map around what the inset enlarges. */
  readonly insetFrame?: boolean;
}

/** Never smaller than this on screen (px). */
const LABEL_MIN_PX = 12;

/** The names of the kommuner the inset crops at its edge. */
function insetContext(series: MapSeries) {
  return series.tiles.flatMap((tile) => {
    const at = INSET_CONTEXT[tile.code];
    return at ? [{ name: tile.name, at }] : [];
  });
}

export function MapShapes(props: MapPanelProps) {
  const { panel, series, keyboard } = props;
  const id = useId();
  const [ref, width] = useElementWidth(0);
  const view = MAP_VIEWS[panel];
  const perPx = width > 0 ? view[2] / width : 0;
  const fontSize = Math.max(labelUnits(panel), LABEL_MIN_PX * perPx);
  const own = series.tiles.filter((tile) => panelOf(tile.code) === panel);
  const others = series.tiles.filter((tile) => panelOf(tile.code) !== panel);
  const shapes = { ...props, hatch: `${id}-hatch` };
  return (
    <div ref={ref} className={`county-map county-map--${panel}`}>
      <svg viewBox={view.join(" ")} className="county-map__svg">
        <PanelDefs id={id} view={view} />
        <g clipPath={`url(#${id}-clip)`}>
          {others.map((tile) => (
            <DrawnShape key={tile.code} tile={tile} {...shapes} />
          ))}
          {own.map((tile) => (
            <KommunPoint key={tile.code} tile={tile} {...shapes} />
          ))}
          <Outlines series={series} keyboard={keyboard} panel={panel} />
          {props.insetFrame && <InsetFrame />}
          <MapLabels
            series={series}
            tiles={own}
            text={props.text}
            fontSize={fontSize}
            labelOf={mapLabel}
            context={panel === "inset" ? insetContext(series) : []}
            view={view}
          />
        </g>
      </svg>
    </div>
  );
}

/** The no-data hatch (the same on screen in both panels) and the panel's clip. */
function PanelDefs({
  id,
  view,
}: {
  readonly id: string;
  readonly view: ViewBox;
}) {
  // Map units per map unit of the county panel.
  const k = view[2] / KOMMUN_MAP.width;
  return (
    <defs>
      <pattern
        id={`${id}-hatch`}
        patternUnits="userSpaceOnUse"
        width={7 * k}
        height={7 * k}
        patternTransform="rotate(45)"
      >
        <rect width={7 * k} height={7 * k} fill="#ffffff" />
        <rect width={2 * k} height={7 * k} fill="#a6a6a6" />
      </pattern>
      <clipPath id={`${id}-clip`}>
        <rect x={view[0]} y={view[1]} width={view[2]} height={view[3]} />
      </clipPath>
    </defs>
  );
}

interface ShapeProps extends MapPanelProps {
  readonly tile: MapTile;
  readonly hatch: string;
}

function fillOf({ tile, series, hatch }: ShapeProps): string {
  const bin = tile.bin === null ? null : series.bins[tile.bin];
  return bin ? bin.color : `url(#${hatch})`;
}

/** A kommun drawn in the panel that does not label it: clickable, hidden from screen readers. */
function DrawnShape(props: ShapeProps) {
  const { tile, onOpen } = props;
  return (
    <path
      d={shapeOf(tile.code)?.path}
      className="county-map__shape"
      fill={fillOf(props)}
      aria-hidden="true"
      onClick={() => {
        onOpen(tile.code);
      }}
    >
      <title>{props.text.pointLabel(tile)}</title>
    </path>
  );
}

/** A kommun as a data point: focusable, named by its value, opened by Enter or a click. */
function KommunPoint(props: ShapeProps) {
  const { tile, keyboard, onOpen } = props;
  const label = props.text.pointLabel(tile);
  return (
    <g
      {...keyboard.pointProps(tile.code)}
      role="img"
      aria-label={label}
      data-code={tile.code}
      className={[
        "county-map__kommun",
        tile.bin === null ? "county-map__kommun--missing" : "",
        tile.highlighted ? "county-map__kommun--selected" : "",
      ]
        .filter(Boolean)
        .join(" ")}
      onClick={() => {
        onOpen(tile.code);
      }}
    >
      <title>{label}</title>
      <path
        d={shapeOf(tile.code)?.path}
        className="county-map__shape"
        fill={fillOf(props)}
      />
    </g>
  );
}
