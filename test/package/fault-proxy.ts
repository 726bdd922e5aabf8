import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'pass' | 'status-503' | 'drop-request' | 'cut-response' | 'corrupt-response' | 'claim-subject';

export interface FaultProxy {
  host: string;
  /** Every request seen, as "METHOD path". */
  seen: string[];
  /** Basic credentials the token endpoint was given (decoded). */
  tokenRequests: string[];
  stop(): Promise<void>;
}

/**
 * A small HTTP proxy in front of a registry that injects faults chosen per request, and optionally plays
 * a bearer-token registry (401 + WWW-Authenticate challenge, a /token endpoint) in front of an anonymous one.
 */
export async function startFaultProxy(upstream: string, decide: (req: IncomingMessage) => Fault, options: { bearer?: { user: string; password: string } } = {}): Promise<FaultProxy> {
  const [upHost, upPort] = upstream.split(':');
  const seen: string[] = [];
  const tokenRequests: string[] = [];
  const TOKEN = 'test-token-1234';
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const self = req.headers.host ?? '';
    if (options.bearer && req.url?.startsWith('/token')) {
      const auth = req.headers.authorization ?? '';
      const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString() : '';
      tokenRequests.push(decoded);
      const ok = decoded === `${options.bearer.user}:${options.bearer.password}`;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(ok ? JSON.stringify({ token: TOKEN, expires_in: 300 }) : '{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}');
      return;
    }
    seen.push(`${req.method} ${req.url}`);
    if (options.bearer && req.headers.authorization !== `Bearer ${TOKEN}`) {
      req.resume();
      res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${self}/token",service="fault-proxy",scope="repository:x:pull"`, 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      return;
    }
    const fault = decide(req);
    if (fault === 'status-503') {
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAVAILABLE","message":"injected"}]}');
      return;
    }
    if (fault === 'drop-request') {
      // Take part of the body, then drop the connection: the registry never sees this request.
      let got = 0;
      req.on('data', (chunk: Buffer) => {
        got += chunk.length;
        if (got > 10) req.socket.destroy();
      });
      req.on('end', () => req.socket.destroy());
      return;
    }
    const headers = { ...req.headers };
    delete headers.authorization;
    const up = http.request({ host: upHost, port: Number(upPort), method: req.method, path: req.url, headers }, (upRes) => {
      if (fault === 'pass' || fault === 'claim-subject') {
        // claim-subject: what ECR does, an OCI-Subject header without a referrers API behind it.
        res.writeHead(upRes.statusCode ?? 502, fault === 'claim-subject' ? { ...upRes.headers, 'oci-subject': 'sha256:claimed' } : upRes.headers);
        upRes.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      upRes.on('data', (c: Buffer) => chunks.push(c));
      upRes.on('end', () => {
        const body = Buffer.concat(chunks);
        if (fault === 'cut-response') {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
          return;
        }
        if (body.length > 0) body[body.length >> 1] ^= 0xff;
        res.writeHead(upRes.statusCode ?? 502, upRes.headers).end(body);
      });
    });
    up.on('error', () => res.socket?.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    seen,
    tokenRequests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
