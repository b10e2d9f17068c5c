import type { Locator, Page } from '@playwright/test';

/** The parts of the first page that journeys read and use, found as a user finds them. */
export function firstPage(page: Page) {
  const inputsTable = page.getByRole('table', { name: /Derivatives of/ });
  const nodesTable = page.getByRole('table', { name: 'Nodes' });
  const rowOf = (table: Locator, name: string): Locator =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  return {
    program: page.getByRole('textbox', { name: 'Program' }),
    output: page.getByTestId('output-value'),
    alert: page.getByRole('alert'),
    status: page.getByRole('status'),
    nodesTable,
    inputsTable,
    /** The number field of input `name`. */
    inputField: (name: string): Locator => page.getByRole('spinbutton', { name, exact: true }),
    /** The cells after the row header in the derivatives table: value, reverse, forward, paths. */
    inputCells: (name: string): Locator => rowOf(inputsTable, name).getByRole('cell'),
    /** The cells after the row header in the node table: operation, value, ∂output/∂node, … */
    nodeCells: (name: string): Locator => rowOf(nodesTable, name).getByRole('cell'),
  };
}
