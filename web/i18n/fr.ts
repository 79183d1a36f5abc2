import { commonFr } from './catalogues/common-fr.ts';
import { plannerFr } from './catalogues/planner-fr.ts';
import type { MessageKey } from './en.ts';

/** Le catalogue français : un module par parcours sous catalogues/, réunis ici. */
export const fr: Record<MessageKey, string> = {
  ...commonFr,
  ...plannerFr,
};
