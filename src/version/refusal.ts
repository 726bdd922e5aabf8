import { ExitCode, ModelshipError } from '../core/errors.js';

export type RefusalCode = 'dirty-tree' | 'tag-on-other-commit' | 'version-backwards' | 'push-refused' | 'no-permission';

/** A release that must not happen. Raised before anything is written; exit code 1. */
export class ReleaseRefusal extends ModelshipError {
  constructor(readonly code: RefusalCode, message: string, hint?: string) {
    super(message, { exitCode: ExitCode.Failed, hint });
    this.name = 'ReleaseRefusal';
  }
}
