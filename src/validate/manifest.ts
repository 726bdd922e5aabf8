import path from 'node:path';
import { error, warning } from './finding.js';
import type { Digest } from './hash.js';
import { containedFile, unsafeRelativePath } from './paths.js';
import { decodeUtf8Strict, isPlainObject, parseStrictJson, type JsonValue } from './strict-json.js';
import type { Finding } from './types.js';

export interface ManifestEntry {
  /** Normalised relative path (`/` separators, no `./`). */
  path: string;
  /** As written in the manifest. */
  written: string;
  sha256: string;
  size?: number;
  line?: number;
}

export interface ParsedManifest {
  kind: 'sha256sum' | 'json';
  entries: ManifestEntry[];
  findings: Finding[];
}

const HEX64 = /^[0-9a-fA-F]{64}$/;

/** Parses the `sha256sum` format (GNU, with `*` binary marks and `\`-escaped names, or BSD tags) or JSON. */
export function parseManifest(data: Buffer): ParsedManifest {
  const text = decodeUtf8Strict(data);
  if (text === undefined) return { kind: 'sha256sum', entries: [], findings: [error('manifest/syntax', 'the manifest is not valid UTF-8')] };
  const trimmed = text.trimStart();
  return trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJsonManifest(text) : parseSha256sum(text);
}

function parseSha256sum(text: string): ParsedManifest {
  const entries: ManifestEntry[] = [];
  const findings: Finding[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const lineNo = i + 1;
    if (line.trim() === '' || line.startsWith('#')) return;
    let m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    let name: string | undefined;
    let hash: string | undefined;
    if (m) {
      hash = m[2];
      name = m[1] ? unescapeName(m[3]) : m[3];
    } else if ((m = /^(\\?)SHA256 ?\((.+)\) ?= ?([0-9a-fA-F]{64})$/.exec(line))) {
      hash = m[3];
      name = m[1] ? unescapeName(m[2]) : m[2];
    }
    if (name === undefined || hash === undefined) {
      findings.push(error('manifest/syntax', `line ${lineNo} is not "<sha256>  <file>": ${JSON.stringify(line.slice(0, 80))}`, { line: lineNo }));
      return;
    }
    entries.push({ path: normalise(name), written: name, sha256: hash.toLowerCase(), line: lineNo });
  });
  return { kind: 'sha256sum', entries, findings };
}

