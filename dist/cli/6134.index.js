export const id = 6134;
export const ids = [6134];
export const modules = {

/***/ 36134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileLog: () => (/* binding */ fileLog),
/* harmony export */   silentLog: () => (/* binding */ silentLog),
/* harmony export */   streamLog: () => (/* binding */ streamLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Flush once this much is buffered, and at least this often. */
const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 100;
/**
 * Lines are buffered and written together: at most every 100 ms, or at once past 64 KiB. Under load one
 * write per request would cost a system call each (for a file, a thread-pool round trip each), which on a
 * small machine is a large share of a small model's request. close() flushes what is left.
 */
function batched(flush) {
    let buffer = '';
    let timer;
    // The ISO time of the current millisecond, formatted once per millisecond, not once per line.
    let ms = -1;
    let iso = '';
    const flushNow = () => {
        clearTimeout(timer);
        timer = undefined;
        if (buffer === '')
            return;
        const text = buffer;
        buffer = '';
        flush(text);
    };
    return {
        write(record) {
            const now = Date.now();
            if (now !== ms) {
                ms = now;
                iso = new Date(now).toISOString();
            }
            // `time` first, then the record's own fields (a record never carries its own `time`).
            const rest = JSON.stringify(record);
            buffer += rest.length > 2 ? `{"time":"${iso}",${rest.slice(1)}\n` : `{"time":"${iso}"}\n`;
            if (buffer.length >= FLUSH_BYTES)
                flushNow();
            else if (!timer) {
                timer = setTimeout(flushNow, FLUSH_MS);
                timer.unref();
            }
        },
        flushNow,
        close: async () => flushNow(),
    };
}
function streamLog(write) {
    return batched(write);
}
function fileLog(file) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file, { flags: 'a' });
    const log = batched((text) => void stream.write(text));
    return {
        write: log.write,
        close: () => new Promise((resolve) => {
            log.flushNow();
            stream.end(resolve);
        }),
    };
}
const silentLog = { write: () => undefined, close: async () => undefined };


/***/ })

};
