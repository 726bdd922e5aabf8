/**
 * A real Redis (Debian package `redis-server`, /usr/bin/redis-server; CI installs it with apt) on a free
 * loopback port, in a temporary folder, without persistence (no jest import: the bench uses it too). Tests
 * skip only when the binary is missing and CI is not set; in CI a missing binary is a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';
export const redisAvailable = existsSync(REDIS_SERVER);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningRedis {
  url: string;
  port: number;
  /** The process (SIGSTOP/SIGCONT it to make Redis hang). */
  pid(): number;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: nothing is persisted) unless it is running. */
  restart(): Promise<void>;
  /** One raw command over its own connection (RESP); the reply's text. */
  command(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** Sends one RESP command and resolves with the raw reply once it looks complete (tests only: small replies). */
function rawCommand(port: number, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    socket.on('error', reject);
    socket.on('data', (d) => {
      reply += String(d);
      if (reply.endsWith('\r\n')) {
        socket.end();
        resolve(reply);
      }
    });
    socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
  });
}

export async function startRedis(): Promise<RunningRedis> {
  if (!redisAvailable) throw new Error(`CI is set but ${REDIS_SERVER} is missing: install the Debian package "redis-server"`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  let output = '';
  const launch = async () => {
    output = '';
    const c = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'no', '--loglevel', 'warning'], { stdio: ['ignore', 'pipe', 'pipe'] });
    c.stdout?.on('data', (d) => (output += String(d)));
    c.stderr?.on('data', (d) => (output += String(d)));
    child = c;
    const end = Date.now() + 20_000;
    while (Date.now() < end) {
      if (c.exitCode !== null) throw new Error(`redis-server exited (${c.exitCode}): ${output}`);
      if ((await rawCommand(port, ['PING']).catch(() => '')).startsWith('+PONG')) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`redis-server did not answer PING on port ${port}: ${output}`);
  };
  const kill = async () => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGCONT');
    c.kill('SIGKILL');
    await exited;
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: () => child?.pid as number,
    kill,
    restart: async () => {
      if (child && child.exitCode === null && child.signalCode === null) return;
      await launch();
    },
    command: (...args) => rawCommand(port, args),
    async stop() {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A TCP server that accepts connections and never answers: a wedged Redis. */
export async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
