import { AppError } from '../../lib/errors';
import type { IngestReport } from '../data/ingest/report';
import { releaseArray } from '../data/ingest/release';
import { isNumericColumn, type DataTable, type NumericColumn } from '../data/ingest/table';
import { columnAlerts } from './alerts';
import { correlationMatrix, type NumericSeries } from './correlation';
import { duplicateCounts } from './duplicates';
import { profileColumn, share, type ProfiledColumn } from './profile-column';
import { tableAlerts, targetAlerts } from './table-alerts';
import { profileTarget, seriesOf, targetAssociations, targetViews } from './target-analysis';
import type { Alert, DuplicateRows, EdaReport, MissingOverview } from './types';

/** Options of {@link profileTable}. */
export interface EdaOptions {
  /** The price column: enables the target views, associations and leak alerts. */
  target?: string;
  /** The ingest report of the table, for alerts on messy, unparsed and infinite cells. */
  ingestReport?: IngestReport;
  /** Called after each step with the steps done and the total (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Profiles a typed table for the Data page: per-column statistics and bars, the target's
 * distribution, correlations, feature-vs-target views, missing values, duplicates and alerts.
 * Works column by column on typed arrays; the result is small plain data, ready for charts.
 * Throws `SCHEMA_MISMATCH` when the target is not a number column of the table.
 */
export function profileTable(table: DataTable, options: EdaOptions = {}): EdaReport {
  const { target: targetName, ingestReport, onProgress } = options;
  const targetIndex = findTarget(table, targetName);
  const steps = table.columns.length + 2;
  const profiled = table.columns.map((column, i) => {
    const result = profileColumn(column, i === targetIndex);
    onProgress?.(i + 1, steps);
    return result;
  });
  const profiles = profiled.map((p) => p.profile);
  const correlations = correlationMatrix(numericSeries(table, profiled, targetIndex));
  const duplicates = findDuplicates(table, targetName);
  onProgress?.(steps - 1, steps);
  const alerts: Alert[] = profiles.flatMap((p, i) => columnAlerts(p, ingestReport?.columns[i]));
  alerts.push(...tableAlerts(duplicates, ingestReport));
  const report: EdaReport = {
    rowCount: table.rowCount,
    columns: profiles,
    target: null,
    correlations,
    associations: [],
    featureViews: [],
    missing: missingOverview(table, profiled),
    duplicates,
    alerts,
  };
  if (targetIndex >= 0) {
    const target = profileTarget(
      table.columns[targetIndex] as NumericColumn,
      profiled[targetIndex]!,
    );
    report.target = target;
    report.associations = targetAssociations(table, profiled, targetIndex, correlations);
    report.featureViews = targetViews(table, profiled, targetIndex);
    alerts.push(...targetAlerts(target, report.associations, profiles));
  }
  onProgress?.(steps, steps);
  return report;
}

function findTarget(table: DataTable, target: string | undefined): number {
  if (target === undefined) return -1;
  const index = table.columns.findIndex((column) => column.name === target);
  const column = table.columns[index];
  if (column === undefined) {
    throw new AppError('SCHEMA_MISMATCH', `The table has no column "${target}" to use as target.`);
  }
  if (column.type !== 'number') {
    throw new AppError(
      'SCHEMA_MISMATCH',
      `The target "${target}" is a ${column.type} column, not a number.`,
    );
  }
  return index;
}

/** Numeric columns (numbers and booleans) with values, the target first. */
function numericSeries(
  table: DataTable,
  profiled: readonly ProfiledColumn[],
  targetIndex: number,
): NumericSeries[] {
  const series: NumericSeries[] = [];
  table.columns.forEach((_, i) => {
    const entry = seriesOf(table, profiled, i);
    if (entry && i === targetIndex) series.unshift(entry);
    else if (entry) series.push(entry);
  });
  return series;
}

function findDuplicates(table: DataTable, target: string | undefined): DuplicateRows {
  const { count, ignoringLast } = duplicateCounts(table, target);
  const duplicates: DuplicateRows = { count, share: share(count, table.rowCount) };
  if (target !== undefined) duplicates.ignoringTarget = ignoringLast;
  return duplicates;
}

function missingOverview(table: DataTable, profiled: readonly ProfiledColumn[]): MissingOverview {
  const isMissing = new Uint8Array(table.rowCount);
  for (const column of table.columns) {
    if (isNumericColumn(column)) {
      const values = column.values;
      for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) isMissing[i] = 1;
    } else {
      const codes = column.codes;
      for (let i = 0; i < codes.length; i++) if (codes[i]! < 0) isMissing[i] = 1;
    }
  }
  let rowsWithMissing = 0;
  for (let i = 0; i < isMissing.length; i++) rowsWithMissing += isMissing[i]!;
  releaseArray(isMissing);
  const columns = profiled
    .map(({ profile: { name, missing, missingShare } }) => ({ name, missing, share: missingShare }))
    .filter((column) => column.missing > 0)
    .sort((a, b) => b.missing - a.missing);
  return { columns, rowsWithMissing };
}
