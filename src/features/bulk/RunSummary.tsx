import type { RowIssue } from '../../worker/ml/api';
import { formatCount, formatDuration, formatBytes } from '../../ui/format';
import { PriceChart } from './PriceChart';
import { PreviewTable } from './PreviewTable';
import { describeRowIssue, ROW_NUMBER_HINT } from './row-numbers';
import type { BulkRunState } from './useBulkRun';

interface Props {
  state: Extract<BulkRunState, { status: 'done' }>;
  target: string;
}

function IssueList({
  title,
  issues,
  testId,
}: {
  title: string;
  issues: RowIssue[];
  testId: string;
}) {
  if (issues.length === 0) return null;
  return (
    <details className="bulk-issues" data-testid={testId}>
      <summary>{title}</summary>
      <p className="field-hint">{ROW_NUMBER_HINT}</p>
      <ul>
        {issues.map((issue) => (
          <li key={issue.row} data-row={issue.row}>
            {describeRowIssue(issue)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Counts, the download (or where it was saved), the price distribution, samples and a preview. */
export function RunSummary({ state, target }: Props) {
  const { summary, download, savedAs, logMessage } = state;
  return (
    <section className="card">
      <p
        data-testid="bulk-summary"
        data-scored={summary.scored}
        data-errors={summary.errors}
        data-rows={summary.rows}
        data-threads={summary.threads}
      >
        <strong>{formatCount(summary.scored)}</strong> of {formatCount(summary.rows)} rows priced
        {summary.errors > 0 &&
          `, ${formatCount(summary.errors)} kept with the reason in estimate_error`}
        {summary.noted > 0 && `, ${formatCount(summary.noted)} priced with a note in estimate_note`}{' '}
        · model version {summary.modelVersion} · {formatDuration(summary.elapsedMs)} (
        {formatCount(summary.rowsPerSecond)} rows/s on {summary.threads}{' '}
        {summary.threads === 1 ? 'thread' : 'threads'})
      </p>
      {download ? (
        <a
          className="bulk-download"
          data-testid="bulk-download"
          href={download.url}
          download={download.name}
        >
          Download {download.name} ({formatBytes(download.bytes)})
        </a>
      ) : (
        <p data-testid="bulk-saved">Saved to {savedAs ?? 'the file you chose'} as it was scored.</p>
      )}
      {logMessage && <p className="field-hint">{logMessage}</p>}
      {summary.prices.count > 0 && <PriceChart prices={summary.prices} target={target} />}
      <IssueList
        title={`Rows not priced (first ${summary.errorSamples.length})`}
        issues={summary.errorSamples}
        testId="bulk-errors"
      />
      <IssueList
        title={`Rows priced with a note (first ${summary.noteSamples.length})`}
        issues={summary.noteSamples}
        testId="bulk-notes"
      />
      <PreviewTable
        caption="First rows of the output"
        header={summary.outputHeader}
        rows={summary.previewRows}
        testId="bulk-output-preview"
      />
    </section>
  );
}
