import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

interface Props {
  q: string;
  onSearch: (q: string) => void;
  /** Called with the device's position, rounded to ~1 km (2 decimals) before it leaves this component. */
  onLocate: (lat: number, lon: number) => void;
}

/** The location box (postal code, FSA or place) and the "use my location" button. */
export function LocationSearch({ q, onSearch, onLocate }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(q);
  const [problem, setProblem] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setProblem(t('finder.emptyQuery'));
      return;
    }
    setProblem(null);
    onSearch(text.trim());
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setProblem(t('finder.locationUnsupported'));
      return;
    }
    setProblem(null);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setText('');
        const round = (v: number) => Math.round(v * 100) / 100;
        onLocate(round(pos.coords.latitude), round(pos.coords.longitude));
      },
      (err) => {
        setLocating(false);
        // The reason in the page's words: the browser's message is its own language's ("User denied Geolocation").
        const reason =
          err.code === err.PERMISSION_DENIED
            ? t('finder.locationReason.denied')
            : err.code === err.TIMEOUT
              ? t('finder.locationReason.timeout')
              : t('finder.locationReason.unavailable');
        setProblem(t('finder.locationDenied', { reason }));
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  return (
    <search aria-labelledby="where-label">
      <form className="location-search" onSubmit={submit}>
        <label id="where-label" htmlFor="where">
          {t('finder.where')}
        </label>
        <p id="where-hint" className="hint">
          {t('finder.whereHint')}
        </p>
        <div className="search-row">
          <input
            id="where"
            type="search"
            autoComplete="postal-code"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={problem ? 'where-hint where-problem' : 'where-hint'}
            aria-invalid={problem ? true : undefined}
          />
          <button type="submit" className="btn primary">
            {t('finder.search')}
          </button>
        </div>
        <button type="button" className="btn secondary locate" onClick={locate} disabled={locating}>
          {locating ? t('finder.locating') : t('finder.useLocation')}
        </button>
        <p className="hint small">{t('finder.locationPrivacy')}</p>
        {problem && (
          <p id="where-problem" className="error-text" role="alert">
            {problem}
          </p>
        )}
      </form>
    </search>
  );
}
