import type { AutomatedEvidenceConfig } from '../config.js';
import { commandVerifier } from './command.js';
import { configFileVerifier } from './config-file.js';
import { testsVerifier } from './tests.js';
import type { EvidenceVerifier } from './verifier.js';
import { workflowVerifier } from './workflow.js';

/** The kinds of `automated:` evidence, by their key in modelship.yml. Adding a kind is one file and one line. */
export const AUTOMATED_VERIFIERS: { [K in keyof Required<AutomatedEvidenceConfig>]: EvidenceVerifier<NonNullable<AutomatedEvidenceConfig[K]>> } = {
  workflow: workflowVerifier,
  tests: testsVerifier,
  config: configFileVerifier,
  command: commandVerifier,
};
