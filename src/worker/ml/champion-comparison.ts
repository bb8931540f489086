import type { DataTable } from '../../core/data/ingest/table';
import { regressionMetrics } from '../../core/model/metrics';
import { PriceEstimator } from '../../core/model/price-estimator';
import { getDataset, loadDatasetTable } from '../../storage/datasets';
import type { EstimoDb } from '../../storage/db';
import type { ModelVersionRecord } from '../../storage/model-types';
import {
  findSignatureGaps,
  frameForSignature,
  targetValues,
  testRowsWithTarget,
} from './comparison-frame';
import type { ComparisonResult, VersionMetrics } from './training-api';

/** Rows per predict call when scoring TEST rows for a comparison. */
export const COMPARE_BATCH_SIZE = 4096;

type Refusal = { ok: false; message: string };

/**
 * Scores `challenger` and `champion` on the same rows: the TEST rows (holdout rule) with a
 * target of the dataset the challenger was trained on. Metrics are in the target's units. Refuses
 * (with a message naming the version, dataset or columns) when the challenger has no stored
 * dataset, the two predict different targets, or the dataset lacks a column either one reads.
 */
export async function compareVersions(
  db: EstimoDb,
  challenger: ModelVersionRecord,
  champion: ModelVersionRecord,
): Promise<ComparisonResult> {
  const source = await loadComparisonTable(db, challenger);
  if (!source.ok) return source;
  const { table, datasetId, datasetName } = source;
  const refusal = checkComparable(table, datasetName, { challenger, champion });
  if (refusal) return refusal;
  const target = challenger.bundle.signature.target.name;
  const rows = testRowsWithTarget(table, target);
  if (rows.length === 0) {
    return { ok: false, message: `Dataset "${datasetName}" has no TEST row with a "${target}".` };
  }
  const challengerPrices = await priceRows(challenger, table, rows);
  const championPrices = await priceRows(champion, table, rows);
  const actual = targetValues(table, target, rows);
  const kept = keepPricedRows([actual, challengerPrices, championPrices]);
  if (kept[0]!.length === 0) {
    return { ok: false, message: `Neither model could price the TEST rows of "${datasetName}".` };
  }
  const challengerMetrics = metricsOf(challenger.version, kept[0]!, kept[1]!);
  const championMetrics = metricsOf(champion.version, kept[0]!, kept[2]!);
  return {
    ok: true,
    comparison: {
      datasetId,
      datasetName,
      rows: kept[0]!.length,
      rowsUnpriced: rows.length - kept[0]!.length,
      challenger: challengerMetrics,
      champion: championMetrics,
      isChallengerBetter: challengerMetrics.rmse < championMetrics.rmse,
    },
  };
}

async function loadComparisonTable(
  db: EstimoDb,
  version: ModelVersionRecord,
): Promise<{ ok: true; table: DataTable; datasetId: string; datasetName: string } | Refusal> {
  const { datasetId } = version;
  if (datasetId === null) {
    return {
      ok: false,
      message:
        `Version ${version.version} (${version.source}) has no stored dataset in its lineage, ` +
        'so there are no TEST rows to compare it on.',
    };
  }
  const meta = await getDataset(db, datasetId);
  if (!meta) {
    return {
      ok: false,
      message: `Dataset ${datasetId}, which version ${version.version} was trained on, is no longer stored.`,
    };
  }
  return {
    ok: true,
    table: await loadDatasetTable(db, datasetId),
    datasetId,
    datasetName: meta.name,
  };
}

function checkComparable(
  table: DataTable,
  datasetName: string,
  models: { challenger: ModelVersionRecord; champion: ModelVersionRecord },
): Refusal | null {
  const { challenger, champion } = models;
  const challengerTarget = challenger.bundle.signature.target.name;
  const championTarget = champion.bundle.signature.target.name;
  if (challengerTarget !== championTarget) {
    return {
      ok: false,
      message:
        `The champion (version ${champion.version}) predicts "${championTarget}" and version ` +
        `${challenger.version} predicts "${challengerTarget}": they cannot be compared.`,
    };
  }
  for (const [label, record] of [
    [`The champion (version ${champion.version})`, champion],
    [`Version ${challenger.version}`, challenger],
  ] as const) {
    const { missing, mistyped } = findSignatureGaps(table, record.bundle.signature);
    if (missing.length > 0) {
      const names = missing.map((name) => `"${name}"`).join(', ');
      return { ok: false, message: `${label} needs ${names}, which "${datasetName}" lacks.` };
    }
    if (mistyped.length > 0) {
      return {
        ok: false,
        message: `${label} reads ${mistyped.join(', ')} as numbers, but "${datasetName}" holds text there.`,
      };
    }
  }
  return null;
}

/** Prices `rows` with the version's model, disposing it after. */
async function priceRows(
  record: ModelVersionRecord,
  table: DataTable,
  rows: Int32Array,
): Promise<Float64Array> {
  const estimator = await PriceEstimator.load(record.bundle);
  try {
    const frame = frameForSignature(table, record.bundle.signature, rows);
    return (await estimator.estimate(frame, COMPARE_BATCH_SIZE)).values;
  } finally {
    estimator.dispose();
  }
}

/** Keeps the rows where every series is finite (a model may fail to price a row). */
function keepPricedRows(series: Float64Array[]): Float64Array[] {
  const length = series[0]?.length ?? 0;
  const keep: number[] = [];
  for (let i = 0; i < length; i++) {
    if (series.every((values) => Number.isFinite(values[i]!))) keep.push(i);
  }
  return series.map((values) => Float64Array.from(keep, (i) => values[i]!));
}

function metricsOf(version: number, actual: Float64Array, predicted: Float64Array): VersionMetrics {
  const { rmse, mae, mape, r2 } = regressionMetrics(actual, predicted);
  return { version, rmse, mae, mape, r2 };
}
