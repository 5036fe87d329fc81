/**
 * The scrolling wrapper of a wide table. A region that scrolls must be reachable by keyboard
 * (WCAG 2.1.1, axe "scrollable-region-focusable"), so it is a labelled, focusable region.
 */
import type { ReactNode } from "react";

export function TableScroll({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see the comment above
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
