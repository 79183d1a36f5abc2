import { commonEn } from './catalogues/common-en.ts';
import { developersEn } from './catalogues/developers-en.ts';
import { finderEn } from './catalogues/finder-en.ts';
import { plannerEn } from './catalogues/planner-en.ts';
import { portalEn } from './catalogues/portal-en.ts';

/**
 * The English catalogue: one module per user journey under catalogues/, merged here. Every key must exist in
 * the French catalogue (fr.ts enforces it by type). `{name}` placeholders are interpolated.
 */
export const en = {
  ...commonEn,
  ...portalEn,
  ...developersEn,
  ...finderEn,
  ...plannerEn,
} as const;

export type MessageKey = keyof typeof en;
