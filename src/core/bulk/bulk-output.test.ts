import { describe, expect, it } from 'vitest';
import { OutputBuffer } from './bulk-output';
import { roundPrice } from './output-columns';

const written = (write: (output: OutputBuffer) => void): string => {
  const output = new OutputBuffer();
  write(output);
  return new TextDecoder().decode(output.view());
};

describe('OutputBuffer', () => {
  it('writes prices exactly as String(roundPrice(value))', () => {
    const values = [
      0,
      -0,
      0.004,
      -0.004,
      0.005,
      0.015,
      1.005,
      326.47,
      326.4,
      326,
      18823.999,
      1e12 + 0.01,
    ];
    for (let i = 0; i < 50_000; i++) {
      const magnitude = 10 ** Math.floor(Math.random() * 12);
      values.push((Math.random() - 0.1) * magnitude);
    }
    values.push(1e14, 1e16 + 0.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY);
    const output = new OutputBuffer();
    const mismatches = values.filter((value) => {
      output.reset();
      output.price(value);
      return new TextDecoder().decode(output.view()) !== String(roundPrice(value));
    });
    expect(mismatches).toEqual([]);
  });

  it('appends copies, text and priced cells, growing as needed', () => {
    const source = new TextEncoder().encode('x'.repeat(3000));
    const text = written((output) => {
      output.copy(source, 0, 2000);
      output.copy(source, 10, 12);
      output.text('é;"');
      output.pricedCells(44, 1.5, 0, 2.25);
      output.byte(10);
    });
    expect(text).toBe(`${'x'.repeat(2002)}é;",1.5,0,2.25,,\n`);
    const output = new OutputBuffer();
    for (let i = 0; i < 300_000; i++) output.text('abcdef');
    expect(output.view().length).toBe(1_800_000);
    output.reset();
    expect(output.view().length).toBe(0);
  });
});
