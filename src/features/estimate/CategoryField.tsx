import { FieldMessage } from './FieldMessage';
import type { CategoryInput } from '../../core/model/signature';

interface Props {
  input: CategoryInput;
  value: string;
  issue: string | undefined;
  note: string | undefined;
  onChange: (value: string) => void;
}

/** Levels beyond this many get a searchable text box instead of a long select. */
const SELECT_LIMIT = 30;

/** A category: a select for a few levels, a searchable list for many. */
export function CategoryField({ input, value, issue, note, onChange }: Props) {
  const listId = `levels-${input.name}`;
  const isSearchable = input.levels.length > SELECT_LIMIT;
  return (
    <label className="field" data-invalid={issue ? 'true' : undefined}>
      <span className="field-name">{input.name}</span>
      {isSearchable ? (
        <>
          <input
            data-testid={`field-${input.name}`}
            list={listId}
            value={value}
            aria-invalid={issue ? true : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
          <datalist id={listId}>
            {input.levels.map((level) => (
              <option key={level} value={level} />
            ))}
          </datalist>
        </>
      ) : (
        <select
          data-testid={`field-${input.name}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">not known</option>
          {input.levels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      )}
      <FieldMessage
        name={input.name}
        issue={issue}
        note={note}
        hint={`${input.levels.length} levels seen in training`}
      />
    </label>
  );
}
