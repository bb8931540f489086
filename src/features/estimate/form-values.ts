import type { Signature, SignatureInput } from '../../core/model/signature';
import type { FieldIssue } from '../../core/model/input-record';

/** What the form holds: text for numbers and categories, true/false for toggles. */
export type FormValues = Record<string, string | boolean>;

/** Starting values: the training median of each number and the most common level. */
export function initialFormValues(signature: Signature): FormValues {
  return Object.fromEntries(signature.inputs.map((input) => [input.name, initialValue(input)]));
}

function initialValue(input: SignatureInput): string | boolean {
  if (input.type === 'boolean') return input.mostCommon;
  if (input.type === 'category') return input.mostCommon;
  return String(input.isInteger ? Math.round(input.median) : Number(input.median.toPrecision(4)));
}

/** Issues keyed by field name (the first issue of each field). */
export function issuesByField(issues: readonly FieldIssue[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) byField[issue.field] ??= issue.message;
  return byField;
}
