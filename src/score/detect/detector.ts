import type { ModelshipConfig } from '../../core/config-types.js';
import type { SourceLocation } from '../../core/errors.js';
import type { AutoDetectConfig } from '../config.js';
import type { EvidenceContext } from '../evidence/verifier.js';
import type { EvidenceRecord, Finding } from '../types.js';

export interface DetectContext extends EvidenceContext {
  /** The whole modelship.yml (gates, bench, environments are read from it). */
  config: ModelshipConfig;
  /** Line of a key in modelship.yml, from its top level. */
  locateConfig(keyPath: ReadonlyArray<string | number>): SourceLocation;
}

export interface Detected {
  test: string;
  record: EvidenceRecord;
}

/** Finds evidence by itself; each detector is one file, switched by `score.autoDetect.<name>`. */
export interface Detector {
  name: keyof AutoDetectConfig;
  detect(ctx: DetectContext): Promise<{ detected: Detected[]; findings: Finding[] }>;
}

export function detected(test: string, kind: string, credited: boolean, description: string, extra: Partial<EvidenceRecord> = {}): Detected {
  return { test, record: { kind, source: 'detected', level: 'automated', credited, description, ...extra } };
}
