import { commonFr } from './catalogues/common-fr.ts';
import { finderFr } from './catalogues/finder-fr.ts';
import type { MessageKey } from './en.ts';

/** Le catalogue français : un module par parcours sous catalogues/, réunis ici. */
export const fr: Record<MessageKey, string> = {
  ...commonFr,
  ...finderFr,
};
