/** The kommun whose dot the pointer is over (recharts' Scatter mouse events), or null. */
import { useState } from "react";

interface Hovered {
  readonly payload?: { readonly code?: unknown };
}

export function useHovered(): [
  string | null,
  {
    readonly onMouseEnter: (item: Hovered) => void;
    readonly onMouseLeave: () => void;
  },
] {
  const [code, setCode] = useState<string | null>(null);
  return [
    code,
    {
      onMouseEnter: (item) => {
        const hovered = item.payload?.code;
        setCode(typeof hovered === "string" ? hovered : null);
      },
      onMouseLeave: () => {
        setCode(null);
      },
    },
  ];
}
