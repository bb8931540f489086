/**
 * Reading single cells of real exports: placeholders for "no value", numbers written the way
 * people write them (decimal commas, thousands separators, currency signs, ranges) and booleans.
 */

const MISSING_PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  '---',
  '?',
  'na',
  'n/a',
  'nan',
  'null',
  'none',
  'nil',
  '#n/a',
]);

const TRUE_WORDS = new Set(['true', 'yes', 'y', 't', 'да']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'f', 'нет']);

/** Currency signs and words that decorate a number; removed before parsing. */
const CURRENCY_PATTERN = /(R\$|US\$|[$€£¥₽₹]|руб\.?|rub|eur|usd|gbp)/gi;
const SPACES_PATTERN = /[\s\u00a0\u202f]/g;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const RANGE_PATTERN = /^(\d+(?:[.,]\d+)?)-(\d+(?:[.,]\d+)?)$/;

/** True when the cell holds no value: empty, spaces, or a placeholder such as `NA` or `--`. */
export function isMissingCell(raw: string): boolean {
  return MISSING_PLACEHOLDERS.has(raw.trim().toLowerCase());
}

/**
 * Parses a numeric cell. Returns `null` for a missing cell and `NaN` for text that is not a
 * number. Accepts `1,6` (decimal comma), `1,234,567` and `1 234` (thousands), `1.234,5`,
 * currency signs, and a range `45-65`, which becomes its midpoint.
 */
export function parseNumberCell(raw: string): number | null {
  if (isMissingCell(raw)) return null;
  const compact = raw.replace(CURRENCY_PATTERN, '').replace(SPACES_PATTERN, '');
  if (PLAIN_NUMBER.test(compact)) return Number(compact);
  const range = RANGE_PATTERN.exec(compact);
  if (range) {
    const low = normaliseSeparators(range[1]!);
    const high = normaliseSeparators(range[2]!);
    return low !== null && high !== null ? (low + high) / 2 : Number.NaN;
  }
  return normaliseSeparators(compact) ?? Number.NaN;
}

/** Handles the comma and dot conventions; null when the text still is not a number. */
function normaliseSeparators(text: string): number | null {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[+-]/, '');
  const normalised = PLAIN_NUMBER.test(body) ? body : rewriteSeparators(body);
  return normalised !== null && PLAIN_NUMBER.test(normalised) ? sign * Number(normalised) : null;
}

/** `1,234,567.5` → `1234567.5`; `1.234,5` → `1234.5`; `1,6` → `1.6`; anything else null. */
function rewriteSeparators(body: string): string | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) return body.replace(/,/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) return body.replace(/\./g, '').replace(',', '.');
  if (/^\d*,\d+$/.test(body)) return body.replace(',', '.');
  return null;
}

/** Parses a boolean cell (`true`/`false`, `yes`/`no`, `да`/`нет`); null when missing or not boolean. */
export function parseBooleanCell(raw: string): boolean | null {
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** True when a non-missing cell reads as a boolean word. */
export function isBooleanWord(raw: string): boolean {
  return parseBooleanCell(raw) !== null;
}
