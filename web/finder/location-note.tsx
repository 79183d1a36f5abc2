import { type GeocodeCandidate, type GeocodeResult, useAbout } from '../api/client.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/i18n.tsx';

interface Props {
  result: GeocodeResult | undefined;
  error: Error | null;
  /** The candidate in use (matched by position). */
  chosen: { lat?: number; lon?: number };
  onChoose: (c: GeocodeCandidate) => void;
}

/**
 * What the place search found, said honestly: a postal code is only its area's centre, a rural area is wide,
 * other candidates can be picked, and an empty answer says what was tried and what to type.
 */
export function LocationNote({ result, error, chosen, onChoose }: Props) {
  const { t, n } = useI18n();
  const missing = useAbout().data?.missing ?? [];
  if (error) return <p className="error-text">{t('finder.geocodeError', { message: error.message })}</p>;
  if (!result || result.interpreted_as === 'empty') return null;
  const [first] = result.candidates;
  const unsearchable = first ? undefined : missingData(result.interpreted_as, missing);
  if (unsearchable) {
    return (
      <div className="banner warning" role="alert">
        <p>{t(unsearchable.what)}</p>
        <p>{t(unsearchable.instead)}</p>
      </div>
    );
  }
  if (!first) {
    return (
      <div className="banner warning" role="alert">
        <p>
          {result.interpreted_as === 'malformed_postal_code'
            ? t('finder.noPlaceMalformed', { q: result.query })
            : t('finder.noPlace', { q: result.query })}
        </p>
        <p>{t('finder.noPlaceTried')}</p>
        <p>{t('finder.noPlaceHelp')}</p>
      </div>
    );
  }
  const current = result.candidates.find((c) => c.lat === chosen.lat && c.lon === chosen.lon) ?? first;
  const others = result.candidates.filter((c) => c !== current);
  const km = n(current.uncertainty_m / 1000, current.uncertainty_m < 10_000 ? 1 : 0);
  return (
    <div className="location-note">
      {current.kind === 'fsa' && current.rural && (
        <p className="banner info">{t('finder.rural', { fsa: current.fsa ?? '', km })}</p>
      )}
      {current.kind === 'fsa' && !current.rural && (
        <p className="note">
          {t('finder.approxPostal', {
            code: current.postal_code ?? current.fsa ?? '',
            fsa: current.fsa ?? '',
            km,
          })}
        </p>
      )}
      {others.length > 0 && (
        <div className="candidates">
          <p id="other-candidates">{t('finder.otherCandidates')}</p>
          <ul aria-labelledby="other-candidates">
            {others.map((c) => (
              <li key={`${c.lat},${c.lon}`}>
                <button type="button" className="link-button" onClick={() => onChoose(c)}>
                  {c.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * When nothing was found because the server lacks the reference layer such a query needs (it runs without
 * them, degraded): say so, and offer the kind of search it can still do, rather than "try a postal code".
 */
function missingData(
  interpretedAs: GeocodeResult['interpreted_as'],
  missing: readonly string[],
): { what: MessageKey; instead: MessageKey } | undefined {
  const noPostal = missing.includes('FSA centroids');
  const noPlaces = missing.includes('populated places') && missing.includes('gazetteer');
  if ((interpretedAs === 'postal_code' || interpretedAs === 'fsa') && noPostal)
    return { what: 'finder.noPostalData', instead: noPlaces ? 'finder.tryLocation' : 'finder.tryPlaceName' };
  if (interpretedAs === 'place' && noPlaces)
    return { what: 'finder.noPlaceData', instead: noPostal ? 'finder.tryLocation' : 'finder.tryPostalCode' };
  return undefined;
}
