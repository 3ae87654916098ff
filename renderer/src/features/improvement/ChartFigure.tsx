import type { ReactNode } from 'react';
import { downloadFile } from '../../features/exercises/downloadFile.ts';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * One chart with the numbers behind it: the picture is for the eye (hidden
 * from screen readers), the table beside it holds the same numbers for
 * everyone, and the CSV button exports exactly those numbers.
 */
export function ChartFigure({
  id,
  title,
  summary,
  table,
  csv,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  table: ChartTable;
  csv: () => string;
  children: ReactNode;
}) {
  return (
    <figure className="metrics-chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption>
        <h2 id={`${id}-title`} className="metrics-chart-title">
          {title}
        </h2>
        <p className="metrics-chart-summary">{summary}</p>
      </figcaption>
      <div className="metrics-chart-plot" aria-hidden="true">
        {children}
      </div>
      <details className="metrics-chart-numbers">
        <summary>Numbers behind this chart</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((value, index) => (
                  <td key={table.columns[index]}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <button
        type="button"
        className="metrics-csv"
        onClick={() => downloadFile(`${id}.csv`, 'text/csv', csv())}
      >
        Export CSV: {title}
      </button>
    </figure>
  );
}
