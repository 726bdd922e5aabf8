import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import { readOnnxModel } from '../core/onnx/reader.js';
import type { OutputTensor } from '../serve/protocol.js';
import { nodeFs, writeAtomically } from './fs-port.js';
import { openOnnxEngine, type InferenceEngine } from './inference.js';
import { columnsOf, readRows, type InputFile } from './inputs.js';
import { planColumns, TensorBuilder, type SignatureTensor } from './mapping.js';
import type { ResolvedModel } from './run.js';

/**
 * compare.json, in the metrics-file shape the gate reads (`{"agreement": ..., "slices": {feature: {value:
 * {...}}}}`), so a gate can require e.g. agreement >= 0.98 and no slice below a bound.
 */
export interface CompareReport {
  candidate: { model: string; version: string; sha256: string };
  baseline: { model: string; version: string; sha256: string; environment: string | null };
  label: string;
  rows: number;
  /** Rows neither model could score (unreadable, wrong type). */
  skipped: number;
  agreement: number;
  /** Total variation distance between the two predicted-label distributions (0 same, 1 disjoint). */
  prediction_shift: number;
  /** Population stability index of the predicted labels (candidate against baseline). */
  prediction_psi: number;
  distribution: Record<string, { baseline: number; candidate: number }>;
  worst_slice_agreement: number | null;
  slices: Record<string, Record<string, { rows: number; agreement: number; disagreement: number }>>;
}

export interface CompareSettings {
  inputs: InputFile[];
  columns: Record<string, string[]>;
  slices: string[];
  label?: string;
  batchRows: number;
  workers: number;
  output?: string;
}

