import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { CHANGE_COLORS, DiffMap } from './diff-map.ts';
import { diffGeojson } from './portal-api.ts';
import type { PortalSession } from './use-session.ts';

/** Changes listed in the table; the map shows them all. */
const SHOWN = 200;

type Change = keyof typeof CHANGE_COLORS;
interface DiffFeature {
  properties: { id: string; name_en: string; name_fr: string; change: Change; fields?: string[] };
}

/** The preview's changes on a map, with the same changes as a table (the accessible alternative). */
export function DiffView({ session, uploadId }: { session: PortalSession; uploadId: string }) {
  const { t, n, lang, pick } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<DiffMap | null>(null);
  const [data, setData] = useState<GeoJSON.FeatureCollection | null>(null);

  useEffect(() => {
    void diffGeojson(session.token, session.jurisdiction, uploadId).then(setData);
  }, [session, uploadId]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; data is handed to it below
  useEffect(() => {
    if (!container.current) return;
    const m = new DiffMap(container.current, lang, t('portal.changesMapLabel'));
    map.current = m;
    (window as unknown as { __diffMap?: DiffMap }).__diffMap = m;
    return () => m.destroy();
  }, []);
  useEffect(() => {
    if (data) map.current?.setData(data);
  }, [data]);

  const features = (data?.features ?? []) as unknown as DiffFeature[];
  return (
    <section className="card" aria-labelledby="diff-title">
      <h2 id="diff-title">{t('portal.changes')}</h2>
      <ul className="legend inline">
        {(Object.keys(CHANGE_COLORS) as Change[]).map((c) => (
          <li key={c}>
            <span
              className={c === 'removed' ? 'swatch ring' : 'swatch'}
              style={c === 'removed' ? { borderColor: CHANGE_COLORS[c] } : { background: CHANGE_COLORS[c] }}
              aria-hidden="true"
            />
            {t(`portal.change.${c}`)}
          </li>
        ))}
      </ul>
      <div ref={container} className="diff-map" />
      {features.length > 0 && (
        <table className="data-table">
          <caption>
            {t('portal.changesTable')}
            {/* Only the first rows are drawn as a table: a 50,000-row file's would freeze the page. */}
            {features.length > SHOWN &&
              ` ${t('portal.changesFirst', { shown: n(SHOWN), total: n(features.length) })}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('portal.changesCol.change')}</th>
              <th scope="col">{t('portal.changesCol.point')}</th>
              <th scope="col">{t('portal.changesCol.fields')}</th>
            </tr>
          </thead>
          <tbody>
            {features.slice(0, SHOWN).map((f) => (
              <tr key={`${f.properties.change}-${f.properties.id}`}>
                <td>{t(`portal.change.${f.properties.change}`)}</td>
                <td>{pick(f.properties)}</td>
                <td>
                  {f.properties.fields
                    ? t('portal.changedFields', { fields: f.properties.fields.join(', ') })
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
