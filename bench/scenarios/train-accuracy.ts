import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { BENCH_FILE_INPUT_ID, openBenchPage } from '../bench-page';
import type { Scenario, ScenarioContext, ScenarioFigures, Target } from '../scenario';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const SHARED_DATA = join(REPO_ROOT, '..', 'shared', 'data');

/** A dataset of BENCHMARKS.md with its best reference RMSE and MAPE (same holdout rows). */
interface Case {
  name: string;
  path: string;
  target: string;
  drop: string[];
  bestRmse: number;
  /** Absent where BENCHMARKS.md gives none (Belo Horizonte: its TEST prices include rents). */
  bestMape?: number;
  /** The RMSE bar as a share of `bestRmse`: issue 7's 0.97 unless said. */
  rmseShare?: number;
}

const CASES: Case[] = [
  {
    name: 'diamonds',
    path: createRequire(import.meta.url).resolve('@observablehq/sample-datasets/diamonds.csv'),
    target: 'price',
    drop: [],
    bestRmse: 541.2,
    bestMape: 6.04,
  },
  {
    name: 'getaround',
    path: join(SHARED_DATA, 'getaround', 'get_around_pricing_project.csv'),
    target: 'rental_price_per_day',
    // The unnamed index column is read as `column_1` (an id), dropped as the references did.
    drop: ['column_1'],
    bestRmse: 15.23,
    bestMape: 12.45,
  },
  {
    name: 'uk',
    path: join(SHARED_DATA, 'uk-used-cars', 'all.csv'),
    target: 'price',
    drop: [],
    bestRmse: 1611,
    bestMape: 6.29,
  },
  {
    name: 'brazil',
    path: join(SHARED_DATA, 'brazil-houses-to-rent', 'houses_to_rent_v2.csv'),
    target: 'rent amount',
    // Both leak the rent (BENCHMARKS.md): the references left them out too.
    drop: ['total', 'fire insurance'],
    bestRmse: 2019,
    bestMape: 31.06,
  },
  {
    name: 'autoru',
    path: join(SHARED_DATA, 'autoru-small', 'auto_ru.csv'),
    target: 'Цена, руб',
    drop: [],
    bestRmse: 659_214,
    bestMape: 11.63,
  },
  {
    // BENCHMARKS.md's cleaning case: area, rooms and parking are strings with ranges and "--"
    // (the references read them as categories). Rows with no price are left out of every part.
    name: 'beloHorizonte',
    path: join(SHARED_DATA, 'belo-horizonte', 'data_kaggle_2021.csv'),
    target: 'price',
    drop: [],
    bestRmse: 1_102_466,
    rmseShare: 1,
  },
];

/** Issue 7's bar: TEST RMSE at most this share of the best reference RMSE. */
const RMSE_SHARE_OF_BEST = 0.97;

interface TrainResult {
  features: string[];
  elapsedMs: number;
  durationMs: number;
  epochs: number;
  backend: string;
  params: string;
  members: string[];
  test: { rmse: number; mae: number; mape: number; r2: number };
  baseline: { rmse: number };
  /** Share of TEST prices inside the 80% estimate interval. */
  intervalCoveredOnTest: number;
}

type BenchWindow = Window & {
  estimoBench?: {
    trainProduction(file: File, target: string, drop: string[]): Promise<TrainResult>;
  };
};

/** Runs in bench.html: stores the picked file and trains the Production preset on it. */
function trainInPage(args: { inputId: string; target: string; drop: string[] }) {
  const bench = (window as BenchWindow).estimoBench;
  const file = document.querySelector<HTMLInputElement>(`#${args.inputId}`)?.files?.[0];
  if (!bench || !file) throw new Error('bench.html has no harness or no file.');
  return bench.trainProduction(file, args.target, args.drop);
}

async function measure(context: ScenarioContext): Promise<ScenarioFigures> {
  const figures: Record<string, number> = {};
  const targets: Target[] = [];
  const notes: Record<string, string> = {};
  for (const item of CASES) {
    if (!existsSync(item.path)) {
      notes[item.name] = `skipped: ${item.path} is absent`;
      continue;
    }
    const result = await context.withPage(async (page) => {
      await openBenchPage(page, item.path);
      return page.evaluate(trainInPage, {
        inputId: BENCH_FILE_INPUT_ID,
        target: item.target,
        drop: item.drop,
      });
    });
    figures[`${item.name}Rmse`] = result.test.rmse;
    figures[`${item.name}Mape`] = result.test.mape;
    figures[`${item.name}R2`] = result.test.r2;
    figures[`${item.name}BaselineRmse`] = result.baseline.rmse;
    figures[`${item.name}IntervalCoverage`] = result.intervalCoveredOnTest;
    figures[`${item.name}TrainSeconds`] = result.durationMs / 1000;
    figures[`${item.name}Epochs`] = result.epochs;
    const rmseShare = item.rmseShare ?? RMSE_SHARE_OF_BEST;
    targets.push({ figure: `${item.name}Rmse`, atMost: rmseShare * item.bestRmse });
    if (item.bestMape !== undefined) {
      targets.push({ figure: `${item.name}Mape`, atMost: item.bestMape });
    }
    notes[item.name] =
      `${result.backend}; features ${result.features.join(', ')}; params ${result.params}; ` +
      `members: ${result.members.join(' | ')}`;
  }
  return { figures, targets, notes };
}

/**
 * The Production preset trained in the browser's heavy worker on diamonds, Getaround, UK used
 * cars, Brazil rents (leaking columns dropped) and the auto.ru sample, scored on the holdout's
 * TEST rows against 0.97 × BENCHMARKS.md's best reference RMSE and its best MAPE (issue 7); and
 * on Belo Horizonte (cleaning ranges and placeholders) against its best reference RMSE.
 */
export const trainAccuracy: Scenario = { name: 'train-accuracy', run: measure, timeoutMs: 900_000 };
