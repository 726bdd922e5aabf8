import type { LoadedConfig } from '../core/config.js';
import { tableCell } from '../core/markdown.js';

/** The job summary of a valid configuration: one row per model. */
export function renderValidMarkdown(loaded: LoadedConfig): string {
  return [
    `### ✅ modelship.yml is valid`,
    '',
    '| Model | Path | Format |',
    '| --- | --- | --- |',
    ...Object.entries(loaded.config.models).map(([n, m]) => `| ${tableCell(n)} | \`${tableCell(m.path)}\` | ${m.format ?? 'detected'} |`),
  ].join('\n');
}
