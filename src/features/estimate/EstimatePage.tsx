import { useCallback, useMemo, useState } from 'react';
import { EstimateForm } from './EstimateForm';
import { EstimatePanel } from './EstimatePanel';
import { initialFormValues, issuesByField, type FormValues } from './form-values';
import { useActiveModel } from './useActiveModel';
import { useEstimate } from './useEstimate';
import { useEstimateLog } from './useEstimateLog';

/** `#/estimate`: a form generated from the active model's signature and a live estimate. */
export function EstimatePage() {
  const modelState = useActiveModel();
  const [edits, setEdits] = useState<{ version: number; values: FormValues } | null>(null);
  const model = modelState.status === 'ready' ? modelState.model : null;
  const initialValues = useMemo(() => (model ? initialFormValues(model.signature) : null), [model]);
  const values = model && edits?.version === model.version ? edits.values : initialValues;
  const estimate = useEstimate(values);
  const logNote = useEstimateLog(estimate);
  const onChange = useCallback(
    (name: string, value: string | boolean) => {
      if (!model || !values) return;
      setEdits({ version: model.version, values: { ...values, [name]: value } });
    },
    [model, values],
  );

  if (modelState.status === 'loading') return <p className="page-status">Loading the model…</p>;
  if (modelState.status === 'failed') {
    return <p role="alert">The model could not be loaded: {modelState.message}</p>;
  }
  const result = estimate.status === 'done' ? estimate.result : null;
  const issues = result && !result.ok ? issuesByField(result.issues) : {};
  const notes = result?.ok ? issuesByField(result.notes) : {};
  return (
    <div className="estimate-page">
      <EstimateForm
        signature={modelState.model.signature}
        values={values!}
        issues={issues}
        notes={notes}
        onChange={onChange}
      />
      <EstimatePanel model={modelState.model} estimate={estimate} />
      {logNote && (
        <p className="field-hint" data-testid="estimate-log-note">
          {logNote}
        </p>
      )}
    </div>
  );
}
