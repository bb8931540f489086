import type { Scenario } from '../scenario';
import { accuracyThroughWorker } from './accuracy-through-worker';
import { bulkThroughput } from './bulk-throughput';
import { driftReportBench } from './drift-report';
import { estimateLatency } from './estimate-latency';
import { estimateWhileTraining } from './estimate-while-training';
import { firstEstimate } from './first-estimate';
import { ingestEda } from './ingest-eda';
import { mainThreadJs } from './main-thread-js';
import { trainAccuracy } from './train-accuracy';
import { treeTraining } from './tree-training';

/** Every scenario `npm run bench` runs, in order. */
export const SCENARIOS: readonly Scenario[] = [
  accuracyThroughWorker,
  firstEstimate,
  estimateLatency,
  mainThreadJs,
  bulkThroughput,
  ingestEda,
  trainAccuracy,
  driftReportBench,
  estimateWhileTraining,
  treeTraining,
];
