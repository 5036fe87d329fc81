/**
 * The words a chart frame shows, from a view's text (title, subtitle, summary, coverage) and its
 * source line: one shape for every frame, spread into ChartFrame. The view's own parts (export,
 * table toggle, "Om uppgifterna") stay at the frame.
 */
export interface FrameText {
  readonly title: string;
  readonly subtitle: string;
  readonly summary?: string | undefined;
  readonly coverage?: string | undefined;
}

export function frameProps(text: FrameText, sourceLine: string) {
  return {
    title: text.title,
    subtitle: text.subtitle,
    summary: text.summary,
    coverage: text.coverage,
    sourceLine,
  };
}
