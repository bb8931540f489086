import { describe, expect, it } from 'vitest';
import {
  describeHeaderlessFile,
  isMappingInside,
  matchColumns,
  missingInputs,
  normaliseColumnName,
} from './column-matching';
import { TEST_SIGNATURE } from '../../test-support/bulk-signature';

const { inputs } = TEST_SIGNATURE;

describe('matchColumns', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normaliseColumnName(' Has-Cert. ')).toBe('hascert');
    expect(matchColumns(['ID', ' CARAT ', 'Cut!', 'has cert'], inputs)).toEqual({
      carat: 1,
      cut: 2,
      has_cert: 3,
    });
  });

  it('uses the first of two columns that read alike and lists what is missing', () => {
    const mapping = matchColumns(['carat', 'Carat', 'colour'], inputs);
    expect(mapping).toEqual({ carat: 0, cut: null, has_cert: null });
    expect(missingInputs(mapping, inputs)).toEqual(['cut', 'has_cert']);
    expect(missingInputs({ carat: 0, cut: 2, has_cert: 1 }, inputs)).toEqual([]);
  });

  it('checks that a mapping points inside the header', () => {
    expect(isMappingInside({ carat: 0, cut: 2 }, 3)).toBe(true);
    expect(isMappingInside({ carat: 3 }, 3)).toBe(false);
  });
});

describe('describeHeaderlessFile', () => {
  it('spots a first row of data and says which names to add', () => {
    expect(describeHeaderlessFile(['0.23', 'Ideal', 'true', '326'], inputs)).toBe(
      'The first row ("0.23", "Ideal", "true", "326") looks like data, not column names. ' +
        'Add a header row naming the columns: carat, cut, has_cert.',
    );
  });

  it('accepts a real header, even one with no matching names', () => {
    expect(describeHeaderlessFile(['carat', '1', '2'], inputs)).toBeNull();
    expect(describeHeaderlessFile(['weight', 'grade', 'cert'], inputs)).toBeNull();
  });
});

describe('describeHeaderlessFile with levels', () => {
  it('reads known levels as data too', () => {
    expect(describeHeaderlessFile(['Ideal', 'Good', 'x'], inputs)).toMatch(/^The first row/);
  });
});
