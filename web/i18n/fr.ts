import { commonFr } from './catalogues/common-fr.ts';
import { developersFr } from './catalogues/developers-fr.ts';
import { finderFr } from './catalogues/finder-fr.ts';
import { plannerFr } from './catalogues/planner-fr.ts';
import { portalFr } from './catalogues/portal-fr.ts';
import type { MessageKey } from './en.ts';

/** Le catalogue français : un module par parcours sous catalogues/, réunis ici. */
export const fr: Record<MessageKey, string> = {
  ...commonFr,
  ...portalFr,
  ...developersFr,
  ...finderFr,
  ...plannerFr,
};
