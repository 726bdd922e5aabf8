/**
 * The code of an inference worker thread, as a string: onnxruntime-node runs a session synchronously, so on
 * the main thread one inference would stall every other request (health checks included) and no queue could
 * ever form. A string (run with `eval: true`) works the same from the sources, the tests and the ncc bundles.
 *
 * Messages: `run` {id, inputs:[{name,dtype,dims,data}], outputs:[names]} → `result` {id, outputs | error};
 * `release` → `released`. The model bytes arrive transferred (not copied) in workerData and are dropped as
 * soon as the session exists. Outputs go back copied, never transferred: onnxruntime-node may hand them over
 * as external buffers that free native memory from this thread's finalizers, which must not move to another.
 */
export const INFERENCE_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);
let session;
// Shapes: fixed dims as numbers, free ones as null; dim0 keeps the symbolic name of a free first dimension
// ('' when onnxruntime gives no name) so the server can tell whether every tensor shares one batch axis.
const meta = (list) => list.map((m) => {
  if (!m.isTensor) return { name: m.name, dtype: 'unsupported', shape: [] };
  const shape = m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : null));
  const first = m.shape[0];
  const dim0 = shape.length > 0 && shape[0] === null ? (typeof first === 'string' ? first : '') : undefined;
  return dim0 === undefined ? { name: m.name, dtype: m.type, shape } : { name: m.name, dtype: m.type, shape, dim0 };
});
let bytes = workerData.bytes;
workerData.bytes = null;
ort.InferenceSession.create(bytes, workerData.options).then(
  (s) => {
    session = s;
    bytes = null;
    parentPort.postMessage({ type: 'ready', inputs: meta(s.inputMetadata), outputs: meta(s.outputMetadata) });
  },
  (err) => {
    bytes = null;
    parentPort.postMessage({ type: 'failed', message: String(err && err.message || err) });
  },
);
parentPort.on('message', async (m) => {
  if (m.type === 'run') {
    try {
      const feeds = {};
      for (const t of m.inputs) feeds[t.name] = new ort.Tensor(t.dtype, t.data, t.dims);
      const r = await session.run(feeds, m.outputs);
      parentPort.postMessage({ type: 'result', id: m.id, outputs: m.outputs.map((n) => ({ name: n, dtype: r[n].type, dims: r[n].dims, data: r[n].data })) });
    } catch (err) {
      parentPort.postMessage({ type: 'result', id: m.id, error: String(err && err.message || err) });
    }
  } else if (m.type === 'release') {
    try { if (session) await session.release(); } finally { parentPort.postMessage({ type: 'released' }); }
  }
});
`;
