/** Width of an element, following resizes (ResizeObserver); `fallback` until measured. */
import { useCallback, useState } from "react";

export function useElementWidth(
  fallback: number,
): [(node: HTMLElement | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback((node: HTMLElement | null) => {
    if (!node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured !== undefined && measured > 0)
        setWidth(Math.round(measured));
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}
