import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimit, valuesInOrder } from '../core/map-limit.js';
import { ModelshipError } from '../core/errors.js';
import { error, note } from './finding.js';
import { sha256Of, type Digest } from './hash.js';
import { checkManifest, parseManifest } from './manifest.js';
import { fileHandleSource } from './sources.js';
import type { ArtifactReport, Finding } from './types.js';
import { isInside, openRegular, type WalkedFile } from './walk.js';

const MANIFEST_NAMES = ['SHA256SUMS', 'SHA256SUMS.txt', 'sha256sums.txt'];

/** A validated file as the manifest checks see it: its report (findings are added) and its hash, if known. */
export interface ManifestSubject {
  report: ArtifactReport;
  digest?: Digest;
}

/**
 * Checks the SHA256SUMS manifests of a run against the files: an explicit `--manifest`, else every walked
 * folder's own manifest (its scope stops where a deeper folder has one), and, for a file named on its own,
 * a manifest beside it that lists it. Hashes already computed during validation are reused. A manifest's
 * findings go on its own report (added to `results` when it was not validated), a listed file's on that file's.
 */
export async function applyManifests(
  options: { cwd: string; manifest?: string },
  walked: WalkedFile[],
  results: Map<string, ManifestSubject>,
  display: (abs: string) => string,
): Promise<void> {
  const jobs: Array<{ manifest: string; root: string; scope: string[]; only?: Set<string> }> = [];
  if (options.manifest) {
    const manifest = path.resolve(options.cwd, options.manifest);
    const root = path.dirname(manifest);
    jobs.push({ manifest, root, scope: walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute)).map((w) => w.absolute) });
  } else {
    // Every folder met in a walk that holds a SHA256SUMS is checked against it; its scope stops where a
    // deeper folder has its own manifest.
    const manifests = walked.filter((w) => w.walkRoot !== undefined && MANIFEST_NAMES.includes(path.basename(w.absolute))).map((w) => w.absolute);
    const dirs = manifests.map((m) => path.dirname(m));
    for (const manifest of manifests) {
      const root = path.dirname(manifest);
      const deeper = dirs.filter((d) => d !== root && isInside(root, d));
      const scope = walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute) && !deeper.some((d) => isInside(d, w.absolute))).map((w) => w.absolute);
      jobs.push({ manifest, root, scope });
    }
    // A file named on its own is checked against a SHA256SUMS beside it, when that lists it. The folders
    // are asked all at once (a monorepo names hundreds of files), each folder once.
    const named = walked.filter((x) => x.walkRoot === undefined);
    const folders = [...new Set(named.map((w) => path.dirname(w.absolute)))];
    const found = new Map(await Promise.all(folders.map(async (dir) => [dir, await manifestIn(dir)] as const)));
    for (const w of named) {
      const dir = path.dirname(w.absolute);
      const manifest = found.get(dir);
      if (manifest !== undefined) {
        const existing = jobs.find((j) => j.manifest === manifest && j.only);
        if (existing) existing.only!.add(w.absolute);
        else if (!jobs.some((j) => j.manifest === manifest)) jobs.push({ manifest, root: dir, scope: [], only: new Set([w.absolute]) });
      }
    }
  }
  // Each manifest is read and checked concurrently (a monorepo has one beside every model); the findings are
  // applied afterwards in the order of the jobs, and the first unreadable manifest in that order is reported.
  const checked = valuesInOrder(
    await mapLimit(jobs, 8, async (job) => {
      let data: Buffer;
      try {
        data = await readFile(job.manifest);
      } catch {
        throw new ModelshipError(`cannot read the manifest ${display(job.manifest)}`, { hint: 'pass a sha256sum-format or JSON manifest with --manifest' });
      }
      const parsed = parseManifest(data);
      const entries = job.only ? parsed.entries.filter((e) => job.only!.has(path.resolve(job.root, e.path))) : parsed.entries;
      if (job.only && entries.length === 0) return undefined;
      const check = await checkManifest({
        manifestPath: job.manifest,
        entries,
        root: job.root,
        scope: job.scope,
        digest: async (abs) => {
          const known = results.get(abs)?.digest;
          if (known) return known;
          const { handle } = await openRegular(abs);
          if (!handle) return { sha256: '', size: -1 };
          try {
            const st = await handle.stat();
            return await sha256Of(fileHandleSource(abs, handle, st.size, abs));
          } finally {
            await handle.close();
          }
        },
      });
      return { job, data, parsed, check };
    }),
  );
  for (const done of checked) {
    if (!done) continue;
    const { job, data, parsed, check } = done;
    // A finding about a listed file that points at a manifest line says which file that line is in.
    const inManifest = (f: Finding): Finding => (f.location?.line !== undefined ? { ...f, location: { ...f.location, file: display(job.manifest) } } : f);
    if (job.only) {
      // The manifest was not asked for: its own problems matter only for the entries checked.
      for (const f of [...parsed.findings, ...check.manifestFindings]) {
        for (const abs of job.only) results.get(abs)?.report.findings.push(inManifest({ ...f, message: `${display(job.manifest)}: ${f.message}` }));
      }
      for (const [abs, findings] of check.fileFindings) results.get(abs)?.report.findings.push(...findings.map(inManifest));
      for (const abs of job.only) results.get(abs)?.report.findings.push(note('manifest/checked', `sha256 matches ${display(job.manifest)}`));
      continue;
    }
    let holder = results.get(job.manifest);
    if (!holder) {
      holder = { report: { path: display(job.manifest), format: 'text', size: data.length, sha256: '', verdict: 'fail', findings: [] } };
      results.set(job.manifest, holder);
    }
    holder.report.findings = holder.report.findings.filter((f) => f.rule !== 'format/not-a-model');
    holder.report.findings.push(...parsed.findings, ...check.manifestFindings);
    holder.report.findings.push(note('manifest/checked', `${check.checked} of ${parsed.entries.length} entries checked against the files`));
    if (parsed.entries.length === 0 && parsed.findings.length === 0) holder.report.findings.push(error('manifest/empty', 'the manifest lists no files'));
    for (const [abs, findings] of check.fileFindings) {
      const r = results.get(abs);
      if (r) r.report.findings.push(...findings.map(inManifest));
    }
  }
}

/** The first of the manifest names that is a regular file in `dir`, if any. */
async function manifestIn(dir: string): Promise<string | undefined> {
  for (const name of MANIFEST_NAMES) {
    const manifest = path.join(dir, name);
    if (await lstat(manifest).then((st) => st.isFile(), () => false)) return manifest;
  }
  return undefined;
}
