export const id = 108;
export const ids = [108,806];
export const modules = {

/***/ 5108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  shipPackage: () => (/* binding */ shipPackage)
});

// UNUSED EXPORTS: attachDocument

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/package/build.ts + 1 modules
var build = __webpack_require__(170);
// EXTERNAL MODULE: ./src/package/layout.ts
var package_layout = __webpack_require__(348);
// EXTERNAL MODULE: ./src/package/media-types.ts
var media_types = __webpack_require__(420);
// EXTERNAL MODULE: ./src/package/reference.ts
var package_reference = __webpack_require__(2525);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/package/registry/credentials.ts




/**
 * Credentials for a registry, first found wins: MODELSHIP_REGISTRY_USERNAME/_PASSWORD, GITHUB_TOKEN for
 * ghcr.io, then Docker's config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, `auths`
 * entries). Credential helpers are programs; Modelship never runs them and says so.
 */
async function resolveCredentials(registry, env) {
    if (env.MODELSHIP_REGISTRY_USERNAME && env.MODELSHIP_REGISTRY_PASSWORD) {
        return { username: env.MODELSHIP_REGISTRY_USERNAME, password: env.MODELSHIP_REGISTRY_PASSWORD, from: 'MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD' };
    }
    if (registry === 'ghcr.io' && env.GITHUB_TOKEN)
        return { username: env.GITHUB_ACTOR || 'modelship', password: env.GITHUB_TOKEN, from: 'GITHUB_TOKEN' };
    const file = external_node_path_default().join(env.DOCKER_CONFIG || external_node_path_default().join(env.HOME || external_node_os_default().homedir(), '.docker'), 'config.json');
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`${file} is not valid JSON: ${err.message}`, { location: { file } });
    }
    const keys = [registry, `https://${registry}`, `http://${registry}`, ...(registry === 'docker.io' ? ['https://index.docker.io/v1/'] : [])];
    const entry = keys.map((k) => config.auths?.[k]).find((e) => e !== undefined);
    if (entry) {
        if (entry.identitytoken)
            return { username: '<token>', password: entry.identitytoken, from: `${file} (identitytoken)` };
        if (entry.username && entry.password)
            return { username: entry.username, password: entry.password, from: file };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0)
                throw new errors/* ModelshipError */.W7(`${file}: auths["${registry}"].auth is not base64 of user:password`, { location: { file } });
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), from: file };
        }
    }
    // A registry-specific helper means "these credentials exist, elsewhere": say so. A global credsStore
    // (Docker Desktop sets one) is no such promise: go on anonymously.
    const helper = config.credHelpers?.[registry];
    if (helper)
        throw new errors/* ModelshipError */.W7(`${file} keeps the credentials of ${registry} in the credential helper "docker-credential-${helper}", which Modelship does not run`, { hint: 'set MODELSHIP_REGISTRY_USERNAME and MODELSHIP_REGISTRY_PASSWORD, or an auths entry' });
    return undefined;
}
/** Parses a WWW-Authenticate header: scheme and its parameters (quoted strings may hold commas). */
function parseChallenge(header) {
    const match = header.trim().match(/^(\S+)\s*(.*)$/s);
    if (!match)
        return { scheme: '', params: {} };
    const params = {};
    const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
    for (const m of match[2].matchAll(re))
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    return { scheme: match[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./src/package/registry/client.ts







const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class RegistryClient {
    options;
    registry;
    base;
    dispatcher;
    tokens = new Map();
    basicAccepted = false;
    retries;
    retryDelayMs;
    chunkSize;
    log;
    constructor(options) {
        this.options = options;
        this.registry = options.registry;
        this.base = `${options.plainHttp ? 'http' : 'https'}://${options.registry}`;
        this.dispatcher = new undici/* Agent */.g6({ connect: options.ca ? { ca: options.ca } : undefined, headersTimeout: 120_000, bodyTimeout: 120_000 });
        this.retries = options.retries ?? 4;
        this.retryDelayMs = options.retryDelayMs ?? 200;
        this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
        this.log = options.log ?? (() => { });
    }
    async close() {
        await this.dispatcher.close();
    }
    /** HEAD the blob: present with the right size means there is nothing to upload. */
    async hasBlob(repository, desc) {
        const res = await this.send({ method: 'HEAD', url: `/v2/${repository}/blobs/${desc.digest}`, repository, expect: [200, 404] });
        await res.body.dump();
        return res.statusCode === 200 && (res.headers['content-length'] === undefined || Number(res.headers['content-length']) === desc.size);
    }
    /**
     * Uploads a blob unless the registry has it: a cross-repository mount first when `mountFrom` is given,
     * then one PUT for small blobs or PATCH chunks that resume where the registry says it stopped.
     */
    async pushBlob(repository, desc, open, mountFrom) {
        if (await this.hasBlob(repository, desc))
            return 'exists';
        let location;
        if (mountFrom && mountFrom !== repository) {
            const res = await this.send({ method: 'POST', url: `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(mountFrom)}`, repository, alsoPull: mountFrom, headers: { 'content-length': '0' }, expect: [201, 202] });
            await res.body.dump();
            if (res.statusCode === 201)
                return 'mounted';
            location = this.location(res);
        }
        if (desc.size <= this.chunkSize) {
            for (let attempt = 0;; attempt++) {
                location ??= await this.startUpload(repository);
                try {
                    const res = await this.send({ method: 'PUT', url: withQuery(location, 'digest', desc.digest), repository, headers: { 'content-type': 'application/octet-stream', 'content-length': `${desc.size}` }, body: () => (desc.size === 0 ? Buffer.alloc(0) : open(0, desc.size - 1)), expect: [201], retry: false });
                    await res.body.dump();
                    return 'uploaded';
                }
                catch (err) {
                    if (attempt >= this.retries || !retryable(err))
                        throw err;
                    this.log(`upload of ${desc.digest} failed (${err.message}); starting again`);
                    location = undefined;
                    await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
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
            }
            catch (err) {
                if (failures++ >= this.retries || !retryable(err))
                    throw err;
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(failures));
                const status = await this.send({ method: 'GET', url: location, repository, expect: [204] });
                await status.body.dump();
                location = this.location(status, location);
                offset = rangeEnd(status.headers.range);
                this.log(`upload of ${desc.digest} interrupted (${err.message}); resuming at byte ${offset}`);
            }
        }
        const res = await this.send({ method: 'PUT', url: withQuery(location, 'digest', desc.digest), repository, headers: { 'content-length': '0' }, expect: [201] });
        await res.body.dump();
        return 'uploaded';
    }
    /** Streams a blob into the layout; it lands only when its digest and size match `desc` (retried from the start when the connection drops). */
    async pullBlob(repository, desc, layout) {
        if (await layout.hasBlob(desc))
            return 'exists';
        for (let attempt = 0;; attempt++) {
            try {
                const res = await this.getFollowingRedirects(repository, `/v2/${repository}/blobs/${desc.digest}`);
                await layout.writeStream(desc.mediaType, res.body, desc);
                return 'pulled';
            }
            catch (err) {
                if (attempt >= this.retries || !retryable(err))
                    throw err;
                this.log(`download of ${desc.digest} failed (${err.message}); retrying`);
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
            }
        }
    }
    /** PUTs a manifest by tag or digest; returns the digest and whether the registry took its subject (OCI-Subject). */
    async putManifest(repository, reference, bytes, mediaType) {
        const digest = (0,package_layout/* sha256Digest */.s)(bytes);
        const res = await this.send({ method: 'PUT', url: `/v2/${repository}/manifests/${reference}`, repository, headers: { 'content-type': mediaType, 'content-length': `${bytes.length}` }, body: () => bytes, expect: [201] });
        await res.body.dump();
        const echoed = header(res, 'docker-content-digest');
        if (echoed && echoed !== digest)
            throw new errors/* ModelshipError */.W7(`${this.registry}/${repository}: the registry stored the manifest as ${echoed}, but its bytes hash to ${digest}`, { exitCode: 1 });
        return { digest, subjectProcessed: header(res, 'oci-subject') !== undefined };
    }
    /** GETs a manifest (or index) by tag or digest; undefined when absent. Its bytes are checked against the digest. */
    async getManifest(repository, reference) {
        const res = await this.send({ method: 'GET', url: `/v2/${repository}/manifests/${reference}`, repository, headers: { accept: [media_types/* MEDIA */.Rn.manifest, media_types/* MEDIA */.Rn.index].join(', ') }, expect: [200, 404] });
        if (res.statusCode === 404) {
            await res.body.dump();
            return undefined;
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > MAX_MANIFEST_BYTES) {
            await res.body.dump();
            throw new errors/* ModelshipError */.W7(`${this.registry}/${repository}:${reference}: manifest of ${declared} bytes exceeds the 4 MiB limit`, { exitCode: 1 });
        }
        const bytes = await readLimited(res.body, MAX_MANIFEST_BYTES, `${this.registry}/${repository}:${reference} manifest`);
        const digest = (0,package_layout/* sha256Digest */.s)(bytes);
        const expected = (0,package_reference/* isDigest */.Bc)(reference) ? reference : header(res, 'docker-content-digest');
        if (expected && expected !== digest)
            throw new errors/* ModelshipError */.W7(`${this.registry}/${repository}@${reference}: the manifest served hashes to ${digest}, expected ${expected}: refused`, { exitCode: 1 });
        const mediaType = (header(res, 'content-type') ?? '').split(';')[0].trim();
        return { bytes, mediaType, digest };
    }
    /**
     * The referrers of a manifest: the referrers API when the registry has it, else the `sha256-<hex>` tag
     * schema index (distribution-spec v1.1 "Referrers Tag Schema"). Filtered by artifact type client-side.
     */
    async referrers(repository, digest, artifactType) {
        const res = await this.send({ method: 'GET', url: `/v2/${repository}/referrers/${digest}`, repository, headers: { accept: media_types/* MEDIA */.Rn.index }, expect: [200, 404, 400, 405] });
        const contentType = header(res, 'content-type') ?? '';
        if (res.statusCode === 200 && contentType.startsWith(media_types/* MEDIA */.Rn.index)) {
            const index = JSON.parse((await readLimited(res.body, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
            return { manifests: filterType(index.manifests ?? [], artifactType), via: 'api' };
        }
        await res.body.dump();
        const fallback = await this.getManifest(repository, referrersTag(digest));
        if (fallback?.mediaType !== media_types/* MEDIA */.Rn.index)
            return { manifests: [], via: 'tag' };
        const index = JSON.parse(fallback.bytes.toString('utf8'));
        return { manifests: filterType(index.manifests ?? [], artifactType), via: 'tag' };
    }
    async startUpload(repository) {
        const res = await this.send({ method: 'POST', url: `/v2/${repository}/blobs/uploads/`, repository, headers: { 'content-length': '0' }, expect: [202] });
        await res.body.dump();
        return this.location(res);
    }
    location(res, fallback) {
        const value = header(res, 'location') ?? fallback;
        if (!value)
            throw new errors/* ModelshipError */.W7(`${this.registry}: an upload answer (HTTP ${res.statusCode}) has no Location header`, { exitCode: 1 });
        return new URL(value, this.base).toString();
    }
    async getFollowingRedirects(repository, url) {
        let target = url;
        for (let hop = 0; hop < 5; hop++) {
            const res = await this.send({ method: 'GET', url: target, repository, expect: [200, 301, 302, 303, 307, 308] });
            if (res.statusCode === 200)
                return res;
            await res.body.dump();
            target = new URL(header(res, 'location') ?? '', new URL(target, this.base)).toString();
        }
        throw new errors/* ModelshipError */.W7(`${this.registry}: more than 5 redirects for ${url}`, { exitCode: 1 });
    }
    backoff(attempt) {
        return this.retryDelayMs * 2 ** Math.min(attempt, 5);
    }
    /** One request: authentication on challenge, retries on 5xx/429/dropped connections, errors that name the registry's reason. */
    async send(call) {
        const url = new URL(call.url, this.base);
        const sameHost = url.host === new URL(this.base).host;
        const scope = `repository:${call.repository}:${call.method === 'GET' || call.method === 'HEAD' ? 'pull' : 'pull,push'}${call.alsoPull ? ` repository:${call.alsoPull}:pull` : ''}`;
        let authenticated = false;
        for (let attempt = 0;; attempt++) {
            const headers = { 'user-agent': 'modelship', ...call.headers };
            // Credentials go only to the registry host itself, never to a redirect target (object storage).
            const auth = sameHost ? this.authorization(scope) : undefined;
            if (auth)
                headers.authorization = auth;
            let res;
            try {
                // 1 MiB body chunks: a multi-GB blob streams through the hash and the file in fewer, larger writes.
                res = await (0,undici/* request */.Em)(url, { method: call.method, headers, body: call.body?.(), dispatcher: this.dispatcher, highWaterMark: 1024 * 1024 });
            }
            catch (err) {
                if (call.retry === false || attempt >= this.retries)
                    throw new errors/* ModelshipError */.W7(`${this.registry}: ${call.method} ${url.pathname} failed: ${err.message}`, { exitCode: 1, cause: err });
                this.log(`${call.method} ${url.pathname}: ${err.message}; retrying`);
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
                continue;
            }
            if (res.statusCode === 401 && sameHost && !authenticated) {
                const challenge = header(res, 'www-authenticate');
                await res.body.dump();
                if (!challenge)
                    throw new errors/* ModelshipError */.W7(`${this.registry}: 401 without a WWW-Authenticate challenge on ${call.method} ${url.pathname}`, { exitCode: 1 });
                await this.authenticate(challenge, scope);
                authenticated = true;
                attempt--;
                continue;
            }
            if ((res.statusCode >= 500 || res.statusCode === 429) && call.retry !== false && attempt < this.retries) {
                await res.body.dump();
                this.log(`${call.method} ${url.pathname}: HTTP ${res.statusCode}; retrying`);
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
                continue;
            }
            if (call.expect.includes(res.statusCode))
                return res;
            const text = call.method === 'HEAD' ? '' : (await readLimited(res.body, 8192, 'error body').catch(() => Buffer.alloc(0))).toString('utf8');
            if (call.method === 'HEAD')
                await res.body.dump();
            throw new RegistryError(this.registry, call.method, url.pathname, res.statusCode, text, this.options.credentials?.from);
        }
    }
    authorization(scope) {
        const token = this.tokens.get(scope);
        if (token)
            return `Bearer ${token}`;
        const creds = this.options.credentials;
        if (creds && this.basicAccepted)
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        return undefined;
    }
    async authenticate(challenge, scope) {
        const { scheme, params } = parseChallenge(challenge);
        const creds = this.options.credentials;
        if (scheme === 'basic') {
            if (!creds)
                throw new errors/* ModelshipError */.W7(`${this.registry} asks for a user and password (HTTP Basic) and none were found`, { exitCode: 2, hint: 'set MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD or run docker login (auths in ~/.docker/config.json)' });
            this.basicAccepted = true;
            return;
        }
        if (scheme !== 'bearer' || !params.realm)
            throw new errors/* ModelshipError */.W7(`${this.registry}: unsupported authentication challenge "${challenge.slice(0, 120)}"`, { exitCode: 1 });
        const realm = new URL(params.realm);
        if (params.service)
            realm.searchParams.set('service', params.service);
        for (const s of scope.split(' '))
            realm.searchParams.append('scope', s);
        const headers = { 'user-agent': 'modelship' };
        if (creds)
            headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        const res = await (0,undici/* request */.Em)(realm, { method: 'GET', headers, dispatcher: this.dispatcher });
        const body = (await readLimited(res.body, 65536, 'token answer')).toString('utf8');
        if (res.statusCode !== 200)
            throw new errors/* ModelshipError */.W7(`${this.registry}: the token service ${realm.origin}${realm.pathname} refused (HTTP ${res.statusCode})${creds ? ` the credentials from ${creds.from}` : ' anonymous access'}`, { exitCode: creds ? 1 : 2, hint: creds ? undefined : 'log in: MODELSHIP_REGISTRY_USERNAME/_PASSWORD, GITHUB_TOKEN for ghcr.io, or docker login' });
        const parsed = JSON.parse(body);
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new errors/* ModelshipError */.W7(`${this.registry}: the token service answered without a token`, { exitCode: 1 });
        this.tokens.set(scope, token);
    }
}
/** A registry answered with an unexpected status; the message carries its OCI error codes. */
class RegistryError extends errors/* ModelshipError */.W7 {
    status;
    constructor(registry, method, pathname, status, body, credentialsFrom) {
        let reason = '';
        try {
            const errors = JSON.parse(body).errors ?? [];
            reason = errors.map((e) => `${e.code ?? 'ERROR'}: ${e.message ?? ''}`).join('; ');
        }
        catch {
            reason = body.slice(0, 200).trim();
        }
        const auth = status === 401 || status === 403 ? ` (credentials: ${credentialsFrom ?? 'none, anonymous'})` : '';
        super(`${registry}: ${method} ${pathname} answered HTTP ${status}${reason ? ` ${reason}` : ''}${auth}`, { exitCode: status === 401 || status === 403 ? 2 : 1 });
        this.status = status;
    }
}
function referrersTag(digest) {
    return digest.replace(':', '-');
}
function filterType(manifests, artifactType) {
    return artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests;
}
function retryable(err) {
    if (err instanceof RegistryError)
        return err.status >= 500 || err.status === 429;
    // A refused digest is final; a dropped connection is not.
    return !(err instanceof errors/* ModelshipError */.W7) || err.cause !== undefined;
}
function header(res, name) {
    const value = res.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function withQuery(location, key, value) {
    const url = new URL(location);
    url.searchParams.set(key, value);
    return url.toString();
}
/** `Range: 0-<last>` of an upload status -> the next offset. distribution answers 0-0 for an empty upload. */
function rangeEnd(range) {
    const value = Array.isArray(range) ? range[0] : range;
    const m = value?.match(/^(?:bytes=)?0-(\d+)$/);
    if (!m)
        return 0;
    const last = Number(m[1]);
    return last === 0 ? 0 : last + 1;
}
async function readLimited(body, limit, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit)
            throw new errors/* ModelshipError */.W7(`${what} exceeds ${limit} bytes`, { exitCode: 1 });
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/package/registry/connect.ts




const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?$/;
/** A client for `registry` with the credentials and trust the environment gives. */
async function connect_connectRegistry(registry, env, options = {}) {
    if (options.plainHttp && !LOOPBACK.test(registry))
        throw new errors/* ModelshipError */.W7(`--plain-http is refused for ${registry}: credentials and models would cross the network unencrypted`, { hint: 'use TLS; trust a private CA with --ca FILE or MODELSHIP_REGISTRY_CA' });
    const caFile = options.caFile ?? env.MODELSHIP_REGISTRY_CA;
    const ca = caFile ? await (0,promises_.readFile)(caFile, 'utf8').catch((err) => { throw new errors/* ModelshipError */.W7(`cannot read the CA file ${caFile}: ${err.message}`); }) : undefined;
    const credentials = await resolveCredentials(registry, env);
    return new RegistryClient({ registry, plainHttp: options.plainHttp, ca, credentials, chunkSize: options.chunkSize, log: options.log });
}

// EXTERNAL MODULE: ./src/package/source.ts + 2 modules
var package_source = __webpack_require__(8806);
;// CONCATENATED MODULE: ./src/package/transfer.ts





/** Pushes one manifest of a layout (by tag or digest) and its blobs; tags it with `ref.tag` when given. */
async function pushLayout(client, layout, from, ref, mountFrom) {
    const desc = await layout.resolve(from);
    const bytes = await layout.readBlob(desc);
    const manifest = parseManifest(bytes, `${layout.dir} manifest ${desc.digest}`);
    const blobs = [];
    for (const blob of [manifest.config, ...manifest.layers]) {
        if (!(await layout.hasBlob(blob)))
            throw new errors/* ModelshipError */.W7(`${layout.dir}: blob ${blob.digest} (${blob.mediaType}) is missing or has the wrong size`);
        const outcome = await client.pushBlob(ref.repository, blob, (start, end) => layout.readBlobStream(blob, start, end), mountFrom);
        blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
    }
    const { digest } = await client.putManifest(ref.repository, ref.tag ?? desc.digest, bytes, manifest.mediaType);
    if (digest !== desc.digest)
        throw new errors/* ModelshipError */.W7(`pushed manifest digest ${digest} differs from the layout's ${desc.digest}`, { exitCode: 1 });
    const pinned = { registry: client.registry, repository: ref.repository, digest };
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${digest}`, digestReference: (0,package_reference/* formatDigestReference */.DC)(pinned), digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs };
}
/**
 * Pulls a manifest (by tag or digest) and its blobs into a layout. Every byte is checked against its digest
 * before it lands; a digest reference is checked against the manifest itself.
 */
async function pullToLayout(client, ref, layout) {
    const reference = ref.digest ?? ref.tag;
    if (!reference)
        throw new ModelshipError(`${ref.registry}/${ref.repository}: name a tag or a digest to pull`);
    const got = await client.getManifest(ref.repository, reference);
    if (!got)
        throw new ModelshipError(`${ref.registry}/${ref.repository}: no manifest "${reference}"`, { exitCode: 1 });
    if (ref.digest && got.digest !== ref.digest)
        throw new ModelshipError(`${ref.registry}/${ref.repository}: manifest hashes to ${got.digest}, expected ${ref.digest}: refused`, { exitCode: 1 });
    const manifest = parseManifest(got.bytes, `${ref.registry}/${ref.repository}@${got.digest}`);
    const blobs = [];
    for (const blob of [manifest.config, ...manifest.layers]) {
        const outcome = await client.pullBlob(ref.repository, blob, layout);
        blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
    }
    const desc = await layout.writeBytes(manifest.mediaType, got.bytes);
    await layout.tag({ ...desc, ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}) }, ref.tag ?? got.digest);
    const pinned = { registry: client.registry, repository: ref.repository, digest: got.digest };
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${got.digest}`, digestReference: formatDigestReference(pinned), digest: got.digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs, manifest };
}
/**
 * Attaches a document (validation report, release notes, score) to a manifest as an OCI referrer: an
 * artifact manifest with the empty config, the document as its one layer and `subject` = the model. When
 * the registry does not process the subject (no OCI-Subject header), the `sha256-<hex>` tag index is kept.
 */
async function transfer_attachReferrer(client, repository, subject, artifactType, document) {
    const open = (bytes) => (start, end) => bytes.subarray(start, end + 1);
    const empty = Buffer.from('{}');
    await client.pushBlob(repository, { ...media_types/* EMPTY_CONFIG */.$v }, open(empty));
    const layer = { mediaType: document.mediaType, digest: (0,package_layout/* sha256Digest */.s)(document.bytes), size: document.bytes.length, annotations: { 'org.opencontainers.image.title': document.title } };
    await client.pushBlob(repository, layer, open(document.bytes));
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MEDIA */.Rn.manifest,
        artifactType,
        config: { ...media_types/* EMPTY_CONFIG */.$v },
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'org.opencontainers.image.title': document.title },
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const { digest, subjectProcessed } = await client.putManifest(repository, (0,package_layout/* sha256Digest */.s)(bytes), bytes, media_types/* MEDIA */.Rn.manifest);
    // ECR answers OCI-Subject without serving the referrers API: believe the header only when the API answers.
    if (subjectProcessed && (await client.referrers(repository, subject.digest)).via === 'api')
        return { digest, via: 'api' };
    // Tag schema fallback: read-modify-write of the subject's referrers index.
    const tag = referrersTag(subject.digest);
    const current = await client.getManifest(repository, tag);
    // Some registries (GitLab) resolve the `sha256-<hex>` tag to the subject itself: only an index is one.
    const index = current?.mediaType === media_types/* MEDIA */.Rn.index ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: media_types/* MEDIA */.Rn.index, manifests: [] };
    if (!index.manifests.some((m) => m.digest === digest)) {
        index.manifests.push({ mediaType: media_types/* MEDIA */.Rn.manifest, digest, size: bytes.length, artifactType, annotations: manifest.annotations });
        const indexBytes = Buffer.from(JSON.stringify(index));
        await client.putManifest(repository, tag, indexBytes, media_types/* MEDIA */.Rn.index);
    }
    return { digest, via: 'tag' };
}
function parseManifest(bytes, what) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`${what} is not JSON: ${err.message}`, { exitCode: 1 });
    }
    if (manifest.mediaType !== media_types/* MEDIA */.Rn.manifest || !manifest.config || !Array.isArray(manifest.layers)) {
        throw new errors/* ModelshipError */.W7(`${what} is not an OCI image manifest (mediaType "${String(manifest.mediaType)}"): Modelship moves single-manifest artifacts`, { exitCode: 1 });
    }
    return manifest;
}

;// CONCATENATED MODULE: ./src/package/ship.ts









/**
 * Packages a configured model at a version (refused when the artifact fails validation), pushes it to
 * `repository` (registry/repository, tagged with the version) and attaches the validation report as a
 * referrer. What `release --oci` and the package action run.
 */
async function shipPackage(loaded, model, version, repository, env, options) {
    const ref = (0,package_reference/* parseReference */.F2)(repository, 'OCI repository');
    if (ref.digest)
        throw new errors/* ModelshipError */.W7(`OCI repository "${repository}" names a digest: give registry/repository[:tag]`);
    const source = await (0,package_source.packageSourceOf)(loaded, model, version, env);
    if (source.verdict !== 'pass')
        throw new errors/* ModelshipError */.W7(`${source.artifact} fails validation: it is not packaged (run modelship validate for the findings)`, { exitCode: 1 });
    const built = await (0,build.buildPackage)(source, external_node_path_default().join(options.outputRoot, `${model}-${version}`));
    const layout = await package_layout/* OciLayout */.A.open(built.layout);
    const client = await connect_connectRegistry(ref.registry, env, options);
    try {
        const push = await pushLayout(client, layout, built.manifest.digest, { ...ref, tag: ref.tag ?? version });
        const report = built.layers.find((l) => l.annotations?.['org.cncf.model.filepath'] === '.modelship/validation.json');
        const referrers = [];
        if (report) {
            const attached = await transfer_attachReferrer(client, ref.repository, { mediaType: push.mediaType, digest: push.digest, size: built.manifest.size }, media_types/* REFERRER_TYPE */.lv.validation, { bytes: await layout.readBlob(report), mediaType: 'application/json', title: 'validation.json' });
            referrers.push({ artifactType: media_types/* REFERRER_TYPE */.lv.validation, ...attached });
        }
        return { package: built, push, referrers };
    }
    finally {
        await client.close();
    }
}
/**
 * Attaches a document (release notes, a score report) to the manifest `uri` (oci://...@sha256:) names, as a
 * referrer of `artifactType`.
 */
async function attachDocument(uri, artifactType, document, env, options = {}) {
    const ref = parseDigestReference(uri, 'OCI artifact');
    const client = await connectRegistry(ref.registry, env, options);
    try {
        const got = await client.getManifest(ref.repository, ref.digest);
        if (!got)
            throw new ModelshipError(`${uri} is not in the registry: nothing to attach ${document.title} to`, { exitCode: 1 });
        return await attachReferrer(client, ref.repository, { mediaType: got.mediaType, digest: got.digest, size: got.bytes.length }, artifactType, document);
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 8806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packageSourceOf: () => (/* binding */ packageSourceOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var core_git = __webpack_require__(2773);
// EXTERNAL MODULE: ./src/core/onnx/reader.ts
var reader = __webpack_require__(1988);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/validate/config.ts


const GiB = 1024 ** 3;
/** Generous enough for real checkpoints, tight enough that a hostile file cannot exhaust a runner. */
const DEFAULT_LIMITS = {
    maxFileBytes: 1024 * GiB,
    maxArchiveMembers: 10_000,
    maxArchiveDepth: 4,
    maxDecompressedBytes: 32 * GiB,
    maxCompressionRatio: 200,
    maxPickleOpcodes: 50_000_000,
    maxPickleMemo: 1_000_000,
    maxHeaderBytes: 100_000_000,
    timeoutMs: 10 * 60_000,
};
const DEFAULT_PICKLE_POLICY = {
    profiles: ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
    allow: [],
    deny: [],
};
const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?$/;
const UNITS = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: GiB, TB: 1e12, TiB: 1024 ** 4 };
/** `4 GiB`, `100MB` or a plain number of bytes. */
function parseSize(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new errors/* ModelshipError */.W7(`${what} is ${value}, expected a size >= 0`);
        return Math.floor(value);
    }
    const m = SIZE.exec(value.trim());
    if (!m)
        throw new errors/* ModelshipError */.W7(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
    return Math.floor(Number(m[1]) * UNITS[m[2] ?? 'B']);
}
/** Applies defaults to the section; `raw` is already schema-valid when it comes from loadConfig. */
function resolveValidateSettings(raw) {
    const limits = { ...DEFAULT_LIMITS };
    for (const [key, value] of Object.entries(raw?.limits ?? {})) {
        if (value === undefined)
            continue;
        const k = key;
        if (!(k in DEFAULT_LIMITS))
            throw new errors/* ModelshipError */.W7(`validate.limits.${key} is not a known limit`);
        // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
        limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : (0,duration/* parseDuration */.E)(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
    }
    return {
        limits,
        pickle: {
            profiles: raw?.pickle?.profiles ?? DEFAULT_PICKLE_POLICY.profiles,
            allow: raw?.pickle?.allow ?? [],
            deny: raw?.pickle?.deny ?? [],
        },
        manifest: raw?.manifest,
        allowCustomOnnxDomains: raw?.allowCustomOnnxDomains ?? [],
        failOnWarning: raw?.failOnWarning ?? false,
        ignore: raw?.ignore ?? [],
    };
}

;// CONCATENATED MODULE: ./src/validate/run.ts



/** What the CLI and the action call: configuration in, a report out. */
async function runValidation(options) {
    const section = options.loaded?.config.validate;
    const settings = resolveValidateSettings(section);
    if (options.failOnWarning !== undefined)
        settings.failOnWarning = options.failOnWarning;
    const targets = new Map();
    const configured = [];
    if (options.loaded) {
        for (const [name, model] of Object.entries(options.loaded.config.models)) {
            const absolute = options.loaded.resolvePath(model.path, ['models', name, 'path']);
            targets.set(absolute, { format: model.format, signature: model.signature });
            configured.push(absolute);
        }
    }
    let paths = options.paths;
    if (paths.length === 0) {
        if (configured.length === 0) {
            const where = options.loaded ? `${options.loaded.file} configures no models` : 'no modelship.yml here';
            throw new errors/* ModelshipError */.W7(`nothing to validate: no files or folders given, and ${where}`, { hint: 'modelship validate models/model.onnx, or list the models under models: in modelship.yml' });
        }
        paths = configured;
    }
    let manifest = options.manifest;
    if (manifest === undefined && settings.manifest && options.loaded)
        manifest = options.loaded.resolvePath(settings.manifest, ['validate', 'manifest']);
    // The validator loads once there is something to validate: a run refused above starts without it.
    const { validateArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(396)]).then(__webpack_require__.bind(__webpack_require__, 6396));
    return validateArtifacts({ paths, cwd: options.cwd, settings, manifest: manifest ? external_node_path_default().resolve(options.cwd, manifest) : undefined, targets, progress: options.progress });
}

;// CONCATENATED MODULE: ./src/package/source.ts





/**
 * The package of one configured model at one version: its files from modelship.yml, its signature (read
 * from the ONNX file, else as declared), Modelship's validation report of the artifact, and the fixed
 * creation time that makes the digest reproducible: `--created`, else SOURCE_DATE_EPOCH, else the commit
 * time of HEAD.
 */
async function packageSourceOf(loaded, model, version, env, created) {
    const config = loaded.config.models[model];
    if (!config)
        throw new errors/* ModelshipError */.W7(`model "${model}" is not configured in ${loaded.file} (models: ${Object.keys(loaded.config.models).join(', ') || 'none'})`);
    const artifact = loaded.resolvePath(config.path, ['models', model, 'path']);
    const card = config.card ? loaded.resolvePath(config.card, ['models', model, 'card']) : undefined;
    const metrics = config.metrics ? loaded.resolvePath(config.metrics, ['models', model, 'metrics']) : undefined;
    const configDir = external_node_path_default().dirname(loaded.file);
    const report = await runValidation({ paths: [artifact], cwd: configDir, loaded });
    let signature = config.signature;
    if (config.format === 'onnx' || artifact.endsWith('.onnx')) {
        signature = (0,reader/* signatureOf */.yK)(await (0,reader/* readOnnxModel */.Dk)(artifact)) ?? signature;
    }
    const git = await (0,core_git/* openGit */.zY)(configDir, env).catch(() => undefined);
    const revision = env.GITHUB_SHA || git?.head;
    return {
        model,
        version,
        artifact,
        format: config.format,
        card,
        metrics,
        signature,
        validation: report,
        verdict: report.verdict,
        created: created ?? (await creationTime(env, git)),
        revision,
        source: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined,
        description: config.description,
    };
}
async function creationTime(env, git) {
    if (env.SOURCE_DATE_EPOCH !== undefined) {
        const seconds = Number(env.SOURCE_DATE_EPOCH);
        if (!Number.isSafeInteger(seconds) || seconds < 0)
            throw new errors/* ModelshipError */.W7(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${env.SOURCE_DATE_EPOCH}"`);
        return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
    }
    if (git?.head) {
        const iso = (await git.git.text(['show', '-s', '--format=%ct', git.head])).trim();
        return new Date(Number(iso) * 1000).toISOString().replace('.000Z', 'Z');
    }
    return '1970-01-01T00:00:00Z';
}


/***/ })

};
