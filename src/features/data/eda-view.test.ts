import { describe, expect, it } from 'vitest';
import type { Alert } from '../../core/eda';
import {
  correlationColor,
  formatCompact,
  histogramBars,
  sortAlerts,
  topLevelBars,
} from './eda-view';

describe('eda view helpers', () => {
  it('labels histogram bins by their range, in the units asked for', () => {
    const bins = { kind: 'bins' as const, edges: [0, 10, 20], counts: [3, 4] };
    expect(histogramBars(bins)).toEqual([
      { label: '0–10', count: 3 },
      { label: '10–20', count: 4 },
    ]);
    const logBins = { kind: 'bins' as const, edges: [2, 3, 4], counts: [1, 2] };
    expect(histogramBars(logBins, (x) => 10 ** x).map((bar) => bar.label)).toEqual([
      '100–1000',
      '1000–10k',
    ]);
    const values = { kind: 'values' as const, values: [0, 1], counts: [5, 6] };
    expect(histogramBars(values)).toEqual([
      { label: '0', count: 5 },
      { label: '1', count: 6 },
    ]);
  });

  it('adds one bar for the levels outside the top ones', () => {
    const top = { levels: [{ level: 'a', count: 9 }], otherCount: 4, otherLevels: 3 };
    expect(topLevelBars(top)).toEqual([
      { label: 'a', count: 9 },
      { label: '3 other levels', count: 4 },
    ]);
  });

  it('puts warnings before information, keeping the report order within each', () => {
    const alert = (kind: Alert['kind'], severity: Alert['severity']): Alert => ({
      kind,
      severity,
      value: 0,
      message: kind,
    });
    const sorted = sortAlerts([
      alert('skewed', 'info'),
      alert('constant', 'warning'),
      alert('many-zeros', 'info'),
      alert('target-leak', 'warning'),
    ]);
    expect(sorted.map((a) => a.kind)).toEqual(['constant', 'target-leak', 'skewed', 'many-zeros']);
  });

  it('formats compact axis numbers and colours correlations by sign and strength', () => {
    expect(formatCompact(12_345)).toBe('12.35k');
    expect(formatCompact(4_500_000)).toBe('4.5M');
    expect(formatCompact(1970)).toBe('1970');
    expect(formatCompact(-0.001)).toBe('0');
    expect(correlationColor(1)).toBe('rgba(36, 86, 214, 0.85)');
    expect(correlationColor(-0.4)).toBe('rgba(180, 35, 24, 0.34)');
    expect(correlationColor(Number.NaN)).toBe('transparent');
  });
});
