import { useI18n } from '../i18n/i18n.tsx';

const CODES = ['nl', 'pe', 'ns', 'nb', 'qc', 'on', 'mb', 'sk', 'ab', 'bc', 'yt', 'nt', 'nu'] as const;

/** The EN/FR name of a province or territory from its two-letter code (any case); the code when unknown. */
export function useProvinceName(): (code: string) => string {
  const { t } = useI18n();
  return (code) => {
    const c = code.toLowerCase();
    return (CODES as readonly string[]).includes(c)
      ? t(`planner.province.${c as (typeof CODES)[number]}`)
      : code;
  };
}
