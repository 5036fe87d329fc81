/** The diagonal hatch that fills a range-only span ("bara intervall i källan"). */
import { COLORS } from "./theme";

export function HatchPattern({ id }: { readonly id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={COLORS.background} />
        <line
          x1="0"
          y1="0"
          x2="0"
          y2="6"
          stroke={COLORS.bar}
          strokeWidth="2.5"
        />
      </pattern>
    </defs>
  );
}
