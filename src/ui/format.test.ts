import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatNumber,
  formatPercent,
  formatPrice,
} from './format';

describe('formatNumber', () => {
  it('writes numbers below 10,000 without a thousands separator, so years read as years', () => {
    expect(formatNumber(2015)).toBe('2015');
    expect(formatNumber(1970)).toBe('1970');
    expect(formatNumber(9999)).toBe('9999');
    expect(formatNumber(-9999)).toBe('-9999');
    expect(formatNumber(1234.567)).toBe('1234.57');
    expect(`${formatNumber(2015)} to ${formatNumber(2023)} in training`).toBe(
      '2015 to 2023 in training',
    );
  });

  it('groups from 10,000 up, deciding on the rounded value', () => {
    expect(formatNumber(10_000)).toBe('10,000');
    expect(formatNumber(-10_000)).toBe('-10,000');
    expect(formatNumber(123_456.789)).toBe('123,456.79');
    expect(formatNumber(9999.999)).toBe('10,000');
  });

  it('shows a value that rounds to zero as "0", never "-0"', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(-0.004)).toBe('0');
    expect(formatNumber(-0.005)).toBe('-0.01');
    expect(formatNumber(0.9712)).toBe('0.97');
  });
});

describe('formatPrice', () => {
  it('keeps thousands separators on prices and shows cents only below 100', () => {
    expect(formatPrice(5000)).toBe('5,000');
    expect(formatPrice(12_345.6)).toBe('12,346');
    expect(formatPrice(99.5)).toBe('99.5');
    expect(formatPrice(-0.001)).toBe('0');
  });
});

describe('formatPercent', () => {
  it('writes one decimal at most, a space before %, and no "-0"', () => {
    expect(formatPercent(31.47)).toBe('31.5 %');
    expect(formatPercent(31.2)).toBe('31.2 %');
    expect(formatPercent(80)).toBe('80 %');
    expect(formatPercent(-0.01)).toBe('0 %');
  });
});

describe('other formatters', () => {
  it('keeps separators on counts, and writes sizes and durations in their units', () => {
    expect(formatCount(2015)).toBe('2,015');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatDuration(83_000)).toBe('1 min 23 s');
    expect(formatDuration(250)).toBe('250 ms');
  });
});
