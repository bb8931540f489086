import { describe, expect, it } from 'vitest';
import { ingestCsvText } from '../data/ingest';
import { checkFrameInput, checkTrainingInput, MIN_TRAINING_ROWS } from './check-training-input';

/** `rows` data rows: size, grade, a listing id, a price (blank on the rows in `noPrice`). */
function table(rows: number, options: { noPrice?: number[]; price?: (i: number) => string } = {}) {
  const lines = ['listing_id,size,grade,price'];
  for (let i = 0; i < rows; i++) {
    const price = options.noPrice?.includes(i)
      ? ''
      : (options.price?.(i) ?? String(100 + (i % 13) * 9));
    lines.push(`L${1000 + i},${1 + (i % 5)},${i % 2 ? 'a' : 'b'},${price}`);
  }
  return ingestCsvText(lines.join('\n')).table;
}

const codes = (check: ReturnType<typeof checkTrainingInput>) => check.issues.map((i) => i.code);

describe('checkTrainingInput', () => {
  it('accepts a good request and counts rows with a missing target as left out', () => {
    const check = checkTrainingInput(table(40, { noPrice: [3, 7, 9] }), {
      target: 'price',
      features: ['size', 'grade'],
    });
    expect(check).toEqual({ isOk: true, issues: [], rowsWithTarget: 37, rowsLeftOut: 3 });
  });

  it('names a target that is not in the data', () => {
    const check = checkTrainingInput(table(40), { target: 'cost', features: ['size'] });
    expect(codes(check)).toEqual(['target-missing']);
    expect(check.issues[0]!.message).toMatch(/"cost" is not in the data/);
  });

  it('names the type of a target that is not numeric', () => {
    const check = checkTrainingInput(table(40), { target: 'grade', features: ['size'] });
    expect(codes(check)).toEqual(['target-not-numeric']);
    expect(check.issues[0]!.message).toMatch(/"grade" is typed category/);
  });

  it('refuses a constant target, naming its value', () => {
    const check = checkTrainingInput(table(40, { price: () => '250' }), {
      target: 'price',
      features: ['size'],
    });
    expect(codes(check)).toEqual(['target-constant']);
    expect(check.issues[0]!.message).toMatch(/\(250\)/);
  });

  it('says how many rows have a target when there are too few', () => {
    const check = checkTrainingInput(table(25, { noPrice: [0, 1, 2, 3, 4, 5, 6] }), {
      target: 'price',
      features: ['size'],
    });
    expect(codes(check)).toEqual(['too-few-rows']);
    expect(check.issues[0]!.message).toContain(`Only 18 rows have a value for "price"`);
    expect(check.issues[0]!.message).toContain(`at least ${MIN_TRAINING_ROWS}`);
    expect(check.rowsLeftOut).toBe(7);
  });

  it('needs at least one feature', () => {
    const check = checkTrainingInput(table(40), { target: 'price', features: [] });
    expect(codes(check)).toEqual(['no-features']);
  });

  it('refuses the target as a feature, unknown features and id-like ones', () => {
    const check = checkTrainingInput(table(40), {
      target: 'price',
      features: ['size', 'price', 'colour', 'listing_id'],
    });
    expect(codes(check)).toEqual(['feature-is-target', 'feature-missing', 'feature-not-usable']);
    expect(check.issues[2]!.message).toMatch(/"listing_id" is typed id/);
    expect(check.isOk).toBe(false);
  });
});

describe('checkFrameInput', () => {
  it('applies the same rules to a frame', () => {
    const frame = {
      rowCount: 3,
      columns: {
        size: { kind: 'number' as const, values: Float64Array.of(1, 2, 3) },
        price: { kind: 'number' as const, values: Float64Array.of(5, Number.NaN, 7) },
      },
    };
    const check = checkFrameInput(frame, { target: 'price', features: ['size'] });
    expect(codes(check)).toEqual(['too-few-rows']);
    expect(check).toMatchObject({ rowsWithTarget: 2, rowsLeftOut: 1 });
  });
});
