export const id = 745;
export const ids = [745];
export const modules = {

/***/ 6745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LockFile: () => (/* binding */ LockFile),
/* harmony export */   STALE_LOCK_AGE_MS: () => (/* binding */ STALE_LOCK_AGE_MS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





/** A lock older than this is stale even when its process cannot be checked (another host). */
const STALE_LOCK_AGE_MS = 24 * 3_600_000;
/** A takeover file older than this was left by a process killed while replacing a lock. */
const TAKEOVER_GUARD_MS = 10_000;
/**
 * One deploy per environment at a time: a lock file holding owner, pid, host, reason and time, written whole
 * to a temporary file and then hard-linked into place (link fails with EEXIST when the lock exists, atomically
 * on local file systems), so no reader ever sees it empty or half-written. A lock whose process is gone (same host) is stale and taken
 * over, so a killed deploy does not block the environment forever; its journal still says what it did.
 */
class LockFile {
    file;
    constructor(file) {
        this.file = file;
    }
    async read() {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        try {
            return JSON.parse(text);
        }
        catch {
            // A lock is linked into place whole; an unreadable one was damaged outside modelship (or by an older one).
            return { environment: node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(this.file, '.lock'), owner: 'unknown (unreadable lock file)', pid: 0, host: '', reason: '', createdAt: new Date(0).toISOString() };
        }
    }
    /**
     * A process lock (pid > 0) is stale when it is older than STALE_LOCK_AGE_MS or, on this host, its
     * process is gone. A manual lock (pid <= 0: `modelship lock`, chatops `.lock`, or an unreadable file)
     * is never stale: only an unlock removes it, as branch-deploy's sticky locks.
     */
    static isStale(lock, now = Date.now()) {
        if (lock.pid <= 0)
            return false;
        if (now - Date.parse(lock.createdAt) > STALE_LOCK_AGE_MS)
            return true;
        if (lock.host !== node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname())
            return false;
        try {
            process.kill(lock.pid, 0);
            return false;
        }
        catch (err) {
            return err.code === 'ESRCH';
        }
    }
    /**
     * Takes the lock. A stale lock, or a held one `takeOver` accepts (a rollout past its progress deadline), is
     * replaced under a second exclusive file (`<lock>.takeover`), so of two processes replacing the same lock
     * one wins and the other finds the winner's lock.
     */
    async acquire(info, takeOver) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(this.file), { recursive: true });
        for (let attempt = 0; attempt < 40; attempt++) {
            try {
                await this.create(info);
                return info;
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
                const held = await this.read();
                if (held && held.owner === info.owner && held.pid === info.pid)
                    return held;
                if (held && (LockFile.isStale(held) || takeOver?.(held) === true)) {
                    const outcome = await this.replace(held);
                    if (outcome !== 'busy')
                        continue;
                    await new Promise((r) => setTimeout(r, 25));
                    continue;
                }
                if (held === undefined)
                    continue; // released between open and read
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`environment "${info.environment}" is locked by ${held.owner} (pid ${held.pid} on ${held.host || '?'}, since ${held.createdAt}): ${held.reason || 'no reason given'}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.Usage, hint: `wait for it to finish, or if it is gone: modelship unlock ${info.environment} --force (lock file ${this.file})` });
            }
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`could not take the lock ${this.file}`);
    }
    /** Creates the lock whole, or fails with EEXIST when it exists; the temporary file is removed either way. */
    async create(info) {
        const temporary = `${this.file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx', 0o644);
            try {
                await handle.writeFile(JSON.stringify(info, null, 2));
                await handle.sync();
            }
            finally {
                await handle.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temporary, this.file);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        }
    }
    /** Removes `held` if it is still the lock, under the takeover file; 'busy' when another process is replacing it. */
    async replace(held) {
        const guard = `${this.file}.takeover`;
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(guard, 'wx', 0o644);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            // A takeover file left by a process killed mid-takeover is removed after a while.
            const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
            if (age > TAKEOVER_GUARD_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
            return 'busy';
        }
        try {
            await handle.close();
            const now = await this.read();
            if (now === undefined || now.owner !== held.owner || now.pid !== held.pid || now.createdAt !== held.createdAt)
                return 'changed';
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
            return 'removed';
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
        }
    }
    async release(owner, force = false) {
        const held = await this.read();
        if (held === undefined)
            return false;
        if (!force && held.owner !== owner) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`lock on "${held.environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass --force to break it' });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
        return true;
    }
}


/***/ })

};
