import { error, FindingList, quote, warning } from '../finding.js';
import { unsafeRelativePath } from '../paths.js';
import { bufferSource } from '../sources.js';
import { decodeUtf8Strict, parseStrictJson } from '../strict-json.js';
import type { FormatAnalyzer } from '../types.js';
import { walkKerasConfig } from './keras-config.js';
import { readZip, ZipLimitError } from './keras-zip.js';

const KERAS_FIRST_MEMBERS = new Set(['metadata.json', 'config.json', 'model.weights.h5', 'model.weights.npz']);

/** A zip whose first member is one Keras 3 `model.save()` writes. */
export function sniffKeras(head: Buffer): boolean {
  if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50) return false;
  const nameLength = head.readUInt16LE(26);
  return KERAS_FIRST_MEMBERS.has(head.toString('utf8', 30, 30 + nameLength));
}

/**
 * Keras v3 `.keras`: a zip of config.json (the architecture, walked for code), metadata.json and the
 * weights (model.weights.h5, analyzed as HDF5). Every other member is analyzed by content too.
 */
export const kerasAnalyzer: FormatAnalyzer = {
  format: 'keras',
  sniff: (head) => sniffKeras(head),
  async analyze(source, ctx) {
    const findings = new FindingList();
    let listing;
    try {
      listing = await readZip(source, ctx.limits, () => true);
    } catch (err) {
      // yauzl refuses `..` and absolute member names itself: that is a hostile archive, not a broken one.
      const message = (err as Error).message;
      const rule = err instanceof ZipLimitError ? 'limits/archive' : /invalid relative path|absolute path|invalid characters/.test(message) ? 'keras/member-path' : 'keras/bad-zip';
      findings.push(error(rule, `cannot read the .keras archive: ${(err as Error).message}`));
      return { findings: findings.items };
    }
    const names = listing.members.map((m) => m.name);
    for (const m of listing.members) {
      const why = unsafeRelativePath(m.name.replace(/\/$/, ''));
      if (why) findings.push(error('keras/member-path', `member ${quote(m.name)} is refused: ${why} (extraction would write outside the folder)`, { member: m.name }));
      if (m.encrypted) findings.push(error('keras/encrypted-member', `member ${quote(m.name)} is encrypted and cannot be checked`, { member: m.name }));
    }
    if (new Set(names).size !== names.length) findings.push(error('keras/duplicate-member', 'the archive holds two members with the same name: readers disagree on which one counts'));
    const config = listing.contents.get('config.json');
    if (!config) {
      findings.push(error('keras/no-config', 'the archive has no config.json: not a Keras v3 model'));
    } else {
      const text = decodeUtf8Strict(config);
      try {
        if (text === undefined) throw new Error('not UTF-8');
        const parsed = parseStrictJson(text);
        for (const d of parsed.duplicates) findings.push(error('keras/duplicate-key', `config.json repeats key ${quote(d.key)}${d.path ? ` in ${d.path}` : ''}`, { member: 'config.json', offset: d.offset }));
        for (const f of walkKerasConfig(parsed.value, 'config.json')) findings.push({ ...f, location: { ...f.location, member: 'config.json' } });
      } catch (err) {
        findings.push(error('keras/bad-config', `config.json is not valid JSON: ${(err as Error).message}`, { member: 'config.json' }));
      }
    }
    for (const [name, data] of listing.contents) {
      if (name === 'config.json' || name === 'metadata.json' || name.endsWith('/')) continue;
      const nested = await ctx.analyzeNested(bufferSource(`${source.name}!/${name}`, data), name);
      for (const f of nested.findings) findings.push({ ...f, location: { ...f.location, member: f.location?.member ? `${name}!/${f.location.member}` : name } });
    }
    if (!names.some((n) => n.startsWith('model.weights.'))) findings.push(warning('keras/no-weights', 'the archive holds no model.weights.* file'));
    return { findings: findings.items, details: { members: names.length } };
  },
};
