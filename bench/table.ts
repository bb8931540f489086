import { describeTarget, type BenchReport, type ScenarioReport } from './report';

const HEADINGS = ['scenario', 'figure', 'measured', 'target', 'met'];

/** Whole numbers as they are; others with fewer decimals as they grow (1234, 557.6, 6.53, 0.981). */
function formatMeasured(value: number): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return value.toFixed(0);
  if (magnitude >= 100) return value.toFixed(1);
  return magnitude >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

function scenarioRows(name: string, report: ScenarioReport): string[][] {
  if ('error' in report) return [[name, 'error (below)', '', '', 'NO']];
  if ('skipped' in report) return [[name, 'skipped (below)', '', '', '']];
  return Object.entries(report.figures).map(([figure, value]) => {
    const checks = report.targets.filter((check) => check.figure === figure);
    return [
      name,
      figure,
      formatMeasured(value),
      checks.map(describeTarget).join(', '),
      checks.length === 0 ? '' : checks.every((check) => check.met) ? 'yes' : 'NO',
    ];
  });
}

function formatRows(rows: string[][]): string {
  const widths = HEADINGS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const [headings, ...body] = rows;
  return [headings!, widths.map((width) => '-'.repeat(width)), ...body]
    .map((row) =>
      row
        .map((cell, column) =>
          column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Errors of failed scenarios, reasons of skipped ones, how many scenarios met every target, and
 * any foreign request.
 */
function summaryLines(report: BenchReport): string[] {
  const scenarios = Object.entries(report.scenarios);
  const errors = scenarios.flatMap(([name, scenario]) =>
    'error' in scenario ? [`${name} failed: ${scenario.error}`] : [],
  );
  const skips = scenarios.flatMap(([name, scenario]) =>
    'skipped' in scenario ? [`${name} skipped: ${scenario.skipped}`] : [],
  );
  const metCount = scenarios.filter(([, scenario]) => scenario.met).length;
  const skippedNote = skips.length === 0 ? '' : ` (${skips.length} skipped)`;
  const foreign = report.foreignRequests;
  return [
    ...errors,
    ...skips,
    `Scenarios meeting every target: ${metCount} of ${scenarios.length}${skippedNote}.`,
    `Requests to other origins: ${foreign.length === 0 ? 'none' : foreign.join(', ')}.`,
  ];
}

/** The report as a plain-text table, one figure per line, then a summary. */
export function formatReport(report: BenchReport): string {
  const rows = [HEADINGS];
  for (const [name, scenario] of Object.entries(report.scenarios)) {
    rows.push(...scenarioRows(name, scenario));
  }
  const { cpus, chromium, node } = report.machine;
  return [
    `Estimo bench, ${report.date} (${cpus} CPUs, Node ${node}, Chromium ${chromium})`,
    '',
    formatRows(rows),
    '',
    ...summaryLines(report),
  ].join('\n');
}
