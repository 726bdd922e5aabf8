import { stat } from 'node:fs/promises';
import { Command } from 'commander';
import { ConfigError, ExitCode, ModelshipError } from '../../core/errors.js';
import type { LoadedConfig } from '../../core/config.js';
import type { ServeLog } from '../../serve/access-log.js';
import { contextFor, execute, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const lazy = {
  m0: () => import('../../serve/access-log.js'),
  m1: () => import('../../serve/config.js'),
  m2: () => import('../../serve/server.js'),
};

interface ServeFlags {
  env?: string;
  repository?: string;
  host: string;
  port: string;
  maxBody?: string;
  concurrency?: string;
  queue?: string;
  timeout?: string;
  poll?: string;
  accessLog?: string;
  maxBatch?: string;
  batchDelay?: string;
  inline?: boolean;
  monitoring?: boolean;
}

function integer(value: string | undefined, flag: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new ModelshipError(`${flag} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

/** Resolves on the first SIGTERM or SIGINT. */
function shutdownSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
      resolve(sig);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });
}

export function registerServeCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the local environment\'s model repository over the Open Inference Protocol v2, with /metrics for Prometheus')
    .option('--env <env>', 'an environment of modelship.yml whose provider is local: its provider.root is served')
    .option('--repository <dir>', 'serve this model repository folder (overrides --env)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '8080')
    .option('--max-body <bytes>', 'largest request body (413 beyond)', String(16 * 2 ** 20))
    .option('--concurrency <n>', 'inferences running at once per model', '8')
    .option('--queue <n>', 'requests waiting per model; beyond it 503 with Retry-After', '256')
    .option('--timeout <duration>', 'per request, from arrival to answer (504 beyond), e.g. 30s', '30s')
    .option('--poll <ms>', 'poll interval of the repository watch fallback', '500')
    .option('--max-batch <rows>', 'dynamic batching: most rows per onnxruntime run (1 turns batching off)', '64')
    .option('--batch-delay <ms>', 'dynamic batching: how long a request may wait for others to join its run', '0')
    .option('--no-inline', 'run every model on worker threads, even a small one fast enough to run on the main thread')
    .option('--access-log <file>', 'append JSON-lines access logs to this file instead of stderr')
    .option('--no-monitoring', 'no live profiles, drift gauges or feedback route (docs/monitor.md)')
    .addHelpText(
      'after',
      `
Changes to the repository (new versions, routing.json) apply without a restart. SIGTERM or SIGINT stops
accepting, finishes in-flight requests and exits 0.

Examples:
  $ modelship serve --env local
  $ modelship serve --repository .modelship/repository --port 9000   # the local provider's default root
  $ curl -s localhost:8080/v2/models/iris/infer -d '{"inputs":[{"name":"features","shape":[1,4],"datatype":"FP32","data":[5.1,3.5,1.4,0.2]}]}'`,
    )
    .action(async (flags: ServeFlags, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const repository = await (await lazy.m1()).resolveRepository(ctx.cwd, flags.repository, flags.env, () => ctx.loadConfig());
          const s = await stat(repository).catch(() => undefined);
          if (!s?.isDirectory()) throw new ModelshipError(`model repository ${repository} is not a folder`, { hint: 'deploy to the local environment first, or pass --repository DIR' });
          const port = integer(flags.port, '--port', 0, 65535) as number;
          const log = flags.accessLog ? (await lazy.m0()).fileLog(flags.accessLog) : (await lazy.m0()).streamLog((line) => io.stderr(line));
          // Inference graphs of modelship.yml (docs/graphs.md) are served beside the repository's models with --env.
          const graphs = flags.env ? await graphsToServe(await ctx.loadConfig()) : undefined;
          const signal = shutdownSignal();
          const server = await (await lazy.m2()).startServer({
            repository,
            host: flags.host,
            port,
            pollMs: integer(flags.poll, '--poll', 10),
            limits: { maxBodyBytes: integer(flags.maxBody, '--max-body', 1), concurrency: integer(flags.concurrency, '--concurrency', 1), queue: integer(flags.queue, '--queue', 0), timeoutMs: flags.timeout },
            batch: { maxSize: integer(flags.maxBatch, '--max-batch', 1, 65536), maxDelayMs: integer(flags.batchDelay, '--batch-delay', 0, 1000) },
            inline: flags.inline === false ? false : undefined,
            log,
            monitoring: flags.monitoring === false ? false : undefined,
            // models.<name>.cache of modelship.yml: read with --env (a bare --repository reads no configuration).
            cache: flags.env ? (await lazy.m1()).cacheSettingsOf(await ctx.loadConfig()) : undefined,
            graphs,
          });
          // With --env, serve also recovers the environment's rollouts interrupted past their progress deadline.
          const stopWatching = flags.env && !flags.repository ? await watchRollouts(await ctx.loadConfig(), flags.env, Math.max(1000, integer(flags.poll, '--poll', 10) ?? 500), () => server.reload(), log) : () => {};
          const models = [...server.catalog.models.keys()];
          if (ctx.format === 'json') ctx.out(JSON.stringify({ event: 'listening', url: server.url, repository, models }));
          else ctx.out(`serving ${repository} at ${server.url} (models: ${models.join(', ') || 'none yet'}; metrics at ${server.url}/metrics)`);
          const sig = await signal;
          stopWatching();
          await server.close();
          return { exitCode: ExitCode.Pass, json: { event: 'stopped', signal: sig, url: server.url }, text: `stopped on ${sig}` };
        }),
      );
    });
}

/** The configured graphs, refused (exit 2, at their lines) when their structure is wrong. */
async function graphsToServe(loaded: LoadedConfig): Promise<LoadedConfig['config']['graphs']> {
  if (!loaded.config.graphs) return undefined;
  const { graphStructureIssues, toConfigIssues } = await import('../../core/graph.js');
  const issues = graphStructureIssues(loaded);
  if (issues.length > 0) throw new ConfigError(toConfigIssues(loaded, issues));
  return loaded.config.graphs;
}

/** Reverts stalled rollouts of `envName` while serving, and re-reads routing at once when it did. */
async function watchRollouts(loaded: LoadedConfig, envName: string, intervalMs: number, reload: () => Promise<void>, log: ServeLog): Promise<() => void> {
  const [{ environmentOf }, { watchStalledRollouts }] = await Promise.all([import('../../deploy/config.js'), import('../../deploy/recovery.js')]);
  return watchStalledRollouts(loaded, environmentOf(loaded, envName), {
    intervalMs,
    onRecovered: async (r) => {
      log.write({ event: 'rollout-recovered', model: r.model, version: r.version, reverted: r.reverted, message: r.message });
      if (r.reverted) await reload();
    },
    onError: (err) => log.write({ event: 'rollout-recovery-failed', error: err.message }),
  });
}
