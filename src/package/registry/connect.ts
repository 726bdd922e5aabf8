import { readFile } from 'node:fs/promises';
import { ModelshipError } from '../../core/errors.js';
import { RegistryClient } from './client.js';
import { resolveCredentials } from './credentials.js';

export interface ConnectOptions {
  /** Plain HTTP: allowed only for loopback registries (tests, a local cache), never for a remote host. */
  plainHttp?: boolean;
  /** PEM file of an extra CA to trust (MODELSHIP_REGISTRY_CA when omitted). */
  caFile?: string;
  chunkSize?: number;
  log?: (line: string) => void;
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?$/;

/** A client for `registry` with the credentials and trust the environment gives. */
export async function connectRegistry(registry: string, env: NodeJS.ProcessEnv, options: ConnectOptions = {}): Promise<RegistryClient> {
  if (options.plainHttp && !LOOPBACK.test(registry)) throw new ModelshipError(`--plain-http is refused for ${registry}: credentials and models would cross the network unencrypted`, { hint: 'use TLS; trust a private CA with --ca FILE or MODELSHIP_REGISTRY_CA' });
  const caFile = options.caFile ?? env.MODELSHIP_REGISTRY_CA;
  const ca = caFile ? await readFile(caFile, 'utf8').catch((err: Error) => { throw new ModelshipError(`cannot read the CA file ${caFile}: ${err.message}`); }) : undefined;
  const credentials = await resolveCredentials(registry, env);
  return new RegistryClient({ registry, plainHttp: options.plainHttp, ca, credentials, chunkSize: options.chunkSize, log: options.log });
}
