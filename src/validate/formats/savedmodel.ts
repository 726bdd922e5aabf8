import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { error, FindingList, note, quote, warning } from '../finding.js';
import { fields, text, WireFormatError, type WireField } from '../../core/protobuf-wire.js';
import { decodeUtf8Strict, parseStrictJson } from '../strict-json.js';
import type { FormatAnalyzer } from '../types.js';
import { walkKerasConfig } from './keras-config.js';

/** Graph ops that touch files, run Python or map memory: nothing a served model needs. */
const DANGEROUS_OPS: Record<string, string> = {
  ReadFile: 'reads any file into a tensor',
  WriteFile: 'writes any file',
  MatchingFiles: 'lists the file system',
  PyFunc: 'runs Python code',
  PyFuncStateless: 'runs Python code',
  EagerPyFunc: 'runs Python code',
  ImmutableConst: 'memory-maps a file named in the graph',
  DeleteSessionTensor: 'manipulates session state',
  DebugIdentityV3: 'writes debug dumps to a URL or file',
  DecodeProtoV2: 'loads proto descriptors from a file (descriptor_source)',
  EncodeProto: 'loads proto descriptors from a file (descriptor_source)',
};
/** Checkpoint ops every SavedModel has; only odd paths make them a finding. */
const CHECKPOINT_OPS = new Set(['Save', 'SaveV2', 'SaveSlices', 'Restore', 'RestoreV2', 'RestoreSlice', 'MergeV2Checkpoints', 'ShardedFilename']);
const PRINT_OPS = new Set(['PrintV2']);

/** SavedModel: `saved_model_schema_version` 1 then a MetaGraphDef (whose first field is meta_info_def). */
export function sniffSavedModel(head: Buffer): boolean {
  if (head.length < 5 || head[0] !== 0x08 || head[1] !== 0x01 || head[2] !== 0x12) return false;
  let i = 3;
  while (i < head.length && head[i] & 0x80) i++;
  return head[i + 1] === 0x0a;
}

/**
 * TensorFlow SavedModel (`saved_model.pb`) and `keras_metadata.pb`: every node of every graph and
 * function is listed; file-system and Python ops fail, Save/Restore with absolute or `..` paths fail,
 * and Keras metadata is walked for Lambda layers. The file is parsed whole (it holds the graph, not the
 * weights, which live in variables/).
 */
