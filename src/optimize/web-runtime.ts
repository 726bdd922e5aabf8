import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ModelshipError } from '../core/errors.js';
import type { EvalData } from './eval-data.js';
import type { ModelOutputs } from './evaluate.js';

type OrtWeb = typeof import('onnxruntime-web');

/** The WebAssembly binary onnxruntime-web loads in Node with one thread (its loader .mjs sits beside it). */
export const WEB_WASM_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];

/**
 * Where the .wasm files are: beside this bundle (scripts/build.mjs copies them into dist/cli), else in the
 * installed onnxruntime-web package.
 */
function wasmDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, WEB_WASM_FILES[0]))) return here;
  for (const base of [import.meta.url, pathToFileURL(`${process.cwd()}/`).href]) {
    try {
      // The package's exports hide package.json; its main file is in dist/ beside the .wasm files.
      const dir = path.dirname(createRequire(base).resolve('onnxruntime-web'));
      if (existsSync(path.join(dir, WEB_WASM_FILES[0]))) return dir;
    } catch {
      // not installed from here; try the next base
    }
  }
  throw new ModelshipError(`onnxruntime-web's ${WEB_WASM_FILES[0]} is neither beside ${here} nor in an installed onnxruntime-web`, { hint: 'npm install onnxruntime-web' });
}

let webPromise: Promise<OrtWeb> | undefined;

export function loadOnnxRuntimeWeb(): Promise<OrtWeb> {
  webPromise ??= import('onnxruntime-web').then((m) => {
    const ort = (m as { default?: OrtWeb }).default?.InferenceSession ? (m as { default: OrtWeb }).default : m;
    // One thread: no worker threads to start or leak, and the figure of a small device.
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.wasmPaths = `${pathToFileURL(wasmDirectory()).href}/`;
    ort.env.logLevel = 'error';
    return ort;
  });
  return webPromise;
}

export interface WebCheck {
  runtime: 'onnxruntime-web';
  version?: string;
  loads: boolean;
  /** Operators onnxruntime-web has no kernel for, when its error names them. */
  missingOps: string[];
  error?: string;
  /** Largest |web - node| over the float outputs on the evaluation rows. */
  maxAbsDiff?: number;
}

/**
 * Loads and runs a model in onnxruntime-web (WebAssembly, in this process) on the evaluation rows and
 * compares its outputs with onnxruntime-node's (without rows: loads it only). A model the browser runtime cannot load is a finding of
 * the report, never a crash of the run.
 */
export async function checkInWebRuntime(modelPath: string, data?: EvalData, nodeOutputs?: ModelOutputs): Promise<WebCheck> {
  const ort = await loadOnnxRuntimeWeb();
  const version = ort.env.versions?.web;
  let session: import('onnxruntime-web').InferenceSession;
  try {
    session = await ort.InferenceSession.create(new Uint8Array(await readFile(modelPath)));
  } catch (err) {
    const message = String((err as Error).message ?? err);
    return { runtime: 'onnxruntime-web', version, loads: false, missingOps: missingOperators(message), error: message.split('\n')[0].slice(0, 500) };
  }
  // Without evaluation rows the check is whether it loads: every kernel is resolved at load time.
  if (!data || !nodeOutputs) {
    await session.release();
    return { runtime: 'onnxruntime-web', version, loads: true, missingOps: [] };
  }
  try {
    const results = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', data.features, [data.rows, data.width]) });
    let maxAbsDiff = 0;
    for (const [name, expected] of Object.entries(nodeOutputs)) {
      const actual = results[name];
      if (!actual) throw new Error(`no output "${name}"`);
      if (expected.type !== 'float32') continue;
      for (let i = 0; i < expected.data.length; i++) maxAbsDiff = Math.max(maxAbsDiff, Math.abs(Number(actual.data[i]) - Number(expected.data[i])) || 0);
    }
    return { runtime: 'onnxruntime-web', version, loads: true, missingOps: [], maxAbsDiff };
  } catch (err) {
    const message = String((err as Error).message ?? err);
    return { runtime: 'onnxruntime-web', version, loads: false, missingOps: missingOperators(message), error: message.split('\n')[0].slice(0, 500) };
  } finally {
    await session.release();
  }
}

/** onnxruntime's "Could not find an implementation for Op(version) node" and "unsupported op" messages. */
export function missingOperators(message: string): string[] {
  const ops = new Set<string>();
  for (const m of message.matchAll(/Could not find an implementation for (\w+)\(\d+\)/g)) ops.add(m[1]);
  for (const m of message.matchAll(/(?:Unsupported|unsupported) (?:op|operator)[: ]+['"]?([\w.]+)/g)) ops.add(m[1]);
  for (const m of message.matchAll(/Fatal error: ([\w.]+):(\w+)\(-?\d+\) is not a registered function\/op/g)) ops.add(`${m[1]}:${m[2]}`);
  return [...ops];
}
