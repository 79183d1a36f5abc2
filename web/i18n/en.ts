import { commonEn } from './catalogues/common-en.ts';
import { plannerEn } from './catalogues/planner-en.ts';

/**
 * The English catalogue: one module per user journey under catalogues/, merged here. Every key must exist in
 * the French catalogue (fr.ts enforces it by type). `{name}` placeholders are interpolated.
 */
export const en = {
  ...commonEn,
  ...plannerEn,
} as const;

export type MessageKey = keyof typeof en;
