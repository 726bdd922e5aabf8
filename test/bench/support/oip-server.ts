/**
 * A minimal Open Inference Protocol v2 server for the http runner's tests: node:http in front of
 * onnxruntime-node. /v2/health/ready, /v2/models/{name}, /v2/models/{name}/infer with JSON tensors.
 * `failWith` makes every inference answer that status (for error-path tests).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ort from 'onnxruntime-node';

const DATATYPE: Record<string, string> = { float32: 'FP32', float64: 'FP64', int64: 'INT64', int32: 'INT32', bool: 'BOOL', uint8: 'UINT8' };

export interface OipServer {
  url: string;
  requests: number;
  failWith?: number;
  close(): Promise<void>;
}

export async function startOipServer(models: Record<string, string>): Promise<OipServer> {
  const sessions = new Map<string, ort.InferenceSession>();
  for (const [name, file] of Object.entries(models)) sessions.set(name, await ort.InferenceSession.create(file, { intraOpNumThreads: 1, interOpNumThreads: 1 }));
  const state: { requests: number; failWith?: number } = { requests: 0 };
  const send = (res: http.ServerResponse, status: number, body?: unknown) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = req.url ?? '';
        if (url === '/v2/health/ready' || url === '/v2/health/live') return send(res, 200, { ready: true });
        const m = /^\/v2\/models\/([^/]+)(\/infer)?$/.exec(url);
        const session = m ? sessions.get(decodeURIComponent(m[1])) : undefined;
        if (!m || !session) return send(res, 404, { error: `no route or model for ${url}` });
        const meta = (list: readonly ort.InferenceSession.ValueMetadata[]) =>
          list.map((v) => (v.isTensor ? { name: v.name, datatype: DATATYPE[v.type] ?? v.type, shape: v.shape.map((d) => (typeof d === 'number' ? d : -1)) } : { name: v.name }));
        if (!m[2]) return send(res, 200, { name: m[1], platform: 'onnxruntime', versions: ['1'], inputs: meta(session.inputMetadata), outputs: meta(session.outputMetadata) });
        if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });
        state.requests++;
        if (state.failWith) return send(res, state.failWith, { error: 'failing on purpose' });
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: string; inputs: Array<{ name: string; shape: number[]; datatype: string; data: number[] }> };
          const feeds: Record<string, ort.Tensor> = {};
          for (const i of body.inputs) {
            if (i.datatype === 'FP32') feeds[i.name] = new ort.Tensor('float32', Float32Array.from(i.data), i.shape);
            else if (i.datatype === 'INT64') feeds[i.name] = new ort.Tensor('int64', BigInt64Array.from(i.data.map(BigInt)), i.shape);
            else return send(res, 400, { error: `unsupported datatype ${i.datatype}` });
          }
          const out = await session.run(feeds);
          send(res, 200, {
            model_name: m[1],
            id: body.id,
            outputs: Object.entries(out).map(([name, t]) => ({ name, shape: t.dims, datatype: DATATYPE[t.type] ?? t.type, data: Array.from(t.data as ArrayLike<number | bigint>, Number) })),
          });
        } catch (err) {
          send(res, 400, { error: (err as Error).message });
        }
      })();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    set requests(v: number) {
      state.requests = v;
    },
    get failWith() {
      return state.failWith;
    },
    set failWith(v: number | undefined) {
      state.failWith = v;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sessions.values()) await s.release();
    },
  };
}
