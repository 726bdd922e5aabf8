import path from 'node:path';
import { checkKnownConfigFile as checkConfigFile, DEPENDABOT_FILES, RENOVATE_FILES } from '../evidence/config-file.js';
import type { Finding } from '../types.js';
import { detected, type Detected, type Detector } from './detector.js';

/** monitor-1: Dependabot or Renovate watches the dependencies and opens pull requests on changes. */
export const dependenciesDetector: Detector = {
  name: 'dependencies',
  async detect(ctx) {
    const out: Detected[] = [];
    const findings: Finding[] = [];
    for (const file of [...DEPENDABOT_FILES, ...RENOVATE_FILES]) {
      const text = await ctx.repo.readText(file);
      if (text === undefined) continue;
      const tool = DEPENDABOT_FILES.includes(file) ? 'Dependabot' : 'Renovate';
      const problem = checkConfigFile(file, text);
      const location = { file: path.join(ctx.repo.root, file) };
      out.push(detected('monitor-1', tool.toLowerCase(), problem === undefined, `${tool} configuration ${file}`, { problem, location }));
      if (problem) findings.push({ severity: 'warning', code: 'dependency-config-invalid', test: 'monitor-1', message: `${file} is no evidence for monitor-1: ${problem}`, location });
    }
    return { detected: out, findings };
  },
};
