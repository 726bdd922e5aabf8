import { setTimeout as sleep } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { Agent, request, type Dispatcher } from 'undici';
import { ModelshipError } from '../../core/errors.js';
import { sha256Digest, type OciLayout } from '../layout.js';
import { MEDIA } from '../media-types.js';
import type { Descriptor, ImageIndex } from '../oci-types.js';
import { isDigest } from '../reference.js';
import { parseChallenge, type Credentials } from './credentials.js';

/*
 * A small OCI Distribution v1.1 client on undici. No maintained Node client fits: the npm registry clients
 * (e.g. `@oras/*`, `docker-registry-client`) are unmaintained, Docker-v2-schema only, buffer blobs in memory,
 * or lack chunked resumable upload, cross-repository mount and the referrers tag-schema fallback. Blobs are
 * streamed in both directions, and a pulled blob lands only after its digest and size are verified.
 */

export interface RegistryOptions {
  /** host[:port] */
  registry: string;
  /** Speak http:// (a loopback registry without TLS); https:// otherwise. */
  plainHttp?: boolean;
  credentials?: Credentials;
  /** Extra CA certificate(s) (PEM) to trust, e.g. a registry's self-signed certificate. */
  ca?: string | Buffer;
  /** Attempts after the first on 5xx, 429 and dropped connections (default 4). */
  retries?: number;
  retryDelayMs?: number;
  /** Blobs larger than this are uploaded in chunks of this size, resumable (default 64 MiB). */
  chunkSize?: number;
  log?: (line: string) => void;
}

type Method = 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

interface Call {
  method: Method;
  /** A path under the registry or an absolute URL (upload locations). */
  url: string;
  repository: string;
  /** Extra repositories the token must read (cross-repository mount). */
  alsoPull?: string;
  headers?: Record<string, string>;
  /** A fresh body for each attempt. */
  body?: () => Readable | Buffer | string;
  expect: number[];
  /** Retry 5xx and dropped connections (the body is re-made). */
  retry?: boolean;
}

type Response = Dispatcher.ResponseData;

export type BlobPushOutcome = 'exists' | 'mounted' | 'uploaded';

