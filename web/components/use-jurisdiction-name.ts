import { useJurisdictions } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A government's name in the page's language, from its id (`fed-esdc` → "Service Canada (…)"). The id itself
 * until the list has loaded, or for an id the list does not have.
 */
export function useJurisdictionName(): (id: string) => string {
  const { pick } = useI18n();
  const jurisdictions = useJurisdictions().data ?? [];
  return (id) => {
    const j = jurisdictions.find((x) => x.id === id);
    return j ? pick(j) : id;
  };
}
