import { describe, expect, it } from 'vitest';
import {
  AXIS_LABEL_MAX_PX,
  categoryAxisWidth,
  estimateTextWidth,
  fitAxisLabel,
  layoutCategoryAxis,
} from './axis-labels';

/** 7 px a character: easy sums, close to an 11 px sans-serif. */
const sevenPx = (text: string) => text.length * 7;

describe('category axis labels', () => {
  it('makes the axis as wide as the longest label plus the tick, so none is clipped', () => {
    // "has_getaround_connect": 21 characters, 147 px, + 12 px of tick.
    expect(categoryAxisWidth(['year', 'has_getaround_connect', 'mileage'], sevenPx)).toBe(159);
    expect(categoryAxisWidth(['carat', 'cut'], sevenPx)).toBe(47);
    expect(categoryAxisWidth(['x'], sevenPx)).toBe(40);
    expect(categoryAxisWidth([], sevenPx)).toBe(40);
  });

  it('caps the width and cuts longer labels with an ellipsis that fits the cap', () => {
    // 49 characters, 343 px: 27 of them and "…" fill 196 px of the 200.
    const long = 'a_feature_name_far_too_long_for_any_sensible_axis';
    expect(categoryAxisWidth([long], sevenPx)).toBe(AXIS_LABEL_MAX_PX + 12);
    expect(fitAxisLabel(long, AXIS_LABEL_MAX_PX, sevenPx)).toBe('a_feature_name_far_too_long…');
    expect(sevenPx(fitAxisLabel(long, AXIS_LABEL_MAX_PX, sevenPx))).toBeLessThanOrEqual(200);
    expect(fitAxisLabel('has_getaround_connect', AXIS_LABEL_MAX_PX, sevenPx)).toBe(
      'has_getaround_connect',
    );
    expect(fitAxisLabel('has getaround connect', 35, sevenPx)).toBe('has…');
  });

  it('lays out an axis: its width and each label as drawn, keyed by the full label', () => {
    const long = 'x'.repeat(40);
    const layout = layoutCategoryAxis(['price', long], sevenPx);
    expect(layout.widthPx).toBe(212);
    expect(layout.fittedLabels.get('price')).toBe('price');
    expect(layout.fittedLabels.get(long)).toBe(`${'x'.repeat(27)}…`);
  });

  it('estimates a width from the character count where there is no canvas', () => {
    expect(estimateTextWidth(10)('abcde')).toBeCloseTo(31, 6);
  });
});
