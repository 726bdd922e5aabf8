/** Table V of the 2017 paper: what a final score means. Intervals are left-open, right-closed. */
export interface Band {
  /** The paper's "Points" column, e.g. `(1,2]`. */
  label: string;
  description: string;
  /** Badge colour (ours). */
  color: string;
}

const BANDS: ReadonlyArray<Band & { upTo: number }> = [
  { upTo: 0, label: '0', description: 'More of a research project than a productionized system.', color: '#e05d44' },
  { upTo: 1, label: '(0,1]', description: 'Not totally untested, but it is worth considering the possibility of serious holes in reliability.', color: '#fe7d37' },
  { upTo: 2, label: '(1,2]', description: "There's been first pass at basic productionization, but additional investment may be needed.", color: '#dfb317' },
  { upTo: 3, label: '(2,3]', description: "Reasonably tested, but it's possible that more of those tests and procedures may be automated.", color: '#a4a61d' },
  { upTo: 5, label: '(3,5]', description: 'Strong levels of automated testing and monitoring, appropriate for mission-critical systems.', color: '#97ca00' },
  { upTo: Infinity, label: '>5', description: 'Exceptional levels of automated testing and monitoring.', color: '#4c1' },
];

export function bandFor(score: number): Band {
  const found = BANDS.find((b) => score <= b.upTo) ?? BANDS[BANDS.length - 1];
  return { label: found.label, description: found.description, color: found.color };
}

export const BAND_LABELS: readonly string[] = BANDS.map((b) => b.label);
