import type { ModelBundle } from '../src/core/model/model-bundle';

const format = (value: number, digits = 2): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A human-readable metrics card for a shipped model bundle. */
export function writeModelCard(bundle: ModelBundle): string {
  const { card, signature } = bundle;
  const row = (name: string, m: ModelBundle['card']['test']): string =>
    `| ${name} | ${format(m.rmse)} | ${format(m.mae)} | ${format(m.mape)} % | ${format(m.r2, 4)} |`;
  return [
    `# Model card: ${bundle.name}`,
    '',
    `Target \`${signature.target.name}\`; inputs ${signature.inputs.map((i) => `\`${i.name}\` (${i.type})`).join(', ')}.`,
    '',
    `Rows: ${card.dataset.rows} (fit ${card.rows.fit}, validation ${card.rows.validation}, TEST ${card.rows.test}; ` +
      `holdout rule: 0-based row i is TEST when i % 5 == 0, validation when i % 10 == 3).`,
    '',
    '| on TEST rows | RMSE | MAE | MAPE | R² |',
    '|---|---:|---:|---:|---:|',
    row('this model', card.test),
    row('predict-the-mean baseline', card.baseline),
    ...(card.members ?? []).map((member) =>
      row(`member ${member.label} (weight ${format(member.weight)})`, member.test),
    ),
    '',
    `${Math.round(bundle.interval.coverage * 100)} % interval from validation residuals; ` +
      `coverage on TEST: ${format(card.intervalCoverageOnTest * 100, 1)} %.`,
    '',
    `Training: ${card.training.epochs} steps (${card.training.stopReason}), ${format(card.training.durationMs / 1000, 1)} s ` +
      `on the ${card.training.backend} backend; parameters \`${JSON.stringify(card.training.params)}\`.`,
    '',
  ].join('\n');
}
