import { buildReferenceProfile } from '../../core/drift';
import type { ReferenceProfile } from '../../core/drift';
import { splitRows } from '../../core/data/holdout';
import { findColumn, isNumericColumn } from '../../core/data/ingest/table';
import { frameFromTable } from '../../core/training/table-frame';
import { getDataset, loadDatasetTable } from '../../storage/datasets';
import type { EstimoDb } from '../../storage/db';

/** What a run was trained on: its dataset, target and features. */
export interface RunColumns {
  datasetId: string;
  target: string;
  features: readonly string[];
}

/** A reference profile, or why none could be built (the version is registered either way). */
export type RunReference =
  | { profile: ReferenceProfile; problem: null }
  | {
      profile: null;
      problem: string;
    };

/**
 * The drift reference of a trained run: a binned summary of each feature and of the target over
 * the training rows (every non-TEST row with a finite target, as training used them), never the
 * rows themselves. Returns a problem instead of throwing, so registering never fails on it.
 */
export async function referenceOfRun(db: EstimoDb, run: RunColumns): Promise<RunReference> {
  try {
    if (!(await getDataset(db, run.datasetId))) {
      return { profile: null, problem: `Dataset ${run.datasetId} is no longer stored.` };
    }
    const table = await loadDatasetTable(db, run.datasetId);
    const columns = [...new Set([...run.features, run.target])];
    const frame = frameFromTable(table, columns);
    const target = findColumn(table, run.target);
    const values = target && isNumericColumn(target) ? target.values : null;
    const split = splitRows(
      table.rowCount,
      (row) => values !== null && Number.isFinite(values[row]!),
    );
    const rows = Int32Array.from([...split.fit, ...split.validation].sort((a, b) => a - b));
    const profile = buildReferenceProfile(frame, rows, {
      features: run.features,
      target: values ? run.target : null,
    });
    return { profile, problem: null };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { profile: null, problem: `No drift reference was kept: ${problem}` };
  }
}
