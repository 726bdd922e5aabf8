/**
 * The code of an inference worker thread, as a string: onnxruntime-node runs a session synchronously, so on
 * the main thread one inference would stall every other request (health checks included) and no queue could
 * ever form. A string (run with `eval: true`) works the same from the sources, the tests and the ncc bundles.
 */
export const INFERENCE_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);
let session;
const meta = (list) => list.map((m) => m.isTensor
  ? { name: m.name, dtype: m.type, shape: m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : null)) }
  : { name: m.name, dtype: 'unsupported', shape: [] });
ort.InferenceSession.create(new Uint8Array(workerData.bytes), workerData.options).then(
  (s) => {
    session = s;
    parentPort.postMessage({ type: 'ready', inputs: meta(s.inputMetadata), outputs: meta(s.outputMetadata) });
  },
  (err) => parentPort.postMessage({ type: 'failed', message: String(err && err.message || err) }),
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
