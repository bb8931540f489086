import type { NumberInput } from '../../core/model/signature';
import { formatNumber } from '../../ui/format';
import { FieldMessage } from './FieldMessage';

interface Props {
  input: NumberInput;
  value: string;
  issue: string | undefined;
  note: string | undefined;
  onChange: (value: string) => void;
}

/** A number typed as text, so "abc" or "1,6" reach validation as written. */
export function NumberField({ input, value, issue, note, onChange }: Props) {
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
      <FieldMessage
        id={hintId}
        name={input.name}
        issue={issue}
        note={note}
        hint={`${formatNumber(input.min)} to ${formatNumber(input.max)} in training; blank if not known`}
      />
    </label>
  );
}
