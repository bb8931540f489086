import { useState } from 'react';
import { ColumnMappingTable } from './ColumnMappingTable';
import { FileDrop } from './FileDrop';
import { FileFacts } from './FileFacts';
import { PreviewTable } from './PreviewTable';
import { RunLog } from './RunLog';
import { useBulkLog } from './useBulkLog';
import { RunProgress } from './RunProgress';
import { RunSummary } from './RunSummary';
import { canSaveAsScored } from './save-target';
import { StartPanel } from './StartPanel';
import { useBulkFile } from './useBulkFile';
import { useBulkRun, type OutputMode } from './useBulkRun';
import './bulk.css';

/**
 * `#/bulk`: a CSV or XLSX stock list in, the same file with prices out. Loaded lazily (recharts
 * and this page stay out of the entry chunk); the scoring runs in the heavy-work worker.
 */
export default function BulkPage() {
  const file = useBulkFile();
  const run = useBulkRun();
  const log = useBulkLog();
  const [mode, setMode] = useState<OutputMode>('download');
  const isRunning = run.state.status === 'running';
  const ready = file.state.status === 'ready' ? file.state : null;
  const missing = ready
    ? ready.inspection.model.inputs.filter((input) => ready.mapping[input.name] == null)
    : [];
  const isLarge =
    ready !== null &&
    !ready.inspection.limits.downloadOnDisk &&
    ready.file.size > ready.inspection.limits.downloadMaxBytes * 0.8;
  return (
    <div className="bulk-page">
      <h2>Price a stock list</h2>
      <FileDrop
        limits={ready?.inspection.limits ?? null}
        isDisabled={isRunning}
        onFile={file.pickFile}
      />
      {file.state.status === 'inspecting' && (
        <p className="page-status">Reading {file.state.file.name}…</p>
      )}
      {file.state.status === 'refused' && (
        <p className="issue-text" role="alert" data-testid="bulk-file-error">
          {file.state.file.name}: {file.state.message}
        </p>
      )}
      {ready && (
        <>
          <FileFacts inspection={ready.inspection} onSheet={file.chooseSheet} />
          <ColumnMappingTable
            model={ready.inspection.model}
            header={ready.inspection.header}
            mapping={ready.mapping}
            onMap={file.mapInput}
          />
          <PreviewTable
            caption="First rows of the file"
            header={ready.inspection.header}
            rows={ready.inspection.previewRows}
            testId="bulk-preview"
          />
          {isLarge && mode === 'download' && (
            <p className="issue-text">
              This file is large: its output may pass the download limit. Choose “Save to a file as
              it is scored” if your browser offers it.
            </p>
          )}
          <StartPanel
            format={ready.inspection.format}
            limits={ready.inspection.limits}
            canSaveAsScored={canSaveAsScored()}
            mode={mode}
            isBlocked={missing.length > 0}
            isRunning={isRunning}
            onMode={setMode}
            onStart={() => void run.start(ready.file, ready.inspection, ready.mapping, mode)}
          />
        </>
      )}
      {run.state.status !== 'idle' && <RunProgress state={run.state} onCancel={run.cancel} />}
      {run.state.status === 'done' && (
        <RunSummary state={run.state} target={ready?.inspection.model.target ?? 'price'} />
      )}
      <RunLog entries={log} />
    </div>
  );
}
