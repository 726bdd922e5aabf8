import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import bcrypt from 'bcryptjs';
import { request, Agent } from 'undici';

const run = promisify(execFile);

export const REGISTRY_BIN = '/usr/bin/docker-registry';
export const SKOPEO_BIN = '/usr/bin/skopeo';
/** Why the registry tests skip here, or undefined when they run (CI installs both packages: .ci/run). */
export const registryMissing = !existsSync(REGISTRY_BIN) ? `${REGISTRY_BIN} is not installed (apt-get install docker-registry)` : !existsSync(SKOPEO_BIN) ? `${SKOPEO_BIN} is not installed (apt-get install skopeo)` : undefined;

export interface TestRegistry {
  host: string;
  dir: string;
  /** PEM of the self-signed certificate, when TLS is on. */
  ca?: string;
  user?: string;
  password?: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts Debian's docker-registry (CNCF distribution 2.8) on a free loopback port, storage in a temp folder. */
export async function startRegistry(options: { auth?: boolean; tls?: boolean } = {}): Promise<TestRegistry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-registry-'));
  let ca: string | undefined;
  const user = options.auth ? 'modelship' : undefined;
  const password = options.auth ? `pw-${Math.random().toString(36).slice(2)}` : undefined;
  if (options.tls) {
    // A throwaway self-signed certificate for 127.0.0.1, made fresh for each run.
    await run('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')]);
    ca = await readFile(path.join(dir, 'cert.pem'), 'utf8');
  }
  if (options.auth) await writeFile(path.join(dir, 'htpasswd'), `${user}:${bcrypt.hashSync(password!, 4)}\n`);
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const config = [
      'version: 0.1',
      'log: { level: error, accesslog: { disabled: true } }',
      `storage: { filesystem: { rootdirectory: ${JSON.stringify(path.join(dir, 'data'))} }, delete: { enabled: true } }`,
      `http: { addr: "127.0.0.1:${port}"${options.tls ? `, tls: { certificate: ${JSON.stringify(path.join(dir, 'cert.pem'))}, key: ${JSON.stringify(path.join(dir, 'key.pem'))} }` : ''} }`,
      ...(options.auth ? [`auth: { htpasswd: { realm: modelship-test, path: ${JSON.stringify(path.join(dir, 'htpasswd'))} } }`] : []),
    ].join('\n');
    await writeFile(path.join(dir, 'config.yml'), `${config}\n`);
    const child = spawn(REGISTRY_BIN, ['serve', path.join(dir, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const host = `127.0.0.1:${port}`;
    if (await waitReady(child, host, options.tls ? ca : undefined)) {
      return { host, dir, ca, user, password, stop: () => stop(child, dir) };
    }
    await stop(child, undefined);
    if (attempt >= 3) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`docker-registry did not start: ${stderr.slice(-2000)}`);
    }
  }
}

async function waitReady(child: ChildProcess, host: string, ca: string | undefined): Promise<boolean> {
  const dispatcher = new Agent({ connect: ca ? { ca } : undefined });
  try {
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) return false;
      try {
        const res = await request(`${ca ? 'https' : 'http'}://${host}/v2/`, { dispatcher });
        await res.body.dump();
        if (res.statusCode === 200 || res.statusCode === 401) return true;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  } finally {
    await dispatcher.close();
  }
}

async function stop(child: ChildProcess, dir: string | undefined): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** skopeo with no system policy or credentials involved; TLS verification off for the throwaway cert. */
export async function skopeo(args: string[]): Promise<string> {
  const { stdout } = await run(SKOPEO_BIN, ['--insecure-policy', ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REGISTRY_AUTH_FILE: path.join(os.tmpdir(), 'modelship-no-registry-auth.json') } });
  return stdout;
}

export function skopeoTransportFlags(registry: TestRegistry, side: 'src' | 'dest' | 'inspect'): string[] {
  const prefix = side === 'inspect' ? '' : `${side}-`;
  return [`--${prefix}tls-verify=false`, ...(registry.user ? [`--${prefix}creds`, `${registry.user}:${registry.password}`] : [])];
}
