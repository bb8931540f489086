/** A header cell that had to be renamed. */
export interface RenamedColumn {
  index: number;
  from: string;
  to: string;
}

/**
 * Column names from a header row: trimmed; an empty name becomes `column_<n>` (n is the 1-based
 * position); a repeated name gets `_2`, `_3`… Every renaming is returned for the report.
 */
export function normaliseHeader(cells: readonly string[]): {
  names: string[];
  renamed: RenamedColumn[];
} {
  const trimmed = cells.map((cell) => cell.trim());
  const taken = new Set(trimmed.filter((name) => name !== ''));
  const seen = new Set<string>();
  const renamed: RenamedColumn[] = [];
  const names = trimmed.map((name, index) => {
    if (name !== '' && !seen.has(name)) {
      seen.add(name);
      return name;
    }
    const base = name === '' ? 'column' : name;
    let suffix = name === '' ? index + 1 : 2;
    while (taken.has(`${base}_${suffix}`) || seen.has(`${base}_${suffix}`)) suffix++;
    const unique = `${base}_${suffix}`;
    seen.add(unique);
    renamed.push({ index, from: cells[index]!, to: unique });
    return unique;
  });
  return { names, renamed };
}
