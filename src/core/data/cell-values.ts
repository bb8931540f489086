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
 * Ways a number cell departs from a plain `1234.5`, as bit flags in {@link NumberReading.quirks}.
 * Ingest counts them per column so people see what was read on their behalf.
 */
export const NUMBER_QUIRK = {
  decimalComma: 1,
  thousands: 2,
  currency: 4,
  range: 8,
  placeholder: 16,
} as const;

/** A number cell read with {@link readNumberCell}: `value` as in {@link parseNumberCell}. */
export interface NumberReading {
  value: number | null;
  /** OR of {@link NUMBER_QUIRK} flags. */
  quirks: number;
}

/**
 * Parses a numeric cell. Returns `null` for a missing cell and `NaN` for text that is not a
 * number. Accepts `1,6` (decimal comma), `1,234,567` and `1 234` (thousands), `1.234,5`,
 * currency signs, and a range `45-65`, which becomes its midpoint.
 */
export function parseNumberCell(raw: string): number | null {
  return readNumberCell(raw).value;
}

/** `150.000`, `-1.250.000`, `12.500,50`: digits grouped in threes by dots, maybe a decimal comma. */
const DOT_GROUPED = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
/** A decimal comma as it cannot be a thousands comma: `1,6`, `12,50`, `1.234,5`. */
const DECIMAL_COMMA = /^[+-]?(\d+|\d{1,3}(\.\d{3})+),(\d{1,2}|\d{4,})$/;

/** The cell without currency signs and spaces: the text the number patterns are tried on. */
export function compactNumberText(raw: string): string {
  return raw.replace(CURRENCY_PATTERN, '').replace(SPACES_PATTERN, '');
}

/** True when a cell writes a decimal comma (`1,6`, `12,50`, `1.234,5`), which `1,234` does not. */
export function hasDecimalComma(raw: string): boolean {
  return DECIMAL_COMMA.test(compactNumberText(raw));
}

/**
 * Whether a number column writes its thousands with dots (`150.000` for 150000), judged from
 * sampled cells: every cell with a dot is grouped in threes by dots, and either one of them has
 * two groups or a decimal comma, or the file writes decimal commas elsewhere. A column of
 * `1.500` engine sizes in a file with no decimal comma keeps its dots as decimal points.
 */
export function writesDotThousands(
  cells: readonly string[],
  fileHasDecimalComma: boolean,
): boolean {
  let dotted = 0;
  let isSure = fileHasDecimalComma;
  for (const cell of cells) {
    const text = compactNumberText(cell);
    if (!text.includes('.')) continue;
    if (!DOT_GROUPED.test(text)) return false;
    dotted++;
    if (text.includes(',') || text.indexOf('.') !== text.lastIndexOf('.')) isSure = true;
  }
  return dotted > 0 && isSure;
}

/** How to read a column's cells: with dots as thousands separators (see {@link writesDotThousands}). */
export interface NumberConvention {
  dotThousands?: boolean;
}

/** Like {@link parseNumberCell}, and also says which conventions the cell used. */
export function readNumberCell(raw: string, convention: NumberConvention = {}): NumberReading {
  if (isMissingCell(raw)) {
    return { value: null, quirks: raw.trim() === '' ? 0 : NUMBER_QUIRK.placeholder };
  }
  const stripped = raw.replace(CURRENCY_PATTERN, '');
  const compact = stripped.replace(SPACES_PATTERN, '');
  let quirks = stripped.length === raw.length ? 0 : NUMBER_QUIRK.currency;
  if (compact !== stripped.trim()) quirks |= NUMBER_QUIRK.thousands;
  if (convention.dotThousands && DOT_GROUPED.test(compact)) {
    const isComma = compact.includes(',');
    quirks |= NUMBER_QUIRK.thousands | (isComma ? NUMBER_QUIRK.decimalComma : 0);
    return { value: Number(compact.replace(/\./g, '').replace(',', '.')), quirks };
  }
  if (PLAIN_NUMBER.test(compact)) return { value: Number(compact), quirks };
  const range = RANGE_PATTERN.exec(compact);
  if (range) {
    const low = normaliseSeparators(range[1]!);
    const high = normaliseSeparators(range[2]!);
    if (low === null || high === null) return { value: Number.NaN, quirks };
    quirks |= NUMBER_QUIRK.range | low.quirks | high.quirks;
    return { value: (low.value + high.value) / 2, quirks };
  }
  const single = normaliseSeparators(compact);
  if (single === null) return { value: Number.NaN, quirks };
  return { value: single.value, quirks: quirks | single.quirks };
}

/** Handles the comma and dot conventions; null when the text still is not a number. */
function normaliseSeparators(text: string): { value: number; quirks: number } | null {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[+-]/, '');
  if (PLAIN_NUMBER.test(body)) return { value: sign * Number(body), quirks: 0 };
  const rewritten = rewriteSeparators(body);
  if (rewritten === null || !PLAIN_NUMBER.test(rewritten.text)) return null;
  return { value: sign * Number(rewritten.text), quirks: rewritten.quirks };
}

/** `1,234,567.5` → `1234567.5`; `1.234,5` → `1234.5`; `1,6` → `1.6`; anything else null. */
function rewriteSeparators(body: string): { text: string; quirks: number } | null {
  const { thousands, decimalComma } = NUMBER_QUIRK;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) {
    return { text: body.replace(/,/g, ''), quirks: thousands };
  }
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) {
    const quirks = body.includes(',') ? thousands | decimalComma : thousands;
    return { text: body.replace(/\./g, '').replace(',', '.'), quirks };
  }
  if (/^\d*,\d+$/.test(body)) return { text: body.replace(',', '.'), quirks: decimalComma };
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
