/**
 * The size of a map panel's labels in map units: the panel's usual size, but never smaller on
 * screen than 12 px. Follows the panel's width as it resizes. On a presentation slide SlideFit
 * magnifies the whole chart until its smallest text (these labels included, measured through the
 * SVG's scale: visible-text.ts) reaches the slide's text size, so the same floor serves there;
 * a slide sets the panel's width itself and passes it (`known`), since SlideFit measures right
 * after each render and a width observed a frame later would feed it labels of the old size.
 */
import { labelUnits, MAP_VIEWS, type MapPanel } from "@/domain/kommun-map";
import { useElementWidth } from "@/ui/use-element-width";

const MIN_PX = 12;

export function useLabelSize(
  panel: MapPanel,
  known?: number,
): [(node: HTMLElement | null) => void, number] {
  const [ref, observed] = useElementWidth(0);
  const width = known ?? observed;
  const unitsPerPx = width > 0 ? MAP_VIEWS[panel][2] / width : 0;
  return [ref, Math.max(labelUnits(panel), MIN_PX * unitsPerPx)];
}