export async function compareModels(candidate: ResolvedModel, baseline: ResolvedModel, settings: CompareSettings, hooks: { engine?: (m: ResolvedModel) => Promise<InferenceEngine> } = {}): Promise<CompareReport> {
  const open = hooks.engine ?? ((m: ResolvedModel) => openOnnxEngine(m.name, m.version, m.sha256, m.bytes, { workers: settings.workers }));
  const sig = async (m: ResolvedModel) => readOnnxModel({ size: m.bytes.length, read: async (o, l) => m.bytes.subarray(o, o + l) });
  const [cs, bs] = await Promise.all([sig(candidate), sig(baseline)]);
  const asTensor = (v: { name: string; kind: string; dtype: string; shape?: Array<number | string | null> }): SignatureTensor => ({ name: v.name, dtype: v.kind === 'tensor' ? v.dtype : v.kind, shape: v.shape });
  const inputs = cs.inputs.map(asTensor);
  if (JSON.stringify(inputs) !== JSON.stringify(bs.inputs.map(asTensor))) throw new ModelshipError(`${candidate.version} and ${baseline.version} take different inputs: compare needs the same signature inputs`);
  const label = chooseLabel(cs.outputs.map(asTensor), settings.label);
  if (!bs.outputs.some((o) => o.name === label.name)) throw new ModelshipError(`the baseline ${baseline.version} has no output "${label.name}"`);
  const engines = await Promise.all([open(candidate), open(baseline)]);
  const counts: Record<string, { baseline: number; candidate: number }> = {};
  const slices: CompareReport['slices'] = {};
  let rows = 0;
  let agree = 0;
  let skipped = 0;
  try {
    for (const file of settings.inputs) {
      const columns = await columnsOf(file);
      if (!columns) {
        skipped++;
        continue;
      }
      const plan = planColumns(file.rel, inputs, columns, settings.columns, settings.slices);
      let batch: unknown[][] = [];
      const score = async () => {
        if (batch.length === 0) return;
        const builder = new TensorBuilder(plan, batch.length);
        const kept: unknown[][] = [];
        for (const cells of batch) if (builder.add(cells) === undefined) kept.push(cells);
        else skipped++;
        batch = [];
        if (kept.length === 0) return;
        const tensors = builder.tensors();
        const [c, b] = await Promise.all(engines.map((e) => e.run(tensors, [label.name])));
        const cl = labelsOf(c[0], label.argmax);
        const bl = labelsOf(b[0], label.argmax);
        kept.forEach((cells, i) => {
          rows++;
          const same = cl[i] === bl[i];
          if (same) agree++;
          (counts[cl[i]] ??= { baseline: 0, candidate: 0 }).candidate++;
          (counts[bl[i]] ??= { baseline: 0, candidate: 0 }).baseline++;
          settings.slices.forEach((feature, k) => {
            const value = String(cells[cells.length - settings.slices.length + k]);
            const s = ((slices[feature] ??= {})[value] ??= { rows: 0, agreement: 0, disagreement: 0 });
            s.rows++;
            if (same) s.agreement++;
          });
        });
      };
      for await (const r of readRows(file, plan.wanted)) {
        if (!r.cells) {
          skipped++;
          continue;
        }
        batch.push(r.cells);
        if (batch.length >= settings.batchRows) await score();
      }
      await score();
    }
  } finally {
    await Promise.all(engines.map((e) => e.close()));
  }
  if (rows === 0) throw new ModelshipError('compare scored no row: nothing to compare');
  for (const values of Object.values(slices)) {
    for (const s of Object.values(values)) {
      s.agreement = s.agreement / s.rows;
      s.disagreement = 1 - s.agreement;
    }
  }
  const keys = Object.keys(counts).sort();
  const distribution: CompareReport['distribution'] = {};
  let tvd = 0;
  let psi = 0;
  for (const k of keys) {
    const p = counts[k].baseline / rows;
    const q = counts[k].candidate / rows;
    distribution[k] = { baseline: p, candidate: q };
    tvd += Math.abs(p - q) / 2;
    // Empty classes get a floor so one missing class gives a large, finite PSI rather than Infinity.
    const pe = Math.max(p, 1e-4);
    const qe = Math.max(q, 1e-4);
    psi += (qe - pe) * Math.log(qe / pe);
  }
  const sliceAgreements = Object.values(slices).flatMap((v) => Object.values(v).map((s) => s.agreement));
  const report: CompareReport = {
    candidate: { model: candidate.name, version: candidate.version, sha256: candidate.sha256 },
    baseline: { model: baseline.name, version: baseline.version, sha256: baseline.sha256, environment: baseline.environment ?? null },
    label: label.argmax ? `argmax(${label.name})` : label.name,
    rows,
    skipped,
    agreement: agree / rows,
    prediction_shift: tvd,
    prediction_psi: psi,
    distribution,
    worst_slice_agreement: sliceAgreements.length ? Math.min(...sliceAgreements) : null,
    slices,
  };
  if (settings.output) {
    await nodeFs.mkdir(path.dirname(settings.output));
    await writeAtomically(nodeFs, settings.output, `${JSON.stringify(report, null, 2)}\n`, randomBytes(4).toString('hex'));
  }
  return report;
}

/** The output compared: the one named, else the first one-value integer/string output, else argmax of the first. */
function chooseLabel(outputs: SignatureTensor[], wanted: string | undefined): { name: string; argmax: boolean } {
  if (wanted !== undefined) {
    const o = outputs.find((x) => x.name === wanted);
    if (!o) throw new ModelshipError(`--label: the model has no output "${wanted}"`, { hint: `outputs: ${outputs.map((x) => x.name).join(', ')}` });
    return { name: o.name, argmax: (o.shape?.length ?? 0) > 1 };
  }
  const discrete = outputs.find((o) => /int|string|bool/.test(o.dtype) && (o.shape?.length ?? 0) <= 1);
  if (discrete) return { name: discrete.name, argmax: false };
  if (outputs.length === 0) throw new ModelshipError('the model has no outputs');
  return { name: outputs[0].name, argmax: true };
}

function labelsOf(t: OutputTensor, argmax: boolean): string[] {
  const n = t.dims[0] ?? 0;
  const size = t.dims.slice(1).reduce((a, b) => a * b, 1);
  const out: string[] = [];
  for (let r = 0; r < n; r++) {
    if (!argmax) out.push(String(t.data[r]));
    else {
      let best = 0;
      for (let k = 1; k < size; k++) if ((t.data[r * size + k] as number) > (t.data[r * size + best] as number)) best = k;
      out.push(String(best));
    }
  }
  return out;
}
