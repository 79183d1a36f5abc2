import { useEffect, useRef, useState } from 'react';
import { useAbout, usePoint } from '../api/client.ts';
import { Legend } from '../components/legend.tsx';
import { PointDetails } from '../components/point-details.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ServiceMap } from '../map/service-map.ts';
import { navigate } from '../router.ts';

declare global {
  interface Window {
    /** The live map, for browser tests (queryRenderedFeatures) and for debugging. */
    __serviceMap?: ServiceMap;
  }
}

/** The map of every published point, with a legend and the details of the selected point. */
export function ExplorePage() {
  const { t, tp, lang } = useI18n();
  // The map fetches the points itself (ServiceMap); the counts come from /about.
  const about = useAbout();
  const [points, setPoints] = useState<{ loaded: true } | { loaded: false; message: string } | undefined>();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<ServiceMap | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  // The map is created once; language and data changes are handed to it by the effects below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once on purpose, see above
  useEffect(() => {
    if (!container.current) return;
    const m = new ServiceMap({
      container: container.current,
      apiBase: `${window.location.origin}/api/v1`,
      lang,
      ariaLabel: t('map.label'),
      onSelect: setSelected,
      onPoints: setPoints,
    });
    mapRef.current = m;
    window.__serviceMap = m;
    return () => {
      m.destroy();
      mapRef.current = null;
    };
  }, []);
  useEffect(() => mapRef.current?.setLanguage(lang, t('map.label')), [lang, t]);
  useEffect(() => mapRef.current?.select(selected), [selected]);

  const feature = usePoint(selected).data;
  const sampleCount = about.data?.sample_points ?? 0;
  const count = about.data?.points;
  const status = about.error
    ? t('map.error', { message: about.error.message })
    : points?.loaded === false
      ? t('map.error', { message: points.message })
      : points?.loaded && count !== undefined
        ? tp('map.count', count)
        : t('map.loading');

  return (
    <div className="explore">
      <div className="map-wrap">
        <div ref={container} className="map" />
      </div>
      <section className="side" aria-labelledby="explore-heading">
        <h1 id="explore-heading">{t('map.heading')}</h1>
        {sampleCount > 0 && (
          <p className="banner sample" role="note">
            {t('sample.banner')}
          </p>
        )}
        <p aria-live="polite">{status}</p>
        <p className="hint">{t('map.keyboardHint')}</p>
        <p>
          <button
            type="button"
            className="link"
            onClick={() => {
              const centre = mapRef.current?.map.getCenter();
              if (!centre) return;
              // Rounded as the finder rounds a device's position: the list is the same, the URL shorter.
              navigate('/', {
                lat: centre.lat.toFixed(4),
                lon: centre.lng.toFixed(4),
                place: t('map.centrePlace'),
              });
            }}
          >
            {t('map.listHere')}
          </button>
        </p>
        {feature && <PointDetails key={feature.id} feature={feature} onClose={() => setSelected(null)} />}
        <Legend />
      </section>
    </div>
  );
}