/** GNU coreutils escapes `\` as `\\`, newline as `\n` and CR as `\r` and then prefixes the line with `\`. */
function unescapeName(s: string): string {
  return s.replace(/\\(\\|n|r)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}

function parseJsonManifest(text: string): ParsedManifest {
  const entries: ManifestEntry[] = [];
  const findings: Finding[] = [];
  let parsed;
  try {
    parsed = parseStrictJson(text);
  } catch (err) {
    return { kind: 'json', entries, findings: [error('manifest/syntax', `the JSON manifest is not valid JSON: ${(err as Error).message}`)] };
  }
  for (const d of parsed.duplicates) findings.push(error('manifest/duplicate-entry', `key ${JSON.stringify(d.key)} appears twice in the JSON manifest`, { offset: d.offset }));
  const doc = parsed.value;
  const add = (p: JsonValue | undefined, sha: JsonValue | undefined, size: JsonValue | undefined, pointer: string) => {
    if (typeof p !== 'string' || typeof sha !== 'string' || !HEX64.test(sha) || (size !== undefined && (typeof size !== 'number' || size < 0))) {
      findings.push(error('manifest/syntax', `${pointer} needs a "path", a 64-hex-digit "sha256" and optionally a "size" in bytes`, { pointer }));
      return;
    }
    entries.push({ path: normalise(p), written: p, sha256: sha.toLowerCase(), size: size as number | undefined });
  };
  if (isPlainObject(doc) && isPlainObject(doc.files)) {
    for (const [p, v] of Object.entries(doc.files)) {
      if (isPlainObject(v)) add(p, v.sha256, v.size, `files.${p}`);
      else add(p, v, undefined, `files.${p}`);
    }
  } else if (Array.isArray(doc) || (isPlainObject(doc) && Array.isArray(doc.files))) {
    const list = (Array.isArray(doc) ? doc : (doc as { files: JsonValue[] }).files) as JsonValue[];
    list.forEach((e, i) => add(isPlainObject(e) ? e.path : undefined, isPlainObject(e) ? e.sha256 : undefined, isPlainObject(e) ? e.size : undefined, `[${i}]`));
  } else {
    findings.push(error('manifest/syntax', 'a JSON manifest is {"files": {"path": "sha256"}} or [{"path", "sha256", "size"}]'));
  }
  return { kind: 'json', entries, findings };
}

/** `./a//b` -> `a/b`; what is left is compared exactly (case and Unicode form matter). */
export function normalise(p: string): string {
  return p.split('/').filter((s) => s !== '' && s !== '.').join('/');
}

export interface ManifestCheckInput {
  manifestPath: string;
  entries: ManifestEntry[];
  /** Folder the entries are relative to (the manifest's folder). */
  root: string;
  /** Absolute paths of the files that must be listed (the folder's files validated in this run). */
  scope: string[];
  /** Digest of a file: from the run's hashing when available, else hashed now. */
  digest(absolute: string): Promise<Digest>;
}

export interface ManifestCheckResult {
  /** About the manifest itself (syntax, traversal, missing files, twins). */
  manifestFindings: Finding[];
  /** About listed files (mismatch, unlisted), by absolute path. */
  fileFindings: Map<string, Finding[]>;
  checked: number;
}

/** Checks every entry against the files under root, and every file in scope against the entries. */
export async function checkManifest(input: ManifestCheckInput): Promise<ManifestCheckResult> {
  const manifestFindings: Finding[] = [];
  const fileFindings = new Map<string, Finding[]>();
  const addFile = (abs: string, f: Finding) => fileFindings.set(abs, [...(fileFindings.get(abs) ?? []), f]);
  const rel = (abs: string) => path.relative(input.root, abs).split(path.sep).join('/');
  const scopeByRel = new Map(input.scope.map((abs) => [rel(abs), abs]));
  const listed = new Set<string>();
  const seen = new Map<string, ManifestEntry>();
  let checked = 0;

  const twinKey = (p: string) => p.normalize('NFC').toLowerCase();
  const twins = new Map<string, string>();
  for (const e of input.entries) {
    const where = { line: e.line, pointer: e.line ? undefined : e.written };
    const why = unsafeRelativePath(e.written.replace(/^\.\//, ''));
    if (why) {
      manifestFindings.push(error('manifest/unsafe-path', `entry ${JSON.stringify(e.written)} is refused: ${why}`, where));
      continue;
    }
    const prior = seen.get(e.path);
    if (prior) {
      if (prior.sha256 !== e.sha256) manifestFindings.push(error('manifest/duplicate-entry', `${JSON.stringify(e.path)} is listed twice with different hashes`, where));
      else manifestFindings.push(warning('manifest/duplicate-entry', `${JSON.stringify(e.path)} is listed twice`, where));
      continue;
    }
    seen.set(e.path, e);
    const key = twinKey(e.path);
    const twin = twins.get(key);
    if (twin !== undefined) {
      const unicode = twin.normalize('NFC') === e.path.normalize('NFC');
      manifestFindings.push(error(unicode ? 'manifest/unicode-twin' : 'manifest/case-twin', `${JSON.stringify(e.path)} and ${JSON.stringify(twin)} differ only in ${unicode ? 'Unicode normalisation (NFC/NFD)' : 'letter case'}: on some file systems they are one file`, where));
    }
    twins.set(key, e.path);

    const { file, problem } = await containedFile(input.root, e.path);
    if (!file) {
      const alias = [...scopeByRel.keys()].find((r) => twinKey(r) === key && r !== e.path);
      if (alias) manifestFindings.push(error('manifest/name-mismatch', `${JSON.stringify(e.path)} is listed but the file is spelled ${JSON.stringify(alias)} (case or Unicode form differs)`, where));
      else if (problem!.rule === 'missing') manifestFindings.push(error('manifest/missing-file', `${JSON.stringify(e.path)} is listed but missing`, where));
      else manifestFindings.push(error('manifest/unsafe-path', `${JSON.stringify(e.path)}: ${problem!.message}`, where));
      continue;
    }
    listed.add(file.absolute);
    checked++;
    const d = await input.digest(file.absolute);
    if (d.sha256 !== e.sha256) {
      addFile(file.absolute, error('manifest/sha256-mismatch', `sha256 is ${d.sha256} but ${path.basename(input.manifestPath)} says ${e.sha256}: the file changed or is not the one released`, where));
    } else if (e.size !== undefined && d.size !== e.size) {
      addFile(file.absolute, error('manifest/size-mismatch', `size is ${d.size} bytes but the manifest says ${e.size}`, where));
    }
  }
  const manifestAbs = path.resolve(input.manifestPath);
  const scopeTwins = new Map<string, string>();
  for (const abs of input.scope) {
    const r = rel(abs);
    const key = twinKey(r);
    const other = scopeTwins.get(key);
    if (other !== undefined) addFile(abs, error('manifest/case-twin', `${JSON.stringify(r)} and ${JSON.stringify(other)} differ only in case or Unicode form: a case-insensitive checkout keeps one of them`));
    scopeTwins.set(key, r);
    if (abs === manifestAbs || listed.has(abs) || /\.(sig|asc|minisig|sigstore|bundle)$/.test(abs)) continue;
    addFile(abs, error('manifest/unlisted-file', `not listed in ${path.basename(input.manifestPath)}: an unverified file would ship with the model`));
  }
  return { manifestFindings, fileFindings, checked };
}
