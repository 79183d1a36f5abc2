/** Level-of-government colours: distinguishable with common colour-blindness and ≥3:1 against the basemap. */
export const LEVEL_COLORS = {
  federal: '#c8102e',
  provincial: '#1f5fa8',
  territorial: '#00796b',
  municipal: '#6a3d9a',
  indigenous: '#a05a00',
} as const;

export const BASEMAP_COLORS = {
  water: '#cfe3f1',
  land: '#f7f5ef',
  neighbour: '#e8e6e1',
  provinceLine: '#8a8a8a',
  label: '#3a3a3a',
} as const;
