import { type ReactNode, useMemo, useState } from 'react';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export interface Column<T> {
  key: string;
  label: string;
  /** The value sorted on. */
  value: (row: T) => number | string;
  /** What the cell shows (default: the value, numbers formatted for the language). */
  render?: (row: T) => ReactNode;
  numeric?: boolean;
}

interface Props<T> {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  initialSort: { key: string; descending: boolean };
  selectedKey?: string | null;
  /** Shows only the first rows; the rest are in the exports. */
  limit?: number;
}

/**
 * A table whose column headers are sort buttons (`aria-sort` on the header), usable with a keyboard and a
 * screen reader. Sorting happens on what is on screen; nothing is fetched again.
 */
export function SortableTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  selectedKey,
  limit,
}: Props<T>) {
  const { t, n } = useI18n();
  const [sort, setSort] = useState(initialSort);
  const sorted = useMemo(() => {
    const col = columns.find((c) => c.key === sort.key);
    if (!col) return rows;
    return [...rows].sort((a, b) => {
      const va = col.value(a);
      const vb = col.value(b);
      const cmp =
        typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
      return sort.descending ? -cmp : cmp;
    });
  }, [rows, columns, sort]);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  return (
    <ScrollRegion label={caption}>
      <table className="planner-table">
        <caption>
          {caption}
          {limit && rows.length > limit
            ? ` ${t('planner.table.first', { shown: n(limit), total: n(rows.length) })}`
            : ''}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = c.key === sort.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="sort"
                    onClick={() =>
                      setSort({ key: c.key, descending: active ? !sort.descending : Boolean(c.numeric) })
                    }
                  >
                    {c.label}
                    <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key} className={key === selectedKey ? 'selected' : undefined}>
                {columns.map((c) => {
                  const v = c.value(row);
                  return (
                    <td key={c.key} className={c.numeric ? 'num' : undefined}>
                      {c.render ? c.render(row) : typeof v === 'number' ? n(v, 1) : v}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