const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export class RegistryClient {
  readonly registry: string;
  private readonly base: string;
  private readonly dispatcher: Dispatcher;
  private readonly tokens = new Map<string, string>();
  private basicAccepted = false;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  readonly chunkSize: number;
  private readonly log: (line: string) => void;

  constructor(private readonly options: RegistryOptions) {
    this.registry = options.registry;
    this.base = `${options.plainHttp ? 'http' : 'https'}://${options.registry}`;
    this.dispatcher = new Agent({ connect: options.ca ? { ca: options.ca } : undefined, headersTimeout: 120_000, bodyTimeout: 120_000 });
    this.retries = options.retries ?? 4;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
    this.log = options.log ?? (() => {});
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /** HEAD the blob: present with the right size means there is nothing to upload. */
  async hasBlob(repository: string, desc: Descriptor): Promise<boolean> {
    const res = await this.send({ method: 'HEAD', url: `/v2/${repository}/blobs/${desc.digest}`, repository, expect: [200, 404] });
    await res.body.dump();
    return res.statusCode === 200 && (res.headers['content-length'] === undefined || Number(res.headers['content-length']) === desc.size);
  }

  /**
   * Uploads a blob unless the registry has it: a cross-repository mount first when `mountFrom` is given,
   * then one PUT for small blobs or PATCH chunks that resume where the registry says it stopped.
   */
  async pushBlob(repository: string, desc: Descriptor, open: (start: number, end: number) => Readable | Buffer, mountFrom?: string): Promise<BlobPushOutcome> {
    if (await this.hasBlob(repository, desc)) return 'exists';
    let location: string | undefined;
    if (mountFrom && mountFrom !== repository) {
      const res = await this.send({ method: 'POST', url: `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(mountFrom)}`, repository, alsoPull: mountFrom, headers: { 'content-length': '0' }, expect: [201, 202] });
      await res.body.dump();
      if (res.statusCode === 201) return 'mounted';
      location = this.location(res);
    }
    if (desc.size <= this.chunkSize) {
      for (let attempt = 0; ; attempt++) {
        location ??= await this.startUpload(repository);
        try {
          const res = await this.send({ method: 'PUT', url: withQuery(location, 'digest', desc.digest), repository, headers: { 'content-type': 'application/octet-stream', 'content-length': `${desc.size}` }, body: () => (desc.size === 0 ? Buffer.alloc(0) : open(0, desc.size - 1)), expect: [201], retry: false });
          await res.body.dump();
          return 'uploaded';
        } catch (err) {
          if (attempt >= this.retries || !retryable(err)) throw err;
          this.log(`upload of ${desc.digest} failed (${(err as Error).message}); starting again`);
          location = undefined;
          await sleep(this.backoff(attempt));
        }
      }
    }
    location ??= await this.startUpload(repository);
    let offset = 0;
    let failures = 0;
    while (offset < desc.size) {
      const end = Math.min(offset + this.chunkSize, desc.size) - 1;
      const start = offset;
      try {
        const res = await this.send({ method: 'PATCH', url: location, repository, headers: { 'content-type': 'application/octet-stream', 'content-length': `${end - start + 1}`, 'content-range': `${start}-${end}` }, body: () => open(start, end), expect: [202], retry: false });
        await res.body.dump();
        location = this.location(res);
        offset = end + 1;
      } catch (err) {
        if (failures++ >= this.retries || !retryable(err)) throw err;
        await sleep(this.backoff(failures));
        const status = await this.send({ method: 'GET', url: location, repository, expect: [204] });
        await status.body.dump();
        location = this.location(status, location);
        offset = rangeEnd(status.headers.range);
        this.log(`upload of ${desc.digest} interrupted (${(err as Error).message}); resuming at byte ${offset}`);
      }
    }
    const res = await this.send({ method: 'PUT', url: withQuery(location, 'digest', desc.digest), repository, headers: { 'content-length': '0' }, expect: [201] });
    await res.body.dump();
    return 'uploaded';
  }

  /** Streams a blob into the layout; it lands only when its digest and size match `desc` (retried from the start when the connection drops). */
  async pullBlob(repository: string, desc: Descriptor, layout: OciLayout): Promise<'exists' | 'pulled'> {
    if (await layout.hasBlob(desc)) return 'exists';
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await this.getFollowingRedirects(repository, `/v2/${repository}/blobs/${desc.digest}`);
        await layout.writeStream(desc.mediaType, res.body, desc);
        return 'pulled';
      } catch (err) {
        if (attempt >= this.retries || !retryable(err)) throw err;
        this.log(`download of ${desc.digest} failed (${(err as Error).message}); retrying`);
        await sleep(this.backoff(attempt));
      }
    }
  }

  /** PUTs a manifest by tag or digest; returns the digest and whether the registry took its subject (OCI-Subject). */
  async putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<{ digest: string; subjectProcessed: boolean }> {
    const digest = sha256Digest(bytes);
    const res = await this.send({ method: 'PUT', url: `/v2/${repository}/manifests/${reference}`, repository, headers: { 'content-type': mediaType, 'content-length': `${bytes.length}` }, body: () => bytes, expect: [201] });
    await res.body.dump();
    const echoed = header(res, 'docker-content-digest');
    if (echoed && echoed !== digest) throw new ModelshipError(`${this.registry}/${repository}: the registry stored the manifest as ${echoed}, but its bytes hash to ${digest}`, { exitCode: 1 });
    return { digest, subjectProcessed: header(res, 'oci-subject') !== undefined };
  }

  /** GETs a manifest (or index) by tag or digest; undefined when absent. Its bytes are checked against the digest. */
  async getManifest(repository: string, reference: string): Promise<{ bytes: Buffer; mediaType: string; digest: string } | undefined> {
    const res = await this.send({ method: 'GET', url: `/v2/${repository}/manifests/${reference}`, repository, headers: { accept: [MEDIA.manifest, MEDIA.index].join(', ') }, expect: [200, 404] });
    if (res.statusCode === 404) {
      await res.body.dump();
      return undefined;
    }
    const declared = Number(res.headers['content-length'] ?? 0);
    if (declared > MAX_MANIFEST_BYTES) {
      await res.body.dump();
      throw new ModelshipError(`${this.registry}/${repository}:${reference}: manifest of ${declared} bytes exceeds the 4 MiB limit`, { exitCode: 1 });
    }
    const bytes = await readLimited(res.body, MAX_MANIFEST_BYTES, `${this.registry}/${repository}:${reference} manifest`);
    const digest = sha256Digest(bytes);
    const expected = isDigest(reference) ? reference : header(res, 'docker-content-digest');
    if (expected && expected !== digest) throw new ModelshipError(`${this.registry}/${repository}@${reference}: the manifest served hashes to ${digest}, expected ${expected}: refused`, { exitCode: 1 });
    const mediaType = (header(res, 'content-type') ?? '').split(';')[0].trim();
    return { bytes, mediaType, digest };
  }

  /**
   * The referrers of a manifest: the referrers API when the registry has it, else the `sha256-<hex>` tag
   * schema index (distribution-spec v1.1 "Referrers Tag Schema"). Filtered by artifact type client-side.
   */
  async referrers(repository: string, digest: string, artifactType?: string): Promise<{ manifests: Descriptor[]; via: 'api' | 'tag' }> {
    const res = await this.send({ method: 'GET', url: `/v2/${repository}/referrers/${digest}`, repository, headers: { accept: MEDIA.index }, expect: [200, 404, 400, 405] });
    const contentType = header(res, 'content-type') ?? '';
    if (res.statusCode === 200 && contentType.startsWith(MEDIA.index)) {
      const index = JSON.parse((await readLimited(res.body, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8')) as ImageIndex;
      return { manifests: filterType(index.manifests ?? [], artifactType), via: 'api' };
    }
    await res.body.dump();
    const fallback = await this.getManifest(repository, referrersTag(digest));
    if (fallback?.mediaType !== MEDIA.index) return { manifests: [], via: 'tag' };
    const index = JSON.parse(fallback.bytes.toString('utf8')) as ImageIndex;
    return { manifests: filterType(index.manifests ?? [], artifactType), via: 'tag' };
  }

  private async startUpload(repository: string): Promise<string> {
    const res = await this.send({ method: 'POST', url: `/v2/${repository}/blobs/uploads/`, repository, headers: { 'content-length': '0' }, expect: [202] });
    await res.body.dump();
    return this.location(res);
  }

  private location(res: Response, fallback?: string): string {
    const value = header(res, 'location') ?? fallback;
    if (!value) throw new ModelshipError(`${this.registry}: an upload answer (HTTP ${res.statusCode}) has no Location header`, { exitCode: 1 });
    return new URL(value, this.base).toString();
  }

  private async getFollowingRedirects(repository: string, url: string): Promise<Response> {
    let target = url;
    for (let hop = 0; hop < 5; hop++) {
      const res = await this.send({ method: 'GET', url: target, repository, expect: [200, 301, 302, 303, 307, 308] });
      if (res.statusCode === 200) return res;
      await res.body.dump();
      target = new URL(header(res, 'location') ?? '', new URL(target, this.base)).toString();
    }
    throw new ModelshipError(`${this.registry}: more than 5 redirects for ${url}`, { exitCode: 1 });
  }

  private backoff(attempt: number): number {
    return this.retryDelayMs * 2 ** Math.min(attempt, 5);
  }

  /** One request: authentication on challenge, retries on 5xx/429/dropped connections, errors that name the registry's reason. */
  private async send(call: Call): Promise<Response> {
    const url = new URL(call.url, this.base);
    const sameHost = url.host === new URL(this.base).host;
    const scope = `repository:${call.repository}:${call.method === 'GET' || call.method === 'HEAD' ? 'pull' : 'pull,push'}${call.alsoPull ? ` repository:${call.alsoPull}:pull` : ''}`;
    let authenticated = false;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { 'user-agent': 'modelship', ...call.headers };
      // Credentials go only to the registry host itself, never to a redirect target (object storage).
      const auth = sameHost ? this.authorization(scope) : undefined;
      if (auth) headers.authorization = auth;
      let res: Response;
      try {
        // 1 MiB body chunks: a multi-GB blob streams through the hash and the file in fewer, larger writes.
        res = await request(url, { method: call.method, headers, body: call.body?.(), dispatcher: this.dispatcher, highWaterMark: 1024 * 1024 });
      } catch (err) {
        if (call.retry === false || attempt >= this.retries) throw new ModelshipError(`${this.registry}: ${call.method} ${url.pathname} failed: ${(err as Error).message}`, { exitCode: 1, cause: err });
        this.log(`${call.method} ${url.pathname}: ${(err as Error).message}; retrying`);
        await sleep(this.backoff(attempt));
        continue;
      }
      if (res.statusCode === 401 && sameHost && !authenticated) {
        const challenge = header(res, 'www-authenticate');
        await res.body.dump();
        if (!challenge) throw new ModelshipError(`${this.registry}: 401 without a WWW-Authenticate challenge on ${call.method} ${url.pathname}`, { exitCode: 1 });
        await this.authenticate(challenge, scope);
        authenticated = true;
        attempt--;
        continue;
      }
      if ((res.statusCode >= 500 || res.statusCode === 429) && call.retry !== false && attempt < this.retries) {
        await res.body.dump();
        this.log(`${call.method} ${url.pathname}: HTTP ${res.statusCode}; retrying`);
        await sleep(this.backoff(attempt));
        continue;
      }
      if (call.expect.includes(res.statusCode)) return res;
      const text = call.method === 'HEAD' ? '' : (await readLimited(res.body, 8192, 'error body').catch(() => Buffer.alloc(0))).toString('utf8');
      if (call.method === 'HEAD') await res.body.dump();
      throw new RegistryError(this.registry, call.method, url.pathname, res.statusCode, text, this.options.credentials?.from);
    }
  }

  private authorization(scope: string): string | undefined {
    const token = this.tokens.get(scope);
    if (token) return `Bearer ${token}`;
    const creds = this.options.credentials;
    if (creds && this.basicAccepted) return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    return undefined;
  }

  private async authenticate(challenge: string, scope: string): Promise<void> {
    const { scheme, params } = parseChallenge(challenge);
    const creds = this.options.credentials;
    if (scheme === 'basic') {
      if (!creds) throw new ModelshipError(`${this.registry} asks for a user and password (HTTP Basic) and none were found`, { exitCode: 2, hint: 'set MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD or run docker login (auths in ~/.docker/config.json)' });
      this.basicAccepted = true;
      return;
    }
    if (scheme !== 'bearer' || !params.realm) throw new ModelshipError(`${this.registry}: unsupported authentication challenge "${challenge.slice(0, 120)}"`, { exitCode: 1 });
    const realm = new URL(params.realm);
    if (params.service) realm.searchParams.set('service', params.service);
    for (const s of scope.split(' ')) realm.searchParams.append('scope', s);
    const headers: Record<string, string> = { 'user-agent': 'modelship' };
    if (creds) headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    const res = await request(realm, { method: 'GET', headers, dispatcher: this.dispatcher });
    const body = (await readLimited(res.body, 65536, 'token answer')).toString('utf8');
    if (res.statusCode !== 200) throw new ModelshipError(`${this.registry}: the token service ${realm.origin}${realm.pathname} refused (HTTP ${res.statusCode})${creds ? ` the credentials from ${creds.from}` : ' anonymous access'}`, { exitCode: creds ? 1 : 2, hint: creds ? undefined : 'log in: MODELSHIP_REGISTRY_USERNAME/_PASSWORD, GITHUB_TOKEN for ghcr.io, or docker login' });
    const parsed = JSON.parse(body) as { token?: string; access_token?: string };
    const token = parsed.token ?? parsed.access_token;
    if (!token) throw new ModelshipError(`${this.registry}: the token service answered without a token`, { exitCode: 1 });
    this.tokens.set(scope, token);
  }
}

/** A registry answered with an unexpected status; the message carries its OCI error codes. */
export class RegistryError extends ModelshipError {
  constructor(registry: string, method: string, pathname: string, readonly status: number, body: string, credentialsFrom?: string) {
    let reason = '';
    try {
      const errors = (JSON.parse(body) as { errors?: Array<{ code?: string; message?: string }> }).errors ?? [];
      reason = errors.map((e) => `${e.code ?? 'ERROR'}: ${e.message ?? ''}`).join('; ');
    } catch {
      reason = body.slice(0, 200).trim();
    }
    const auth = status === 401 || status === 403 ? ` (credentials: ${credentialsFrom ?? 'none, anonymous'})` : '';
    super(`${registry}: ${method} ${pathname} answered HTTP ${status}${reason ? ` ${reason}` : ''}${auth}`, { exitCode: status === 401 || status === 403 ? 2 : 1 });
  }
}

export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}

function filterType(manifests: Descriptor[], artifactType?: string): Descriptor[] {
  return artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests;
}

function retryable(err: unknown): boolean {
  if (err instanceof RegistryError) return err.status >= 500 || err.status === 429;
  // A refused digest is final; a dropped connection is not.
  return !(err instanceof ModelshipError) || err.cause !== undefined;
}

function header(res: Response, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function withQuery(location: string, key: string, value: string): string {
  const url = new URL(location);
  url.searchParams.set(key, value);
  return url.toString();
}

/** `Range: 0-<last>` of an upload status -> the next offset. distribution answers 0-0 for an empty upload. */
function rangeEnd(range: string | string[] | undefined): number {
  const value = Array.isArray(range) ? range[0] : range;
  const m = value?.match(/^(?:bytes=)?0-(\d+)$/);
  if (!m) return 0;
  const last = Number(m[1]);
  return last === 0 ? 0 : last + 1;
}

async function readLimited(body: AsyncIterable<Buffer>, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) throw new ModelshipError(`${what} exceeds ${limit} bytes`, { exitCode: 1 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
