import type { BooleanInput } from '../../core/model/signature';

interface Props {
  input: BooleanInput;
  value: boolean;
  onChange: (value: boolean) => void;
}

/** A yes/no input as a toggle. */
export function BooleanField({ input, value, onChange }: Props) {
  return (
    <label className="field field-toggle">
      <span className="field-name">{input.name}</span>
      <input
        data-testid={`field-${input.name}`}
        type="checkbox"
        role="switch"
        checked={value}
        onChange={(event) => onChange(event.target.checked)}
      />
    </label>
  );
}
