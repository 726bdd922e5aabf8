import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ExitCode, ModelshipError } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

const lazy = {
  client: () => import('../../edge/client.js'),
  signing: () => import('../../edge/signing.js'),
};

interface FetchOptions {
  channel?: string;
  model?: string;
  deviceId?: string;
  publicKey?: string;
  state?: string;
  runtimeVersion?: string;
}

export function registerEdgeCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const edge = program.command('edge').description('the device side of edge environments: a reference update client and signing keys');
  edge
    .command('fetch')
    .description('poll an edge channel: verify the signed manifest, its sequence, the model\'s size and sha256, then swap the model atomically')
    .requiredOption('--channel <dir|url>', 'the channel root (a folder, or the http(s) URL where it is served)')
    .requiredOption('--model <name>', 'the model to follow')
    .requiredOption('--device-id <id>', 'this device\'s id: decides whether it is in a rollout\'s share')
    .option('--public-key <file>', 'the trusted Ed25519 public key (PEM or base64 DER; default $MODELSHIP_EDGE_PUBLIC_KEY)')
    .option('--state <dir>', 'where the live model.onnx and state.json are kept (default .modelship/device)')
    .option('--runtime-version <semver>', 'this device\'s onnxruntime version, checked against the manifest\'s minRuntime')
    .addHelpText(
      'after',
      `
Exit codes: 0 updated or already current; 1 kept the last good model (refused manifest or model, replay,
unreachable channel: the reason is printed); 2 usage error.

Example:
  $ modelship edge fetch --channel https://models.example.com/edge --model iris --device-id $(cat /etc/machine-id) --public-key edge.pub`,
    )
    .action(async (opts: FetchOptions, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const keyText = opts.publicKey ? readKey(path.resolve(ctx.cwd, opts.publicKey)) : ctx.env.MODELSHIP_EDGE_PUBLIC_KEY;
          if (!keyText) throw new ModelshipError('no trusted public key: pass --public-key FILE or set MODELSHIP_EDGE_PUBLIC_KEY');
          const publicKey = (await lazy.signing()).publicKeyFrom(keyText, opts.publicKey ?? 'MODELSHIP_EDGE_PUBLIC_KEY');
          const channel = /^https?:\/\//i.test(opts.channel!) ? opts.channel! : path.resolve(ctx.cwd, opts.channel!);
          const result = await (await lazy.client()).fetchModel({ channel, model: opts.model!, deviceId: opts.deviceId!, publicKey, stateDir: path.resolve(ctx.cwd, opts.state ?? '.modelship/device'), runtimeVersion: opts.runtimeVersion });
          const text =
            result.status === 'kept'
              ? `kept ${result.version ?? 'no model'} (last good): ${result.reason}`
              : `${result.status}: ${result.model} ${result.version} (manifest ${result.sequence}${result.rollout && result.rollout.share < 100 ? `, rollout ${result.rollout.share}%: ${result.rollout.inShare ? 'in' : 'not in'} the share` : ''}) -> ${result.modelFile}`;
          return { exitCode: result.status === 'kept' ? ExitCode.Failed : ExitCode.Pass, json: result, text };
        }),
      );
    });
  edge
    .command('keygen')
    .description('make an Ed25519 key pair for signing edge manifests')
    .requiredOption('--out <dir>', 'writes edge-signing.key (private, mode 600: store it as a secret, then delete it) and edge-signing.pub')
    .action(async (opts: { out: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const { mkdir, writeFile } = await import('node:fs/promises');
          const keys = (await lazy.signing()).generateSigningKeys();
          const dir = path.resolve(ctx.cwd, opts.out);
          await mkdir(dir, { recursive: true });
          // wx: never overwrite a key someone already uses.
          await writeFile(path.join(dir, 'edge-signing.key'), `${keys.privateKey}\n`, { mode: 0o600, flag: 'wx' });
          await writeFile(path.join(dir, 'edge-signing.pub'), `${keys.publicKey}\n`, { flag: 'wx' });
          return { exitCode: ExitCode.Pass, json: { keyId: keys.keyId, privateKey: path.join(dir, 'edge-signing.key'), publicKey: path.join(dir, 'edge-signing.pub') }, text: `key ${keys.keyId}: ${dir}/edge-signing.key (secret) and ${dir}/edge-signing.pub (give it to devices)` };
        }),
      );
    });
}

function readKey(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new ModelshipError(`cannot read the public key ${file}: ${(err as Error).message}`);
  }
}
