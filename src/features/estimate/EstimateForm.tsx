import type { Signature } from '../../core/model/signature';
import { BooleanField } from './BooleanField';
import { CategoryField } from './CategoryField';
import type { FormValues } from './form-values';
import { NumberField } from './NumberField';

interface Props {
  signature: Signature;
  values: FormValues;
  issues: Record<string, string>;
  /** Fields priced with care (blank, out of range, unseen level): what to tell the person. */
  notes: Record<string, string>;
  onChange: (name: string, value: string | boolean) => void;
}

/** One field per input of the model's signature, in signature order. */
export function EstimateForm({ signature, values, issues, notes, onChange }: Props) {
  return (
    <form className="estimate-form" onSubmit={(event) => event.preventDefault()} noValidate>
      {signature.inputs.map((input) => {
        const value = values[input.name];
        const update = (next: string | boolean) => onChange(input.name, next);
        if (input.type === 'boolean') {
          return (
            <BooleanField key={input.name} input={input} value={value === true} onChange={update} />
          );
        }
        const text = typeof value === 'string' ? value : '';
        const issue = issues[input.name];
        return input.type === 'category' ? (
          <CategoryField
            key={input.name}
            input={input}
            value={text}
            issue={issue}
            note={notes[input.name]}
            onChange={update}
          />
        ) : (
          <NumberField
            key={input.name}
            input={input}
            value={text}
            issue={issue}
            note={notes[input.name]}
            onChange={update}
          />
        );
      })}
    </form>
  );
}
