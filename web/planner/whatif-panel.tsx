import { type FormEvent, useId, useState } from 'react';
import type { AddedSite, ScenarioResult } from '../../server/core/analysis/scenario.ts';
import { ScrollRegion } from '../components/scroll-region.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { AnalysisStatus } from './analysis-status.tsx';
import { CloseSiteForm } from './close-site-form.tsx';
import { CoverageControls } from './coverage-controls.tsx';
import type { CoverageParams } from './planner-api.ts';
import { useProvinceName } from './province-name.ts';

/** A site added in the what-if, with a number that keys it in lists. */
export type PlannedSite = AddedSite & { uid: number };

interface Props {
  params: CoverageParams;
  setParams: (p: CoverageParams) => void;
  added: PlannedSite[];
  closing: { id: string; name: string }[];
  onAdd: (site: AddedSite) => void;
  onRemoveAdded: (index: number) => void;
  onReopen: (id: string) => void;
  /** Sites that take part and are still open in the scenario, for the keyboard way of closing one. */
  closable: { id: string; name: string }[];
  onCloseSite: (id: string) => void;
  onReset: () => void;
  onDownload: () => void;
  result: ScenarioResult | undefined;
  pending: boolean;
  error: Error | null;
}

/** A number typed with a decimal point or a decimal comma; NaN for anything else. */
function decimal(text: string): number {
  const t = text.trim().replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

/** What-if: add sites (map click or coordinates), close sites (map click), see coverage before and after. */
export function WhatIfPanel(p: Props) {
  const { t, n } = useI18n();
  const province = useProvinceName();
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const ids = { lat: useId(), lon: useId() };
  // A decimal comma is how French writes a decimal (43,17126): read it as the point it means.
  const latN = decimal(lat);
  const lonN = decimal(lon);
  const latOk = latN >= 41 && latN <= 84;
  const lonOk = lonN >= -142 && lonN <= -52;
  const valid = latOk && lonOk;
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!valid) return;
    setTried(false);
    // No name: the list names it by its coordinates in the reader's language (a shared link's too).
    p.onAdd({ lat: latN, lon: lonN });
    setLat('');
    setLon('');
  };
  const r = p.result;
  const signed = (v: number) => (v > 0 ? `+${n(v)}` : n(v));
  return (
    <div className="panel-body">
      <p className="hint">{t('planner.whatif.intro')}</p>
      <CoverageControls value={p.params} onChange={p.setParams} />
      <form className="controls coords" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.lat}>{t('planner.whatif.lat')}</label>
          <input id={ids.lat} inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.lon}>{t('planner.whatif.lon')}</label>
          <input id={ids.lon} inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value)} />
        </div>
        <button type="submit" className="primary">
          {t('planner.whatif.add')}
        </button>
        {/* Said, not a greyed-out button: what is wrong and what is expected. */}
        {tried && !valid && (
          <p className="error-text" role="alert">
            {!latOk && t('planner.whatif.badLat', { value: lat })}{' '}
            {!lonOk && t('planner.whatif.badLon', { value: lon })}
          </p>
        )}
      </form>
      <CloseSiteForm sites={p.closable} onClose={p.onCloseSite} />
      <div className="whatif-lists">
        <section aria-labelledby="whatif-added">
          <h2 id="whatif-added">{t('planner.whatif.added', { count: n(p.added.length) })}</h2>
          <ul>
            {p.added.map((s, i) => (
              <li key={s.uid}>
                {s.name ?? t('planner.whatif.siteAt', { lat: n(s.lat, 3), lon: n(s.lon, 3) })}{' '}
                <button type="button" className="link" onClick={() => p.onRemoveAdded(i)}>
                  {t('planner.whatif.remove')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="whatif-closed">
          <h2 id="whatif-closed">{t('planner.whatif.closed', { count: n(p.closing.length) })}</h2>
          <ul>
            {p.closing.map((c) => (
              <li key={c.id}>
                {c.name}{' '}
                <button type="button" className="link" onClick={() => p.onReopen(c.id)}>
                  {t('planner.whatif.reopen')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {(p.added.length > 0 || p.closing.length > 0) && (
        <button type="button" onClick={p.onReset}>
          {t('planner.whatif.reset')}
        </button>
      )}
      <AnalysisStatus fetching={p.pending} error={p.error}>
        {r &&
          t('planner.whatif.summary', {
            before: n(r.before.covered_population),
            after: n(r.after.covered_population),
            change: signed(r.covered_population_change),
            km: n(r.max_km),
          })}
      </AnalysisStatus>
      {r && (
        <>
          <ScrollRegion label={t('planner.whatif.tableCaption')}>
            <table className="planner-table" data-testid="whatif-table">
              <caption>{t('planner.whatif.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('planner.col.province')}</th>
                  <th scope="col" className="num">
                    {t('planner.whatif.before')}
                  </th>
                  <th scope="col" className="num">
                    {t('planner.whatif.after')}
                  </th>
                  <th scope="col" className="num">
                    {t('planner.whatif.change')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.before.by_province.map((b, i) => {
                  const a = r.after.by_province[i];
                  const change = (a?.covered_population ?? 0) - b.covered_population;
                  return (
                    <tr key={b.province} className={change !== 0 ? 'changed' : undefined}>
                      <th scope="row">{province(b.province)}</th>
                      <td className="num">{n(b.covered_population)}</td>
                      <td className="num">{n(a?.covered_population ?? 0)}</td>
                      <td className="num">{signed(change)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="exports">
            <button type="button" className="link" onClick={p.onDownload}>
              {t('planner.export.csv', { what: t('planner.whatif.exportWhat') })}
            </button>
          </p>
          {r.newly_covered.length > 0 && (
            <p>
              {t('planner.whatif.gained', {
                places: r.newly_covered.map((c) => `${c.name} (${n(c.population)})`).join(', '),
              })}
            </p>
          )}
          {r.newly_uncovered.length > 0 && (
            <p>
              {t('planner.whatif.lost', {
                places: r.newly_uncovered.map((c) => `${c.name} (${n(c.population)})`).join(', '),
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
