import { previewRowNumber, ROW_NUMBER_HEADING, ROW_NUMBER_HINT } from './row-numbers';

interface Props {
  caption: string;
  header: string[];
  rows: string[][];
  testId?: string;
}

/**
 * The first rows of a file, as text, scrolling sideways when wide. A "Row" column numbers the
 * data rows from 1, the numbers the lists of rows not priced use.
 */
export function PreviewTable({ caption, header, rows, testId }: Props) {
  return (
    <div className="bulk-preview" data-testid={testId}>
      <table className="figures-table bulk-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="bulk-row-number" title={ROW_NUMBER_HINT}>
              {ROW_NUMBER_HEADING}
            </th>
            {header.map((name, index) => (
              <th key={index} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} data-row={previewRowNumber(i)}>
              <th scope="row" className="bulk-row-number">
                {previewRowNumber(i)}
              </th>
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
