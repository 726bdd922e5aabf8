import path from 'node:path';
import type { ModelConfig, SignatureSpec } from '../core/config-types.js';
import { ModelshipError } from '../core/errors.js';
import { readOnnxModel, signatureOf } from '../core/onnx/reader.js';
import { WireFormatError } from '../core/protobuf-wire.js';
import type { GitTree, TreeFile } from '../core/git/index.js';

/** A model's paths, repository-relative and `/`-separated. */
export interface ModelPaths {
  artifact: string;
  card?: string;
  metrics?: string;
  extra: string[];
}

/** Paths in modelship.yml are relative to its folder; git speaks repository-relative paths. */
export function modelPaths(model: ModelConfig, configDir: string): ModelPaths {
  const rel = (p: string) => {
    const joined = path.posix.normalize(path.posix.join(configDir, p.split(path.sep).join('/'))).replace(/\/+$/, '');
    if (joined === '..' || joined.startsWith('../') || path.posix.isAbsolute(joined)) {
      throw new ModelshipError(`path "${p}" leaves the repository`);
    }
    return joined === '.' ? '' : joined;
  };
  return {
    artifact: rel(model.path),
    card: model.card === undefined ? undefined : rel(model.card),
    metrics: model.metrics === undefined ? undefined : rel(model.metrics),
    extra: (model.paths ?? []).map(rel),
  };
}

export function allPaths(p: ModelPaths): string[] {
  return [p.artifact, p.card, p.metrics, ...p.extra].filter((x): x is string => x !== undefined && x !== '');
}

export interface SignatureInfo {
  spec: SignatureSpec;
  /** Read from the ONNX file itself, or the signature declared in modelship.yml. */
  source: 'onnx' | 'declared';
  file?: string;
}

/** An artifact file with the name it has inside the artifact (stable when the artifact folder moves). */
export interface ArtifactFile extends TreeFile {
  name: string;
}

/**
 * One model as committed at one commit: its files (by blob id) and, on demand, checksums and signature.
 * Documentation inside an artifact folder (`*.md`) and the configured card/metrics/paths are not
 * part of the artifact: editing them is a patch, not new weights.
 */
export class ModelSnapshot {
  private readonly hashes = new Map<string, Promise<string>>();
  private signaturePromise?: Promise<SignatureInfo | undefined>;

  private constructor(
    readonly tree: GitTree,
    readonly model: ModelConfig,
    readonly paths: ModelPaths,
    readonly artifact: ArtifactFile[],
    readonly card: TreeFile | undefined,
    readonly metrics: TreeFile | undefined,
    readonly extra: TreeFile[],
    /** A single file artifact (as opposed to a folder). */
    readonly singleFile: boolean,
  ) {}

