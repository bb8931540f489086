import { describe, expect, it } from 'vitest';
import { escapeFormula, isFormulaRisk } from './formula-escape';

describe('escapeFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\rcmd', "'\rcmd"],
    ['  =1+1', "'  =1+1"],
    ['-', "'-"],
  ])('prefixes %j with a quote', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
  });

  it.each(['-5', '-1.5', '+3', '-1,5', '-2e3', 'Ideal', '', 'a=b', "'already"])(
    'leaves %j as it is',
    (cell) => {
      expect(isFormulaRisk(cell)).toBe(false);
      expect(escapeFormula(cell)).toBe(cell);
    },
  );
});
