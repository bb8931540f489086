interface Props {
  caption: string;
  header: string[];
  rows: string[][];
  testId?: string;
}

/** The first rows of a file, as text, scrolling sideways when wide. */
export function PreviewTable({ caption, header, rows, testId }: Props) {
  return (
    <div className="bulk-preview" data-testid={testId}>
      <table className="figures-table bulk-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((name, index) => (
              <th key={index}>{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
