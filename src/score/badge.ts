import { bandFor } from './bands.js';

/** Approximate advance widths of Verdana 11px (the usual badge font), so the badge fits its text. */
function textWidth(s: string): number {
  let w = 0;
  for (const c of s) w += /[il.,:;|!']/.test(c) ? 3.5 : /[mwMW]/.test(c) ? 10 : /[A-Z0-9]/.test(c) ? 7.5 : 6.5;
  return Math.ceil(w);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function formatScore(score: number): string {
  return Number.isInteger(score) ? `${score}` : `${Math.round(score * 100) / 100}`;
}

/** A self-contained SVG badge "ML Test Score | 2.5 / 7", coloured by Table V band. No third-party service. */
export function renderBadge(score: number, label = 'ML Test Score'): string {
  const band = bandFor(score);
  const value = `${formatScore(score)} / 7`;
  const lw = textWidth(label) + 12;
  const vw = textWidth(value) + 12;
  const w = lw + vw;
  const title = `${label}: ${value} — ${band.label}: ${band.description}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${escapeXml(`${label}: ${value}`)}">`,
    `  <title>${escapeXml(title)}</title>`,
    '  <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
    `  <clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    '  <g clip-path="url(#r)">',
    `    <rect width="${lw}" height="20" fill="#555"/>`,
    `    <rect x="${lw}" width="${vw}" height="20" fill="${band.color}"/>`,
    `    <rect width="${w}" height="20" fill="url(#s)"/>`,
    '  </g>',
    '  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
    `    <text x="${lw / 2}" y="14">${escapeXml(label)}</text>`,
    `    <text x="${lw + vw / 2}" y="14">${escapeXml(value)}</text>`,
    '  </g>',
    '</svg>',
    '',
  ].join('\n');
}
