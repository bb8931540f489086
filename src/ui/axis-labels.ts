/** The width of a text in px, as drawn in the axis font. */
export type MeasureText = (text: string) => number;

/** The widest a category label is drawn; longer ones end in "…" (the full label in a tooltip). */
export const AXIS_LABEL_MAX_PX = 200;
/** Room left of the plot for the tick mark and the gap before the label. */
export const AXIS_TICK_ROOM_PX = 12;
/** The narrowest a category axis gets, so short labels do not hug the edge. */
const AXIS_MIN_PX = 40;
/** Width of an average character as a share of the font size (sans-serif, a little generous). */
const AVERAGE_CHAR_EM = 0.62;
const ELLIPSIS = '…';

/** A stand-in for measuring where there is no canvas: characters times an average width. */
export function estimateTextWidth(fontPx: number): MeasureText {
  return (text) => text.length * fontPx * AVERAGE_CHAR_EM;
}

/**
 * `label` as drawn on an axis at most `maxPx` wide: whole when it fits, else the longest start
 * that fits with "…" after it (`has_getaround_con…`).
 */
export function fitAxisLabel(label: string, maxPx: number, measure: MeasureText): string {
  if (measure(label) <= maxPx) return label;
  let low = 0;
  let high = label.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(label.slice(0, middle) + ELLIPSIS) <= maxPx) low = middle;
    else high = middle - 1;
  }
  return label.slice(0, low).trimEnd() + ELLIPSIS;
}

/**
 * The width in px a category axis needs for its longest label (capped at
 * {@link AXIS_LABEL_MAX_PX}, labels past that are cut by {@link fitAxisLabel}), plus the tick.
 */
export function categoryAxisWidth(labels: readonly string[], measure: MeasureText): number {
  const longest = labels.reduce((widest, label) => Math.max(widest, measure(label)), 0);
  const width = Math.ceil(Math.min(longest, AXIS_LABEL_MAX_PX)) + AXIS_TICK_ROOM_PX;
  return Math.max(AXIS_MIN_PX, width);
}

/** How a category axis is drawn: its width, and each label as drawn (keyed by the full label). */
export interface CategoryAxisLayout {
  widthPx: number;
  fittedLabels: Map<string, string>;
}

/** Lays out a category axis for `labels`: wide enough for the longest, the too-long ones cut. */
export function layoutCategoryAxis(
  labels: readonly string[],
  measure: MeasureText,
): CategoryAxisLayout {
  return {
    widthPx: categoryAxisWidth(labels, measure),
    fittedLabels: new Map(
      labels.map((label) => [label, fitAxisLabel(label, AXIS_LABEL_MAX_PX, measure)]),
    ),
  };
}
