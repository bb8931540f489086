import type { YAxisTickContentProps } from 'recharts';

interface Props extends Pick<YAxisTickContentProps, 'x' | 'y' | 'payload' | 'className'> {
  /** The label as drawn for each full label (cut with "…" when too wide). */
  fittedLabels: ReadonlyMap<string, string>;
  fontPx: number;
}

/** A category axis label, cut to fit; a cut label shows the full one on hover. */
export function AxisLabelTick({ x, y, payload, className, fittedLabels, fontPx }: Props) {
  const label = String(payload.value);
  const fitted = fittedLabels.get(label) ?? label;
  return (
    <text
      x={x}
      y={y}
      dy="0.355em"
      textAnchor="end"
      fontSize={fontPx}
      fill="#666"
      className={className}
    >
      {fitted !== label && <title>{label}</title>}
      {fitted}
    </text>
  );
}
