import path from 'node:path';

/** `modelship validate` flags and the validate action's inputs, as given. */
export interface ValidateOptions {
  paths: string[];
  manifest?: string;
  failOnWarning?: boolean;
  /** Whether the user named a configuration file (`--config`, or an input other than the default). */
  configNamed: boolean;
}

export interface ValidateRequest {
  paths: string[];
  /** Absolute. */
  manifest?: string;
  /** True when asked for; undefined lets modelship.yml's `validate.failOnWarning` decide. */
  failOnWarning?: true;
  /**
   * `required`: a named configuration must be there. `if-present`: the default file is read when it exists;
   * without it the given paths are validated with the default limits, and with no paths either the run says
   * there is nothing to validate.
   */
  configuration: 'required' | 'if-present';
}

/** Both surfaces build the request here, so the rules (paths relative to `cwd`, when the config is optional) live once. */
export function validateRequest(options: ValidateOptions, cwd: string): ValidateRequest {
  return {
    paths: options.paths,
    manifest: options.manifest ? path.resolve(cwd, options.manifest) : undefined,
    failOnWarning: options.failOnWarning ? true : undefined,
    configuration: options.configNamed ? 'required' : 'if-present',
  };
}
