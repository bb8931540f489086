import type { DataTable } from '../../core/data/ingest/table';
import { regressionMetrics } from '../../core/model/metrics';
import { PriceEstimator } from '../../core/model/price-estimator';
import type { ModelVersionRecord } from '../../storage/model-types';
import {
  findSignatureGaps,
  frameForSignature,
  targetValues,
  testRowsWithTarget,
} from './comparison-frame';
import type { ComparisonResult, VersionMetrics } from './training-api';

/** Rows per predict call. */
const BATCH_SIZE = 4096;

async function priceRows(record: ModelVersionRecord, table: DataTable, rows: Int32Array) {
  const estimator = await PriceEstimator.load(record.bundle);
  try {
    return (
      await estimator.estimate(frameForSignature(table, record.bundle.signature, rows), BATCH_SIZE)
    ).values;
  } finally {
    estimator.dispose();
  }
}

function metricsOf(version: number, actual: number[], predicted: number[]): VersionMetrics {
  const { rmse, mae, mape, r2 } = regressionMetrics(actual, predicted);
  return { version, rmse, mae, mape, r2 };
}

/**
 * Scores the challenger and the champion on the same rows: the batch's TEST rows (holdout rule)
 * with an actual price, so a retrain is judged on the new data it was made for. Refuses, naming
 * the columns, when the batch lacks a column either model reads.
 */
export async function compareOnBatch(
  table: DataTable,
  models: { challenger: ModelVersionRecord; champion: ModelVersionRecord },
  dataset: { id: string; name: string },
): Promise<ComparisonResult> {
  const { challenger, champion } = models;
  for (const record of [challenger, champion]) {
    const { missing, mistyped } = findSignatureGaps(table, record.bundle.signature);
    const gaps = [...missing.map((name) => `"${name}"`), ...mistyped];
    if (gaps.length > 0) {
      const message = `Version ${record.version} cannot read the batch: ${gaps.join(', ')} missing or not numeric.`;
      return { ok: false, message };
    }
  }
  const target = challenger.bundle.signature.target.name;
  const rows = testRowsWithTarget(table, target);
  if (rows.length === 0)
    return { ok: false, message: `The batch has no TEST row with a "${target}".` };
  const actual = targetValues(table, target, rows);
  const [challengerPrices, championPrices] = [
    await priceRows(challenger, table, rows),
    await priceRows(champion, table, rows),
  ];
  const kept = [...actual.keys()].filter(
    (i) => Number.isFinite(challengerPrices[i]!) && Number.isFinite(championPrices[i]!),
  );
  if (kept.length === 0)
    return { ok: false, message: 'Neither model could price the batch TEST rows.' };
  const pick = (values: Float64Array) => kept.map((i) => values[i]!);
  const challengerMetrics = metricsOf(challenger.version, pick(actual), pick(challengerPrices));
  const championMetrics = metricsOf(champion.version, pick(actual), pick(championPrices));
  return {
    ok: true,
    comparison: {
      datasetId: dataset.id,
      datasetName: dataset.name,
      rows: kept.length,
      rowsUnpriced: rows.length - kept.length,
      challenger: challengerMetrics,
      champion: championMetrics,
      isChallengerBetter: challengerMetrics.rmse < championMetrics.rmse,
    },
  };
}
