import { t } from '../i18n/texts';
import { ariaSort, nextSort, sortRows, type SortState, type SortValue } from '../sort';
import { h } from './dom';

export interface Column<Row> {
  label: string;
  /** What the column sorts by (null: empty, always last). */
  value: (row: Row) => SortValue;
  /** What the cell shows; the value as text by default. */
  cell?: (row: Row) => Node | string;
  numeric?: boolean;
}

export interface TableOptions<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  /** The server's CSV of the same table. */
  csvHref?: string;
  /** What the CSV link names, when not the caption. */
  csvLabel?: string;
  empty: string;
}

/**
 * A table with a caption, column headers and a row header, sortable by any column with a button
 * in its header (so the keyboard sorts too), `aria-sort` saying which; the CSV link beside it.
 */
export function sortableTable<Row>(options: TableOptions<Row>): HTMLElement {
  let state: SortState | null = null;
  const body = h('tbody');
  const headers = options.columns.map((column, index) =>
    h('th', { scope: 'col', class: column.numeric ? 'numeric' : null, 'aria-sort': 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => {
        state = nextSort(state, index);
        fill();
      } }, column.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, '')),
    ),
  );
  const fill = () => {
    headers.forEach((header, index) => {
      const sort = ariaSort(state, index);
      header.setAttribute('aria-sort', sort);
      header.querySelector('.sort-mark')!.textContent = sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '⇅';
    });
    const rows = sortRows(options.rows, state, (row, column) => options.columns[column]!.value(row));
    body.replaceChildren(
      ...rows.map((row) =>
        h('tr', {}, options.columns.map((column, index) => {
          const content = column.cell ? column.cell(row) : String(column.value(row) ?? '—');
          return h(index === 0 ? 'th' : 'td', { scope: index === 0 ? 'row' : null, class: column.numeric ? 'numeric' : null }, content);
        })),
      ),
    );
    if (!rows.length) body.append(h('tr', {}, h('td', { colspan: options.columns.length, class: 'empty' }, options.empty)));
  };
  fill();
  const table = h('table', {}, h('caption', {}, options.caption), h('thead', {}, h('tr', {}, headers)), body);
  return h('div', { class: 'table-block' },
    options.csvHref ? h('p', { class: 'actions' }, csvLink(options.csvHref, options.csvLabel ?? options.caption)) : null,
    h('div', { class: 'table-scroll', role: 'region', 'aria-label': options.caption, tabindex: 0 }, table),
  );
}

/** A link that downloads the server's CSV (UTF-8, one header row). */
export function csvLink(href: string, what: string): HTMLAnchorElement {
  return h('a', { class: 'button secondary', href, download: '' }, t('csv.download', { what }));
}
