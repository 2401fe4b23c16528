import type { ReactNode } from "react";

export type StackColumn = {
  label: ReactNode;
  /** Read by screen readers only (a column of buttons). */
  hidden?: boolean;
};

/**
 * A table that scrolls sideways when it is too wide and, on a narrow screen, stacks each row into
 * lines (globals.css `.stack-table`): give every cell after the first a `data-label` so the stacked
 * line says what it is. The caption names the table for screen readers; `showCaption` shows it too.
 */
export function StackTable({
  caption,
  showCaption = false,
  columns,
  testId,
  className = "",
  children,
}: {
  caption: ReactNode;
  showCaption?: boolean;
  columns: readonly StackColumn[];
  testId?: string;
  className?: string;
  /** The rows: a <tbody>. */
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className={`stack-table w-full border-collapse text-left ${className}`.trim()} data-testid={testId}>
        <caption className={showCaption ? "mb-2 text-left font-bold" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column, index) => (
              <th key={index} scope="col" className={index < columns.length - 1 ? "py-2 pr-4" : "py-2"}>
                {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
