import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n.tsx';

interface Operation {
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  responses?: Record<string, { description?: string }>;
}
type Spec = { info: { description: string }; paths: Record<string, Record<string, Operation>> };

/** The API reference, rendered by us from our own openapi.json (no CDN, no third-party viewer). */
export function ApiReferencePage() {
  const { t } = useI18n();
  const spec = useQuery({
    queryKey: ['openapi'],
    queryFn: async () => (await (await fetch('/api/v1/openapi.json')).json()) as Spec,
  });
  const operations = Object.entries(spec.data?.paths ?? {}).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op })),
  );
  return (
    <article className="page developers">
      <h1>{t('dev.title')}</h1>
      <p>{t('dev.intro')}</p>
      <ul>
        <li>
          <a href="/api/v1/openapi.json">{t('dev.spec')}</a>
        </li>
        <li>
          <a href="/api/v1/export.csv">{t('dev.csv')}</a>
        </li>
        <li>
          <a href="/api/v1/export.geojson">{t('dev.geojson')}</a>
        </li>
      </ul>
      <p className="help" lang={document.documentElement.lang === 'fr' ? 'fr' : undefined}>
        {t('dev.englishNote')}
      </p>
      {spec.isPending && <p>{t('dev.loading')}</p>}
      {operations.map(({ path, method, op }) => (
        <section
          key={`${method} ${path}`}
          className="operation"
          aria-labelledby={`op-${method}-${path}`}
          lang="en"
        >
          <h2 id={`op-${method}-${path}`}>
            <code className={`http-method ${method}`}>{method.toUpperCase()}</code> <code>/api/v1{path}</code>
          </h2>
          {op.summary && <p>{op.summary}</p>}
          {op.description && <p className="help">{op.description}</p>}
          {op.security && <p className="note">{t('dev.auth')}</p>}
          {op.parameters && op.parameters.length > 0 && (
            <table className="data-table">
              <caption>{t('dev.parameters')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dev.param.name')}</th>
                  <th scope="col">{t('dev.param.in')}</th>
                  <th scope="col">{t('dev.param.required')}</th>
                  <th scope="col">{t('dev.param.description')}</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={`${p.in}-${p.name}`}>
                    <td>
                      <code>{p.name}</code>
                    </td>
                    <td>{p.in}</td>
                    <td>{p.required ? t('dev.yes') : t('dev.no')}</td>
                    <td>{p.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="help">
            {t('label', { label: t('dev.responses') })}{' '}
            {Object.entries(op.responses ?? {})
              .map(([code, r]) => `${code} ${r.description ?? ''}`)
              .join(' · ')}
          </p>
        </section>
      ))}
    </article>
  );
}
