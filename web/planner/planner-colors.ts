/**
 * Planner map colours: covered / uncovered are blue / orange (safe for the common colour-blindnesses),
 * distinct from the public map's level colours, which the planner keeps only for a group's own sites.
 */
export const PLANNER_COLORS = {
  covered: '#2b6cb0',
  uncovered: '#dd6b20',
  gained: '#1a7f37',
  lost: '#b00020',
  site: '#3c3c3c',
  added: '#6b21a8',
  opportunity: '#c2410c',
  coLocated: '#0f766e',
  community: '#7c3aed',
} as const;
