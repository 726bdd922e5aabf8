export const id = 107;
export const ids = [107];
export const modules = {

/***/ 90107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RedisAnswerStore: () => (/* binding */ RedisAnswerStore),
/* harmony export */   RedisConnections: () => (/* binding */ RedisConnections)
/* harmony export */ });
/* harmony import */ var _redis_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90488);
/* harmony import */ var _redis_client__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_redis_client__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The Redis store of the prediction cache, shared by every server pointed at the same Redis. A Redis that is
 * down, slow or unreachable never fails a request: every command has a short timeout (`timeoutMs`, also the
 * connect timeout), commands are refused at once while the client is disconnected (no offline queue), and
 * each failure is reported (counted in /metrics) and answered as a miss. The client reconnects on its own
 * with a capped backoff.
 *
 * Keys: `modelship:cache:<model>:<version>:<sha256 of the request>`, the value the body prefixed by 4 bytes
 * (little-endian JSON length of a binary answer, 0 for JSON), stored with PX = the TTL. Dropping a version
 * scans its namespace and unlinks the keys; a server still serving that version may add entries until it
 * sees the change too, which are still that version's exact answers and expire with the TTL.
 */
/** Keys, like model and version names, are letters, digits and `._+-`: no SCAN glob character. */
const KEY_PREFIX = 'modelship:cache:';
const BUFFERS = { [_redis_client__WEBPACK_IMPORTED_MODULE_0__.RESP_TYPES.BLOB_STRING]: Buffer };
function connect(url, timeoutMs) {
    const client = (0,_redis_client__WEBPACK_IMPORTED_MODULE_0__.createClient)({
        url,
        disableOfflineQueue: true,
        // Bounds memory when Redis accepts commands but never answers.
        commandsQueueMaxLength: 4096,
        socket: {
            connectTimeout: Math.max(timeoutMs, 100),
            // Reconnects forever, from 50 ms up to every 2 s: the cache comes back once Redis does.
            reconnectStrategy: (retries) => Math.min(50 * 2 ** Math.min(retries, 6), 2000),
        },
        commandOptions: { timeout: timeoutMs, rejectInFlight: true, typeMapping: BUFFERS },
    });
    return client;
}
/** One connection per Redis URL, shared by the models that name it; closed with the last of them. */
class RedisConnections {
    onError;
    clients = new Map();
    constructor(onError = () => undefined) {
        this.onError = onError;
    }
    open(url, timeoutMs) {
        let entry = this.clients.get(url);
        if (!entry) {
            const client = connect(url, timeoutMs);
            // Socket errors and failed reconnects arrive here; the commands that failed are counted where they ran.
            client.on('error', (err) => this.onError(err));
            void client.connect().catch((err) => this.onError(err));
            entry = { client, users: 0 };
            this.clients.set(url, entry);
        }
        entry.users++;
        return entry.client;
    }
    async release(url) {
        const entry = this.clients.get(url);
        if (!entry || --entry.users > 0)
            return;
        this.clients.delete(url);
        // close() waits for replies that may never come (a wedged Redis): destroy drops them.
        entry.client.destroy();
    }
}
/** How long lookups skip Redis after one timed out. */
const PAUSE_AFTER_TIMEOUT_MS = 1000;
class RedisAnswerStore {
    model;
    url;
    ttlMs;
    connections;
    failed;
    client;
    pausedUntil = 0;
    constructor(model, url, ttlMs, timeoutMs, connections, failed) {
        this.model = model;
        this.url = url;
        this.ttlMs = ttlMs;
        this.connections = connections;
        this.failed = failed;
        this.client = connections.open(url, timeoutMs);
    }
    prefix(version) {
        return `${KEY_PREFIX}${this.model}:${version}:`;
    }
    async get(version, key) {
        if (!this.client.isReady) {
            this.failed('get', new Error('redis is not connected'));
            return undefined;
        }
        // After a timed-out lookup, Redis is skipped for a while: a hung Redis costs one timeout per pause, not one per request.
        if (performance.now() < this.pausedUntil) {
            this.failed('get', new Error('redis timed out recently'));
            return undefined;
        }
        try {
            const value = (await this.client.get(this.prefix(version) + key));
            if (!value || value.length < 4)
                return undefined;
            const headerLength = value.readUInt32LE(0);
            // Not what set() writes (another writer, a damaged value): the model answers instead.
            if (headerLength > value.length - 4)
                return undefined;
            return { headerLength, body: value.subarray(4) };
        }
        catch (err) {
            if (err instanceof _redis_client__WEBPACK_IMPORTED_MODULE_0__.TimeoutReadError || err instanceof _redis_client__WEBPACK_IMPORTED_MODULE_0__.TimeoutError)
                this.pausedUntil = performance.now() + PAUSE_AFTER_TIMEOUT_MS;
            this.failed('get', err);
            return undefined;
        }
    }
    set(version, key, answer) {
        if (!this.client.isReady || performance.now() < this.pausedUntil)
            return void this.failed('set', new Error('redis is not connected or timed out recently'));
        const head = Buffer.allocUnsafe(4);
        head.writeUInt32LE(answer.headerLength, 0);
        this.client.set(this.prefix(version) + key, Buffer.concat([head, answer.body]), { expiration: { type: 'PX', value: this.ttlMs } }).catch((err) => this.failed('set', err));
    }
    drop(version) {
        void this.dropNamespace(version).catch((err) => this.failed('drop', err));
    }
    async dropNamespace(version) {
        if (!this.client.isReady)
            throw new Error('redis is not connected');
        for await (const keys of this.client.scanIterator({ MATCH: `${this.prefix(version)}*`, COUNT: 1000 })) {
            if (keys.length)
                await this.client.unlink(keys);
        }
    }
    close() {
        return this.connections.release(this.url);
    }
}


/***/ })

};