export const savedModelAnalyzer: FormatAnalyzer & { names: RegExp } = {
  format: 'savedmodel',
  names: /(^|\/)(saved_model|keras_metadata)\.pb$/,
  sniff: (head) => sniffSavedModel(head),
  async analyze(source, ctx) {
    const findings = new FindingList();
    if (source.size > ctx.limits.maxHeaderBytes) {
      return { findings: [error('limits/header-size', `the graph file is ${source.size} bytes, over maxHeaderBytes (${ctx.limits.maxHeaderBytes})`)] };
    }
    const buf = await source.read(0, source.size);
    const ops = new Map<string, number>();
    const strings: Array<{ value: string; at: number }> = [];
    let kerasMetadata = 0;
    try {
      if (/keras_metadata\.pb$/.test(source.name)) {
        kerasMetadata = walkKerasMetadata(buf, findings);
      } else {
        let metaGraphs = 0;
        for (const f of fields(buf)) {
          if (f.field === 2 && f.bytes) {
            metaGraphs++;
            walkMetaGraph(f, ops, strings);
          }
        }
        if (metaGraphs === 0) findings.push(error('savedmodel/no-meta-graph', 'saved_model.pb holds no MetaGraphDef'));
      }
    } catch (err) {
      if (err instanceof WireFormatError) findings.push(error('savedmodel/malformed', `not a well-formed protobuf: ${err.message}`, { offset: err.offset }));
      else throw err;
    }
    for (const [op, count] of ops) {
      if (op in DANGEROUS_OPS) findings.push(error('savedmodel/dangerous-op', `op ${op} (${count}x) ${DANGEROUS_OPS[op]}`));
    }
    const oddPaths = strings.filter((s) => /^\/|^[A-Za-z]:[\\/]|(^|[\\/])\.\.([\\/]|$)|^(file|gs|s3|hdfs|https?):\/\//.test(s.value));
    if ([...ops.keys()].some((op) => CHECKPOINT_OPS.has(op) || PRINT_OPS.has(op) || op in DANGEROUS_OPS)) {
      for (const s of oddPaths.slice(0, 20)) {
        findings.push(error('savedmodel/odd-path', `the graph holds the path ${quote(s.value)} next to file ops: checkpoints must stay inside variables/`, { offset: s.at }));
      }
    }
    const known = new Set([...Object.keys(DANGEROUS_OPS), ...CHECKPOINT_OPS]);
    const unusual = [...ops.keys()].filter((op) => !known.has(op) && !/^[A-Z][A-Za-z0-9]*$/.test(op));
    if (unusual.length) findings.push(warning('savedmodel/custom-op', `ops with unusual names (custom kernels?): ${unusual.slice(0, 10).join(', ')}`));
    return { findings: findings.items, details: { ops: Object.fromEntries(ops), kerasMetadata }, claims: await variableFiles(source.filePath) };
  },
};

/** The checkpoint next to saved_model.pb (variables/variables.index, .data-NNNNN-of-NNNNN) is raw tensor data. */
async function variableFiles(filePath: string | undefined): Promise<string[]> {
  if (!filePath || path.basename(filePath) !== 'saved_model.pb') return [];
  const dir = path.dirname(filePath);
  const out = [path.join(dir, 'fingerprint.pb')];
  try {
    for (const name of await readdir(path.join(dir, 'variables'))) {
      if (/^variables\.(index|data-\d{5}-of-\d{5})$/.test(name)) out.push(path.join(dir, 'variables', name));
    }
  } catch {
    /* no variables folder: a graph without weights */
  }
  return out;
}

function walkMetaGraph(meta: WireField, ops: Map<string, number>, strings: Array<{ value: string; at: number }>): void {
  for (const f of fields(meta.bytes!, meta.start)) {
    if (f.field === 2 && f.bytes) walkGraphDef(f, ops, strings, 0);
  }
}

/** GraphDef: 1 node (NodeDef), 2 library (FunctionDefLibrary: 1 function FunctionDef: 3 node_def). */
function walkGraphDef(graph: WireField, ops: Map<string, number>, strings: Array<{ value: string; at: number }>, depth: number): void {
  if (depth > 64) throw new WireFormatError('functions nested too deeply', graph.at);
  for (const f of fields(graph.bytes!, graph.start)) {
    if (f.field === 1 && f.bytes) walkNode(f, ops, strings);
    if (f.field === 2 && f.bytes) {
      for (const fn of fields(f.bytes, f.start)) {
        if (fn.field !== 1 || !fn.bytes) continue;
        for (const part of fields(fn.bytes, fn.start)) if (part.field === 3 && part.bytes) walkNode(part, ops, strings);
      }
    }
  }
}

/** NodeDef: 1 name, 2 op, 5 attr (map entry: 1 key, 2 AttrValue: 2 s, 8 tensor (TensorProto 8 string_val)). */
function walkNode(node: WireField, ops: Map<string, number>, strings: Array<{ value: string; at: number }>): void {
  for (const f of fields(node.bytes!, node.start)) {
    if (f.field === 2 && f.bytes) {
      const op = text(f);
      ops.set(op, (ops.get(op) ?? 0) + 1);
    }
    if (f.field === 5 && f.bytes) {
      for (const entry of fields(f.bytes, f.start)) {
        if (entry.field !== 2 || !entry.bytes) continue;
        for (const attr of fields(entry.bytes, entry.start)) {
          if (attr.field === 2 && attr.bytes) strings.push({ value: text(attr), at: attr.at });
          if (attr.field === 8 && attr.bytes) {
            for (const t of fields(attr.bytes, attr.start)) if (t.field === 8 && t.bytes) strings.push({ value: text(t), at: t.at });
          }
        }
      }
    }
  }
}

/** keras_metadata.pb: SavedMetadata { 1 nodes: SavedObject { ..., 4 metadata (JSON string) } }. */
function walkKerasMetadata(buf: Buffer, findings: FindingList): number {
  let count = 0;
  for (const node of fields(buf)) {
    if (node.field !== 1 || !node.bytes) continue;
    for (const f of fields(node.bytes, node.start)) {
      if (f.wire !== 2 || !f.bytes || f.bytes[0] !== 0x7b) continue;
      const s = decodeUtf8Strict(f.bytes);
      if (s === undefined) continue;
      try {
        const value = parseStrictJson(s).value;
        count++;
        for (const x of walkKerasConfig(value, 'keras_metadata')) findings.push({ ...x, location: { ...x.location, offset: f.start } });
      } catch {
        findings.push(note('savedmodel/bad-keras-metadata', 'a Keras metadata entry is not valid JSON', { offset: f.start }));
      }
    }
  }
  return count;
}
