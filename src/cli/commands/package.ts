import path from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { Command } from 'commander';
import { ExitCode, ModelshipError } from '../../core/errors.js';
import { contextFor, execute, type CliContext, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for them.
const lazy = {
  build: () => import('../../package/build.js'),
  source: () => import('../../package/source.js'),
  layout: () => import('../../package/layout.js'),
  transfer: () => import('../../package/transfer.js'),
  reference: () => import('../../package/reference.js'),
  connect: () => import('../../package/registry/connect.js'),
  extract: () => import('../../package/extract.js'),
  versions: () => import('../../version/service.js'),
};

interface RegistryFlags {
  plainHttp?: boolean;
  ca?: string;
}

/** MODEL[@VERSION] -> the model and its version (the current released one when omitted). */
async function modelAndVersion(ctx: CliContext, spec: string): Promise<{ model: string; version: string }> {
  const at = spec.indexOf('@');
  if (at > 0) return { model: spec.slice(0, at), version: spec.slice(at + 1).replace(/^v/, '') };
  const plans = await (await lazy.versions()).planVersions(await ctx.loadConfig(), ctx.env, spec);
  const current = plans[0]?.current;
  if (!current) throw new ModelshipError(`model "${spec}" has no released version yet`, { hint: `name one: modelship package ${spec}@1.0.0` });
  return { model: spec, version: current };
}

async function packageModel(ctx: CliContext, spec: string, output: string | undefined, created: string | undefined) {
  const { model, version } = await modelAndVersion(ctx, spec);
  const source = await (await lazy.source()).packageSourceOf(await ctx.loadConfig(), model, version, ctx.env, created);
  if (source.verdict !== 'pass') throw new ModelshipError(`${source.artifact} fails validation: a package is only made of an artifact that passes (run modelship validate for the findings)`, { exitCode: ExitCode.Failed });
  const dir = path.resolve(ctx.cwd, output ?? path.join('.modelship', 'package', `${model}-${version}`));
  const result = await (await lazy.build()).buildPackage(source, dir);
  return { model, version, ...result };
}

const isLayout = (dir: string) => stat(path.join(dir, 'oci-layout')).then(() => true, () => false);

/** `modelship package`, `modelship push`, `modelship pull`. */
export function registerPackageCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('package <model>')
    .description('build a CNCF ModelPack artifact (OCI image layout) of MODEL[@VERSION]')
    .option('--output <dir>', 'layout folder (default .modelship/package/<model>-<version>)')
    .option('--created <time>', 'RFC 3339 creation time (default SOURCE_DATE_EPOCH, else the HEAD commit time): same inputs, same digest')
    .addHelpText('after', `
JSON: {"model","version","layout","tag","manifest":{"digest","mediaType","size"},"artifactType","config","layers":[...]}.
Exit codes: 0 packaged, 1 the artifact fails validation, 2 usage or configuration error.

Examples:
  $ modelship package iris@1.2.0
  $ modelship package iris --output build/iris --format json`)
    .action(async (spec: string, opts: { output?: string; created?: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        const result = await packageModel(ctx, spec, opts.output, opts.created);
        const text = [`${result.model} ${result.version}: ModelPack artifact in ${result.layout}`, ...result.layers.map((l) => `  ${l.mediaType}  ${l.annotations?.['org.cncf.model.filepath'] ?? ''}  ${l.size} bytes`), `packaged: ${result.manifest.digest}`].join('\n');
        return { exitCode: ExitCode.Pass, json: result, text };
      }));
    });

  program
    .command('push <source> <reference>')
    .description('push a package (an OCI layout folder, or MODEL[@VERSION] packaged on the fly) to registry/repository[:tag]')
    .option('--tag <tag>', 'the tag or digest inside the layout to push (default: its only manifest)')
    .option('--mount-from <repository>', 'mount blobs from this repository of the same registry instead of uploading them')
    .option('--no-attach', 'do not attach the validation report as a referrer')
    .option('--attach-score <file>', 'also attach this ML Test Score report (modelship score --format json) as a referrer')
    .option('--plain-http', 'speak HTTP to a loopback registry')
    .option('--ca <file>', 'trust this CA certificate (PEM) for the registry')
    .addHelpText('after', `
Credentials: MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD, GITHUB_TOKEN for ghcr.io, or Docker's
config.json auths. The tag defaults to the package's version.
JSON: {"reference","digestReference","digest","mediaType","artifactType","tag","blobs":[{digest,mediaType,size,outcome}],"referrers":[...]}.

Examples:
  $ modelship push iris@1.2.0 ghcr.io/acme/models/iris
  $ modelship push build/iris registry.example.com/ml/iris:1.2.0 --format json`)
    .action(async (src: string, reference: string, opts: RegistryFlags & { tag?: string; mountFrom?: string; attach: boolean; attachScore?: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        const { parseReference } = await lazy.reference();
        const ref = parseReference(reference, 'push reference');
        if (ref.digest) throw new ModelshipError(`push reference "${reference}" names a digest: push by tag (the digest is computed from the bytes)`);
        const dir = path.resolve(ctx.cwd, src);
        const { OciLayout } = await lazy.layout();
        const layout = (await isLayout(dir)) ? await OciLayout.open(dir) : await OciLayout.open((await packageModel(ctx, src, undefined, undefined)).layout);
        const desc = await layout.resolve(opts.tag);
        const tag = ref.tag ?? desc.annotations?.['org.opencontainers.image.ref.name'];
        // Read before anything is pushed: a missing file changes nothing in the registry.
        const score = opts.attachScore === undefined ? undefined : await readFile(path.resolve(ctx.cwd, opts.attachScore)).catch((err: Error) => {
          throw new ModelshipError(`--attach-score ${opts.attachScore}: ${err.message}`);
        });
        const client = await (await lazy.connect()).connectRegistry(ref.registry, ctx.env, { plainHttp: opts.plainHttp, caFile: opts.ca, log: (l) => ctx.err(l) });
        try {
          const { pushLayout, attachReferrer } = await lazy.transfer();
          const pushed = await pushLayout(client, layout, desc.digest, { ...ref, tag }, opts.mountFrom);
          const referrers = [];
          if (opts.attach) {
            const manifest = JSON.parse((await layout.readBlob(desc)).toString('utf8')) as { layers: Array<{ digest: string; annotations?: Record<string, string> }> };
            const report = manifest.layers.find((l) => l.annotations?.['org.cncf.model.filepath'] === '.modelship/validation.json');
            if (report) {
              const { REFERRER_TYPE } = await import('../../package/media-types.js');
              const attached = await attachReferrer(client, ref.repository, { mediaType: pushed.mediaType, digest: pushed.digest, size: desc.size }, REFERRER_TYPE.validation, { bytes: await layout.readBlob(report), mediaType: 'application/json', title: 'validation.json' });
              referrers.push({ artifactType: REFERRER_TYPE.validation, ...attached });
            }
          }
          if (score) {
            const { REFERRER_TYPE } = await import('../../package/media-types.js');
            const attached = await attachReferrer(client, ref.repository, { mediaType: pushed.mediaType, digest: pushed.digest, size: desc.size }, REFERRER_TYPE.score, { bytes: score, mediaType: 'application/json', title: path.basename(opts.attachScore!) });
            referrers.push({ artifactType: REFERRER_TYPE.score, ...attached });
          }
          const uploaded = pushed.blobs.filter((b) => b.outcome === 'uploaded').length;
          const text = `pushed ${pushed.reference} (${uploaded} blob(s) uploaded, ${pushed.blobs.length - uploaded} already there)\ndeploy by digest: ${pushed.digestReference}`;
          return { exitCode: ExitCode.Pass, json: { ...pushed, referrers }, text };
        } finally {
          await client.close();
        }
      }));
    });

  program
    .command('pull <reference>')
    .description('pull registry/repository[:tag|@sha256:...] into an OCI layout, every blob verified against its digest')
    .option('--output <dir>', 'layout folder (default .modelship/pull/<repository>)')
    .option('--extract <dir>', 'also write the package files (model, card, metrics) into this new folder')
    .option('--install <root>', 'install a digest reference into this model repository as <root>/<model>/<version>/ (what modelship serve loads)')
    .option('--plain-http', 'speak HTTP to a loopback registry')
    .option('--ca <file>', 'trust this CA certificate (PEM) for the registry')
    .addHelpText('after', `
JSON: {"reference","digestReference","digest","mediaType","artifactType","tag","blobs":[...],"layout","files":[...]}.

Examples:
  $ modelship pull ghcr.io/acme/models/iris@sha256:... --extract models/iris`)
    .action(async (reference: string, opts: RegistryFlags & { output?: string; extract?: string; install?: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(await execute(ctx, async () => {
        if (opts.install !== undefined) {
          const env = { ...ctx.env, ...(opts.plainHttp ? { MODELSHIP_REGISTRY_PLAIN_HTTP: '1' } : {}), ...(opts.ca ? { MODELSHIP_REGISTRY_CA: path.resolve(ctx.cwd, opts.ca) } : {}) };
          const installed = await (await import('../../package/install.js')).installByDigest(reference, path.resolve(ctx.cwd, opts.install), env, {}, (l) => ctx.err(l));
          return { exitCode: ExitCode.Pass, json: installed, text: `installed ${installed.model} ${installed.version} from ${installed.reference}: ${installed.detail}` };
        }
        const ref = (await lazy.reference()).parseReference(reference, 'pull reference');
        const { OciLayout } = await lazy.layout();
        const layout = await OciLayout.create(path.resolve(ctx.cwd, opts.output ?? path.join('.modelship', 'pull', ref.repository.replaceAll('/', '_'))));
        const client = await (await lazy.connect()).connectRegistry(ref.registry, ctx.env, { plainHttp: opts.plainHttp, caFile: opts.ca, log: (l) => ctx.err(l) });
        try {
          const { manifest, ...pulled } = await (await lazy.transfer()).pullToLayout(client, ref, layout);
          const files = opts.extract ? await (await lazy.extract()).extractRawLayers(layout, manifest, path.resolve(ctx.cwd, opts.extract)) : [];
          const text = `pulled ${pulled.reference} into ${layout.dir}${files.length ? `\nextracted ${files.map((f) => f.path).join(', ')} into ${opts.extract}` : ''}`;
          return { exitCode: ExitCode.Pass, json: { ...pulled, layout: layout.dir, files }, text };
        } finally {
          await client.close();
        }
      }));
    });
}
