import type { NumberInput } from '../../core/model/signature';
import { formatNumber } from '../../ui/format';

interface Props {
  input: NumberInput;
  value: string;
  issue: string | undefined;
  onChange: (value: string) => void;
}

/** A number typed as text, so "abc" or "1,6" reach validation as written. */
export function NumberField({ input, value, issue, onChange }: Props) {
  const hintId = `hint-${input.name}`;
  return (
    <label className="field" data-invalid={issue ? 'true' : undefined}>
      <span className="field-name">{input.name}</span>
      <input
        data-testid={`field-${input.name}`}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={issue ? true : undefined}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <span
        id={hintId}
        className={issue ? 'field-issue' : 'field-hint'}
        role={issue ? 'alert' : undefined}
      >
        {issue ?? `${formatNumber(input.min)} to ${formatNumber(input.max)} in training`}
      </span>
    </label>
  );
}