  static async load(tree: GitTree, model: ModelConfig, paths: ModelPaths): Promise<ModelSnapshot> {
    const side = new Set([paths.card, paths.metrics].filter(Boolean));
    // One ls-tree for every path of the model, partitioned here: each git process costs tens of ms.
    const all = await tree.files([...new Set(allPaths(paths))]);
    const under = (p: string) => all.filter((f) => f.path === p || f.path.startsWith(`${p}/`));
    const artifactFiles = under(paths.artifact);
    const card = paths.card ? all.find((f) => f.path === paths.card) : undefined;
    const metrics = paths.metrics ? all.find((f) => f.path === paths.metrics) : undefined;
    const extraFiles = [...new Map(paths.extra.flatMap(under).map((f) => [f.path, f])).values()];
    const extraSet = new Set(extraFiles.map((f) => f.path));
    const singleFile = artifactFiles.length === 1 && artifactFiles[0].path === paths.artifact;
    const artifact: ArtifactFile[] = artifactFiles
      .filter((f) => singleFile || (!side.has(f.path) && !extraSet.has(f.path) && !/\.(md|markdown)$/i.test(f.path)))
      .map((f) => ({ ...f, name: singleFile ? path.posix.basename(f.path) : f.path.slice(paths.artifact.length + 1) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // Markdown inside the artifact folder is documentation: it counts with the extra files.
    const docs = singleFile ? [] : artifactFiles.filter((f) => /\.(md|markdown)$/i.test(f.path) && !side.has(f.path) && !extraSet.has(f.path));
    return new ModelSnapshot(tree, model, paths, artifact, card, metrics, [...extraFiles, ...docs], singleFile);
  }

  get commit(): string {
    return this.tree.commit;
  }

  /** sha256 of an artifact file: the content's, also for a Git LFS pointer (the pointer names it). */
  sha256(file: TreeFile): Promise<string> {
    const p = this.hashes.get(file.oid);
    if (!p && file.oid === this.onnxFile()?.oid && !this.signaturePromise) {
      // Reading the signature streams the whole blob and hashes it on the way: one read, not two.
      return this.signature().then(() => this.hashes.get(file.oid) ?? this.hashOf(file));
    }
    return p ?? this.hashOf(file);
  }

  private hashOf(file: TreeFile): Promise<string> {
    let p = this.hashes.get(file.oid);
    if (!p) {
      p = (async () => {
        if (file.size <= 1024) {
          const content = await this.tree.read(file.oid);
          const lfs = lfsPointerSha256(content);
          if (lfs) return lfs;
        }
        return this.tree.sha256(file.oid);
      })();
      this.hashes.set(file.oid, p);
    }
    return p;
  }

  async checksums(): Promise<Array<{ name: string; sha256: string; size: number }>> {
    return Promise.all(this.artifact.map(async (f) => ({ name: f.name, sha256: await this.sha256(f), size: f.size })));
  }

  /** The ONNX file the signature is read from: the artifact itself, or the one `.onnx` (or `model.onnx`) in its folder. */
  onnxFile(): ArtifactFile | undefined {
    if (this.model.format !== undefined && this.model.format !== 'onnx') return undefined;
    const onnx = this.artifact.filter((f) => f.name.toLowerCase().endsWith('.onnx'));
    if (this.singleFile) return onnx[0] ?? (this.model.format === 'onnx' ? this.artifact[0] : undefined);
    return onnx.length === 1 ? onnx[0] : onnx.find((f) => f.name === 'model.onnx');
  }

  /** The signature: the ONNX file's own when there is one, else the declared `signature`, else undefined. */
  signature(): Promise<SignatureInfo | undefined> {
    this.signaturePromise ??= this.readSignature();
    return this.signaturePromise;
  }

  private async readSignature(): Promise<SignatureInfo | undefined> {
    const declared: SignatureInfo | undefined = this.model.signature ? { spec: this.model.signature, source: 'declared' } : undefined;
    const file = this.onnxFile();
    if (!file) return declared;
    if (file.size <= 1024 && lfsPointerSha256(await this.tree.read(file.oid))) return declared; // content not in git
    try {
      const inMemory = this.tree.inMemory(file.oid);
      if (inMemory) {
        // Prefetched (a small model of a monorepo): read from memory, no git process and no temporary file.
        const content = await inMemory;
        const info = await readOnnxModel({ size: content.length, read: async (offset, length) => content.subarray(offset, offset + length) });
        return { spec: signatureOf(info), source: 'onnx', file: file.path };
      }
      const info = await this.tree.withTempFile(file.oid, async (tmp, sha) => {
        this.hashes.set(file.oid, Promise.resolve(sha));
        return readOnnxModel(tmp);
      });
      return { spec: signatureOf(info), source: 'onnx', file: file.path };
    } catch (err) {
      if (err instanceof WireFormatError) {
        throw new ModelshipError(`${file.path} at commit ${this.commit.slice(0, 12)} is not a readable ONNX model: ${err.message}`, {
          hint: 'run `modelship validate` on it; set `format:` in modelship.yml if it is not ONNX',
        });
      }
      throw err;
    }
  }

  async readText(file: TreeFile | undefined): Promise<string | undefined> {
    return file ? (await this.tree.read(file.oid)).toString('utf8') : undefined;
  }
}

/** A Git LFS pointer file's sha256 (the real content's), or undefined when the blob is not a pointer. */
export function lfsPointerSha256(content: Buffer): string | undefined {
  if (content.length > 1024) return undefined;
  const text = content.toString('utf8');
  if (!text.startsWith('version https://git-lfs.github.com/spec/')) return undefined;
  return /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
}
