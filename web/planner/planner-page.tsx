import { useEffect, useMemo, useRef, useState } from 'react';
import type { AddedSite } from '../../server/core/analysis/scenario.ts';
import { usePoints } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ColocationPanel } from './colocation-panel.tsx';
import { GapsPanel } from './gaps-panel.tsx';
import {
  addedFeatures,
  groupFeatures,
  placeFeatures,
  selectionBounds,
  siteFeatures,
  suggestedFeatures,
  whatIfPointFeatures,
} from './map-data.ts';
import { MethodNote } from './method-note.tsx';
import {
  type CoverageParams,
  downloadScenarioCsv,
  useColocation,
  useGaps,
  useScenario,
  useSuggest,
} from './planner-api.ts';
import { PlannerLegend } from './planner-legend.tsx';
import { PlannerMap, type PlannerMode } from './planner-map.ts';
import { PlannerTabs } from './planner-tabs.tsx';
import { readPlannerView, writePlannerView } from './planner-url.ts';
import { QualityReport } from './quality-report.tsx';
import { SuggestPanel } from './suggest-panel.tsx';
import { useDebounced } from './use-debounced.ts';
import type { PlannedSite } from './whatif-panel.tsx';
import { WhatIfPanel } from './whatif-panel.tsx';

declare global {
  interface Window {
    /** The live planner map, for browser tests and debugging. */
    __plannerMap?: PlannerMap;
  }
}

