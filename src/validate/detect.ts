import path from 'node:path';
import { ANALYZERS, type RegisteredAnalyzer } from './formats/index.js';
import type { FormatId } from './types.js';

/** Bytes read to sniff a format (HDF5 may place its superblock at 512). */
export const HEAD_BYTES = 4096;

/** What each extension promises; content decides, and a broken promise is a finding. */
const EXTENSIONS: Record<string, FormatId[]> = {
  '.safetensors': ['safetensors'],
  '.gguf': ['gguf'],
  '.onnx': ['onnx'],
  '.ort': ['onnx'],
  '.tflite': ['tflite'],
  '.keras': ['keras'],
  '.h5': ['hdf5'],
  '.hdf5': ['hdf5'],
  '.pb': ['savedmodel', 'onnx'],
  '.npy': ['numpy'],
  '.npz': ['numpy-npz', 'zip'],
  '.pkl': ['pickle', 'gzip', 'zlib', 'bzip2', 'xz', 'joblib'],
  '.pickle': ['pickle', 'gzip', 'zlib', 'bzip2', 'xz', 'joblib'],
  '.joblib': ['joblib', 'pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
  '.pt': ['pytorch-zip', 'pytorch-legacy', 'torchscript', 'pickle', 'tar'],
  '.pth': ['pytorch-zip', 'pytorch-legacy', 'torchscript', 'pickle', 'tar'],
  '.bin': ['pytorch-zip', 'pytorch-legacy', 'pickle', 'safetensors', 'gguf', 'external-data', 'unknown'],
  '.ckpt': ['pytorch-zip', 'pytorch-legacy', 'pickle'],
  '.zip': ['zip', 'pytorch-zip', 'torchscript', 'keras', 'numpy-npz'],
  '.tar': ['tar', 'pytorch-legacy'],
  '.gz': ['gzip'],
  '.json': ['json', 'safetensors-index'],
  '.md': ['text'],
  '.txt': ['text'],
  '.csv': ['text'],
  '.yml': ['text'],
  '.yaml': ['text'],
  '.py': ['text'],
};

/**
 * Formats whose promise is "no code runs when this loads". Content that can run code behind such a name
 * is an error, not a mismatch: tools that route by extension (picklescan, modelscan) skip it.
 */
export const DATA_ONLY_FORMATS = new Set<FormatId>(['safetensors', 'gguf', 'onnx', 'tflite', 'numpy', 'json', 'text', 'safetensors-index']);
export const CODE_CAPABLE_FORMATS = new Set<FormatId>(['pickle', 'pytorch-zip', 'pytorch-legacy', 'torchscript', 'joblib', 'keras', 'hdf5', 'savedmodel', 'gzip', 'zlib', 'bzip2', 'xz', 'zip', 'tar', 'numpy-npz', 'unsupported-container']);

export function expectedFormats(name: string): FormatId[] | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.safetensors.index.json')) return ['safetensors-index'];
  if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz')) return ['gzip', 'tar'];
  return EXTENSIONS[path.extname(lower)];
}

/** The analyzer for a head of bytes: content first; a name only settles ambiguous text/protobuf. */
export function detect(head: Buffer, size: number, name: string, analyzers: RegisteredAnalyzer[] = ANALYZERS): RegisteredAnalyzer | undefined {
  const base = name.split('!/').pop() ?? name;
  for (const a of analyzers) {
    if (a.names && a.names.test(base) && (a.sniff(head, size) || !analyzers.some((o) => o !== a && !o.names && o.format !== 'json' && o.format !== 'text' && safeSniff(o, head, size)))) return a;
  }
  return analyzers.find((a) => safeSniff(a, head, size));
}

function safeSniff(a: RegisteredAnalyzer, head: Buffer, size: number): boolean {
  try {
    return a.sniff(head, size);
  } catch {
    return false;
  }
}
