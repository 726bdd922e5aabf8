import { error, note } from '../finding.js';
import { decodeUtf8Strict, parseStrictJson } from '../strict-json.js';
import type { FormatAnalyzer } from '../types.js';

/**
 * Files that are not models at all but often stand in for one: a Git LFS pointer checked out without
 * `git lfs pull`, an HTML error page saved under the model's name, an empty file, JSON or text.
 * LFS pointers and HTML always fail; whether JSON, text and empty files fail is the engine's call
 * (a model path that is only JSON fails; a config.json beside the weights in a folder is fine).
 */

const LFS = /^version https:\/\/(git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)\n/;

export const emptyAnalyzer: FormatAnalyzer = {
  format: 'empty',
  sniff: (_head, size) => size === 0,
  async analyze() {
    return { findings: [note('format/empty', 'the file is empty')] };
  },
};

export const lfsPointerAnalyzer: FormatAnalyzer = {
  format: 'git-lfs-pointer',
  sniff: (head, size) => size < 1024 && LFS.test(head.toString('latin1')),
  async analyze(source) {
    const text = (await source.read(0, 1024)).toString('utf8');
    const oid = /oid sha256:([0-9a-f]{64})/.exec(text)?.[1];
    const size = /\nsize (\d+)/.exec(text)?.[1];
    return {
      findings: [
        error('format/git-lfs-pointer', `a Git LFS pointer, not the model${size ? ` (the real file is ${size} bytes)` : ''}: run \`git lfs pull\` (or \`actions/checkout\` with \`lfs: true\`)`),
      ],
      details: { oid, size: size ? Number(size) : undefined },
    };
  },
};

export const htmlAnalyzer: FormatAnalyzer = {
  format: 'html',
  sniff(head) {
    const text = head.toString('latin1', 0, 256).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
    return /^(<!doctype html|<html|<head|<body|<!--)/.test(text);
  },
  async analyze(source) {
    const text = (await source.read(0, 4096)).toString('utf8');
    const title = /<title[^>]*>([^<]{0,120})/i.exec(text)?.[1]?.trim();
    return {
      findings: [error('format/html', `an HTML page, not a model${title ? ` (titled ${JSON.stringify(title)})` : ''}: a download saved an error or login page in the model's place`)],
    };
  },
};

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0 || head.includes(0)) return false;
  // Cut a possibly split UTF-8 sequence at the end of the head before decoding.
  let end = head.length;
  for (let k = 0; k < 3 && end > 0 && (head[end - 1] & 0xc0) === 0x80; k++) end--;
  if (end > 0 && head[end - 1] >= 0xc0) end--;
  const text = decodeUtf8Strict(head.subarray(0, end));
  if (text === undefined) return false;
  let control = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control <= text.length / 100;
}

export const jsonAnalyzer: FormatAnalyzer = {
  format: 'json',
  sniff(head) {
    if (!looksLikeText(head)) return false;
    const t = head.toString('utf8').trimStart();
    return t.startsWith('{') || t.startsWith('[');
  },
  async analyze(source, ctx) {
    if (source.size > ctx.limits.maxHeaderBytes) return { findings: [note('format/json', 'a JSON document (too large to parse)')] };
    const text = decodeUtf8Strict(await source.read(0, source.size));
    try {
      if (text === undefined) throw new Error('not UTF-8');
      const parsed = parseStrictJson(text);
      return {
        findings: parsed.duplicates.slice(0, 20).map((d) => note('json/duplicate-key', `key ${JSON.stringify(d.key)} appears twice${d.path ? ` in ${d.path}` : ''}`, { offset: d.offset })),
      };
    } catch (err) {
      return { findings: [note('json/invalid', `looks like JSON but is not valid: ${(err as Error).message}`)] };
    }
  },
};

export const textAnalyzer: FormatAnalyzer = {
  format: 'text',
  sniff: (head) => looksLikeText(head),
  async analyze() {
    return { findings: [] };
  },
};
