import type { FormatAnalyzer } from '../types.js';
import { ggufAnalyzer } from './gguf.js';
import { hdf5Analyzer } from './hdf5.js';
import { kerasAnalyzer } from './keras.js';
import { emptyAnalyzer, htmlAnalyzer, jsonAnalyzer, lfsPointerAnalyzer, textAnalyzer } from './not-a-model.js';
import { onnxAnalyzer } from './onnx.js';
import { safetensorsIndexAnalyzer } from './safetensors-index.js';
import { safetensorsAnalyzer } from './safetensors.js';
import { savedModelAnalyzer } from './savedmodel.js';
import { tfliteAnalyzer } from './tflite.js';
import { bzip2Analyzer, gzipAnalyzer, unsupportedContainerAnalyzer, xzAnalyzer, zlibAnalyzer } from './compressed.js';
import { joblibAnalyzer } from './joblib.js';
import { npyAnalyzer, npzAnalyzer } from './numpy.js';
import { pickleAnalyzer } from './pickle.js';
import { pytorchLegacyAnalyzer, pytorchZipAnalyzer } from './pytorch.js';
import { tarAnalyzer } from './tar.js';
import { torchscriptAnalyzer } from './torchscript.js';
import { zipAnalyzer } from './zip.js';

/** An analyzer may also claim files by name when their content alone is ambiguous (JSON, protobuf). */
export type RegisteredAnalyzer = FormatAnalyzer & { names?: RegExp };

/**
 * Every format, tried in order: the first whose sniff() accepts the head wins. Order matters:
 * precise magics first, then the containers (a .keras is a zip), then the pickle family (protocol 0
 * and 1 pickles are printable text and must be caught before the text fallback), then JSON and text.
 */
export const ANALYZERS: RegisteredAnalyzer[] = [
  // Not models, by unmistakable content.
  emptyAnalyzer,
  lfsPointerAnalyzer,
  // Precise magic numbers.
  ggufAnalyzer,
  safetensorsAnalyzer,
  tfliteAnalyzer,
  hdf5Analyzer,
  savedModelAnalyzer,
  onnxAnalyzer,
  kerasAnalyzer,
  // Containers, pickles, NumPy, compressed streams.
  pytorchLegacyAnalyzer,
  npyAnalyzer,
  gzipAnalyzer,
  bzip2Analyzer,
  xzAnalyzer,
  unsupportedContainerAnalyzer,
  pytorchZipAnalyzer,
  torchscriptAnalyzer,
  npzAnalyzer,
  zipAnalyzer,
  tarAnalyzer,
  joblibAnalyzer,
  pickleAnalyzer,
  zlibAnalyzer,
  htmlAnalyzer,
  // Fallbacks: structured text last.
  safetensorsIndexAnalyzer,
  jsonAnalyzer,
  textAnalyzer,
];
