interface Props {
  id?: string;
  name: string;
  issue: string | undefined;
  note: string | undefined;
  hint: string;
}

/**
 * The line under a field: its issue (nothing is priced), else its note (priced with care, e.g.
 * left blank or outside the training range), else what training saw.
 */
export function FieldMessage({ id, name, issue, note, hint }: Props) {
  if (issue) {
    return (
      <span id={id} className="field-issue" role="alert">
        {issue}
      </span>
    );
  }
  if (note) {
    return (
      <span id={id} className="field-note" data-testid={`field-note-${name}`}>
        {note}
      </span>
    );
  }
  return (
    <span id={id} className="field-hint">
      {hint}
    </span>
  );
}
