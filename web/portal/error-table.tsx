import { useMemo, useState } from 'react';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { RowIssue } from './portal-api.ts';

type SortKey = 'row' | 'column' | 'code' | 'severity';
const COLUMNS: SortKey[] = ['row', 'severity', 'column', 'code'];

/** Problems drawn before "show all": a 50,000-row file's 2,300 made the page 317,000 px tall and a sort 0.9 s. */
const FIRST = 200;

/** The row-level problems, sortable by row, severity, column or code. Messages are shown as text, never HTML. */
export function ErrorTable({ issues }: { issues: RowIssue[] }) {
  const { t, n } = useI18n();
  const [all, setAll] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'row', dir: 1 });
  const sorted = useMemo(
    () =>
      [...issues].sort((a, b) => {
        const x = a[sort.key];
        const y = b[sort.key];
        return (
          (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) *
            sort.dir || a.row - b.row
        );
      }),
    [issues, sort],
  );
  const label = (k: SortKey) => t(`portal.col.${k}`);
  return (
    <ScrollRegion label={t('portal.errors')}>
      <table className="data-table issues">
        <caption>{t('portal.errors')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((k) => (
              <th
                key={k}
                scope="col"
                aria-sort={sort.key === k ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="sort"
                  onClick={() => setSort((s) => ({ key: k, dir: s.key === k ? (s.dir === 1 ? -1 : 1) : 1 }))}
                  aria-label={t('portal.sortBy', { column: label(k) })}
                >
                  {label(k)}
                </button>
              </th>
            ))}
            <th scope="col">{t('portal.col.message')}</th>
          </tr>
        </thead>
        <tbody>
          {(all ? sorted : sorted.slice(0, FIRST)).map((i) => (
            <tr key={`${i.row}-${i.column}-${i.code}-${i.message}`} className={i.severity}>
              <td>{i.row}</td>
              <td>{t(`portal.severity.${i.severity}`)}</td>
              <td>{i.column}</td>
              <td>
                {t(`portal.issue.${i.code}`)} <code>{i.code}</code>
              </td>
              <td className="message">{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!all && sorted.length > FIRST && (
        <p>
          {t('portal.problemsFirst', { shown: n(FIRST), total: n(sorted.length) })}{' '}
          <button type="button" onClick={() => setAll(true)}>
            {t('portal.problemsAll', { total: n(sorted.length) })}
          </button>
        </p>
      )}
    </ScrollRegion>
  );
}