/** The network planner's workspace: co-location, coverage gaps, what-if and suggestions over one map. */
export function PlannerPage() {
  const { t, lang, pick } = useI18n();
  const [initial] = useState(() => readPlannerView(window.location.search));
  const [mode, setMode] = useState<PlannerMode>(initial.mode);
  const [radius, setRadius] = useState(initial.radius);
  const [levels, setLevels] = useState<string[]>(initial.levels);
  const [colService, setColService] = useState<string | undefined>(initial.colService);
  const [selected, setSelected] = useState<string | null>(null);
  const [coverage, setCoverage] = useState<CoverageParams>(initial.coverage);
  const [k, setK] = useState(initial.k);
  // The view, what-if included, is kept in the URL (replaced, not a history step per slider move): shared or
  // reloaded, it comes back.
  const nextUid = useRef(1);
  const plan = (site: AddedSite): PlannedSite => ({ ...site, uid: nextUid.current++ });
  const [added, setAdded] = useState<PlannedSite[]>(() => initial.add.map(plan));
  const [closing, setClosing] = useState<string[]>(initial.close);
  useEffect(() => {
    const url = new URL(window.location.href);
    const view = { mode, radius, levels, colService, coverage, k, add: added, close: closing };
    const next = writePlannerView(view, url.search);
    if (next === url.searchParams.toString()) return;
    url.search = next;
    window.history.replaceState(window.history.state, '', url);
  }, [mode, radius, levels, colService, coverage, k, added, closing]);

  const colParams = useDebounced(
    { radius_m: radius, levels: levels.length > 0 ? levels.join(',') : undefined, service: colService },
    300,
  );
  const covParams = useDebounced(coverage, 300);
  const colocation = useColocation(colParams);
  const gaps = useGaps(covParams);
  const suggest = useSuggest({ ...covParams, k }, mode === 'suggest');
  const scenario = useScenario();
  const points = usePoints();

  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<PlannerMap | null>(null);
  // The map calls these through a ref, so they always see the current language.
  const handlers = useRef({
    onGroup: (_id: string) => {},
    onAddSite: (_lon: number, _lat: number) => {},
    onTogglePoint: (_id: string) => {},
  });
  handlers.current = {
    onGroup: (id) => setSelected(id),
    // No name, as a site added by its coordinates (see WhatIfPanel).
    onAddSite: (lon, lat) => setAdded((a) => [...a, plan({ lon, lat })]),
    onTogglePoint: (id) => setClosing((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id])),
  };

  // The map is created once; data and language are handed to it by the effects below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once on purpose, see above
  useEffect(() => {
    if (!container.current) return;
    const m = new PlannerMap({
      container: container.current,
      apiBase: `${window.location.origin}/api/v1`,
      lang,
      ariaLabel: t('planner.map.label'),
      onGroup: (id) => handlers.current.onGroup(id),
      onAddSite: (lon, lat) => handlers.current.onAddSite(lon, lat),
      onTogglePoint: (id) => handlers.current.onTogglePoint(id),
    });
    mapRef.current = m;
    window.__plannerMap = m;
    return () => {
      m.destroy();
      mapRef.current = null;
      window.__plannerMap = undefined;
    };
  }, []);
  useEffect(() => mapRef.current?.setLanguage(lang, t('planner.map.label')), [lang, t]);
  useEffect(() => mapRef.current?.setMode(mode), [mode]);

  const groupsFc = useMemo(() => groupFeatures(colocation.data), [colocation.data]);
  const sitesFc = useMemo(
    () => siteFeatures(colocation.data, selected, points.data),
    [colocation.data, selected, points.data],
  );
  const placesFc = useMemo(
    () => placeFeatures(gaps.data, mode === 'whatif' ? scenario.data : undefined),
    [gaps.data, scenario.data, mode],
  );
  const closingSet = useMemo(() => new Set(closing), [closing]);
  const pointsFc = useMemo(
    () =>
      whatIfPointFeatures(
        points.data,
        (p) =>
          (!covParams.service || p.services.includes(covParams.service)) &&
          (!covParams.level || p.level === covParams.level) &&
          (!covParams.jurisdiction || p.jurisdiction === covParams.jurisdiction) &&
          (!covParams.site_type || covParams.site_type.split(',').includes(p.site_type)),
        closingSet,
      ),
    [points.data, covParams, closingSet],
  );
  const addedFc = useMemo(() => addedFeatures(added), [added]);
  const suggestedFc = useMemo(() => suggestedFeatures(suggest.data), [suggest.data]);
  useEffect(() => mapRef.current?.setData('groups', groupsFc), [groupsFc]);
  useEffect(() => mapRef.current?.setData('sites', sitesFc), [sitesFc]);
  useEffect(() => mapRef.current?.setData('places', placesFc), [placesFc]);
  useEffect(() => mapRef.current?.setData('points', pointsFc), [pointsFc]);
  useEffect(() => mapRef.current?.setData('added', addedFc), [addedFc]);
  useEffect(() => mapRef.current?.setData('suggested', suggestedFc), [suggestedFc]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: zoom only when the selection changes, not on refetch
  useEffect(() => {
    mapRef.current?.selectGroup(selected, selectionBounds(colocation.data, selected, points.data));
  }, [selected]);

  const pointById = useMemo(
    () => new Map((points.data?.features ?? []).map((f) => [f.id, f])),
    [points.data],
  );
  // A shared link may close a point no longer published, which the server refuses in a scenario: a scenario that
  // closes sites waits for the points and leaves such ids out, and the list and the URL drop them.
  const published = points.data ? pointById : undefined;
  useEffect(() => {
    if (published)
      setClosing((c) => (c.every((id) => published.has(id)) ? c : c.filter((id) => published.has(id))));
  }, [published]);

  // A what-if is recomputed whenever its sites or settings change (the server changes nothing).
  const scenarioInput = useMemo(
    () => ({
      params: covParams,
      add: added.map(({ lat, lon, name }) => ({ lat, lon, name })),
      close: published ? closing.filter((id) => published.has(id)) : closing,
    }),
    [covParams, added, closing, published],
  );
  const mutate = scenario.mutate;
  const ready = closing.length === 0 || published !== undefined;
  useEffect(() => {
    if (mode === 'whatif' && ready) mutate(scenarioInput);
  }, [mode, scenarioInput, mutate, ready]);
  const closable = useMemo(
    () =>
      pointsFc.features.flatMap((f) => {
        if (f.properties?.closing) return [];
        const id = String(f.properties?.id);
        const point = pointById.get(id);
        return [{ id, name: point ? pick(point.properties) : id }];
      }),
    [pointsFc, pointById, pick],
  );
  const closingNamed = closing.map((id) => {
    const f = pointById.get(id);
    return { id, name: f ? pick(f.properties) : id };
  });

  return (
    <div className="planner">
      <div className="planner-map-col">
        <div className="planner-map-wrap">
          <div ref={container} className="map" />
        </div>
        <PlannerLegend mode={mode} />
      </div>
      <section className="planner-side" aria-labelledby="planner-heading">
        <p className="planner-badge" role="note">
          {t('planner.internal')}
        </p>
        <h1 id="planner-heading">{t('planner.heading')}</h1>
        <MethodNote />
        <PlannerTabs value={mode} onChange={setMode} />
        <div role="tabpanel" id={`planner-panel-${mode}`} aria-labelledby={`planner-tab-${mode}`}>
          {mode === 'colocation' && (
            <ColocationPanel
              params={colParams}
              levels={levels}
              setRadius={setRadius}
              setLevels={setLevels}
              setService={setColService}
              result={colocation.data}
              fetching={colocation.isFetching}
              error={colocation.error}
              selected={selected}
              onSelect={setSelected}
              points={points.data}
            />
          )}
          {mode === 'gaps' && (
            <GapsPanel
              params={coverage}
              setParams={setCoverage}
              result={gaps.data}
              fetching={gaps.isFetching}
              error={gaps.error}
            />
          )}
          {mode === 'whatif' && (
            <WhatIfPanel
              params={coverage}
              setParams={setCoverage}
              added={added}
              closing={closingNamed}
              onAdd={(s) => setAdded((a) => [...a, plan(s)])}
              onRemoveAdded={(i) => setAdded((a) => a.filter((_, j) => j !== i))}
              onReopen={(id) => setClosing((c) => c.filter((x) => x !== id))}
              closable={closable}
              onCloseSite={(id) => setClosing((c) => (c.includes(id) ? c : [...c, id]))}
              onReset={() => {
                setAdded([]);
                setClosing([]);
              }}
              onDownload={() => void downloadScenarioCsv(scenarioInput)}
              result={scenario.data}
              pending={scenario.isPending}
              error={scenario.error}
            />
          )}
          {mode === 'suggest' && (
            <SuggestPanel
              params={coverage}
              setParams={setCoverage}
              k={k}
              setK={setK}
              result={suggest.data}
              fetching={suggest.isFetching}
              error={suggest.error}
              onTry={(s) => {
                setAdded((a) => [...a, plan({ lat: s.lat, lon: s.lon, name: s.name })]);
                setMode('whatif');
              }}
            />
          )}
        </div>
        <QualityReport />
      </section>
    </div>
  );
}
