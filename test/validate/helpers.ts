import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveValidateSettings, type ValidateSectionConfig } from '../../src/validate/config.js';
import { validateArtifacts } from '../../src/validate/engine.js';
import type { ArtifactReport, ValidationReport } from '../../src/validate/types.js';

export interface Scratch {
  dir: string;
  write(rel: string, data: Buffer | string): Promise<string>;
  cleanup(): Promise<void>;
}

export async function scratch(): Promise<Scratch> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-validate-'));
  return {
    dir,
    async write(rel, data) {
      const file = path.join(dir, rel);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function validatePaths(cwd: string, paths: string[], section?: ValidateSectionConfig, manifest?: string): Promise<ValidationReport> {
  return validateArtifacts({ paths, cwd, settings: resolveValidateSettings(section), manifest });
}

/** Writes one file into a fresh folder and validates it as a file the user named. */
export async function validateOne(name: string, data: Buffer | string, section?: ValidateSectionConfig): Promise<ArtifactReport> {
  const s = await scratch();
  try {
    await s.write(name, data);
    const report = await validatePaths(s.dir, [name], section);
    return report.artifacts[0];
  } finally {
    await s.cleanup();
  }
}

export const rules = (a: ArtifactReport, severity?: string) => a.findings.filter((f) => !severity || f.severity === severity).map((f) => f.rule);
export const errors = (a: ArtifactReport) => rules(a, 'error');
