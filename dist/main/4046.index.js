export const id = 4046;
export const ids = [4046,6745];
export const modules = {

/***/ 21106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   f1: () => (/* binding */ sha256Text),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Writes a file so a reader never sees it half-written: temp file in the same folder (same file system,
 * so rename is atomic), fsync, rename over the target, fsync the folder so the rename survives a crash.
 */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw err;
    }
    await fsyncDir(dir);
}
async function fsyncDir(dir) {
    // Some platforms refuse to open folders for fsync; durability of the rename is then best effort.
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        /* best effort */
    }
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256Text(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 84046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEPLOY_COMMANDS: () => (/* binding */ DEPLOY_COMMANDS),
/* harmony export */   deployCommandOf: () => (/* binding */ deployCommandOf),
/* harmony export */   deployRequest: () => (/* binding */ deployRequest),
/* harmony export */   lockRequest: () => (/* binding */ lockRequest),
/* harmony export */   promoteRequest: () => (/* binding */ promoteRequest),
/* harmony export */   rollbackRequest: () => (/* binding */ rollbackRequest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _package_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72525);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _state_local_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67314);




/** The deploy commands, as the CLI names them and the deploy action's `command` input takes them. */
const DEPLOY_COMMANDS = ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock'];
function deployCommandOf(text, label) {
    const command = text ?? 'deploy';
    if (!DEPLOY_COMMANDS.includes(command))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${label} is "${command}", expected one of ${DEPLOY_COMMANDS.join(', ')}`);
    return command;
}
function required(value, label, command) {
    if (!value)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${label} is required for ${command}`);
    return value;
}
/**
 * A deploy request, the same way from every surface: the artifact must be inside the project, and with no
 * version the model's latest release is deployed (resuming an interrupted deployment instead takes its own
 * version and artifact).
 */
async function deployRequest(loaded, options, surface) {
    const environment = required(options.environment, surface.labels.environment, 'deploy');
    const resume = options.resume === true;
    const version = options.version || (resume && options.artifact === undefined ? undefined : await latestRelease(loaded, environment, options.model, surface));
    let artifact;
    if (options.artifact !== undefined && (0,_package_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .isOciUri */ .w1)(options.artifact)) {
        // Deployed by digest: pinned bytes in a registry, never a movable tag.
        (0,_package_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigestReference */ .Dn)(options.artifact, surface.labels.artifact);
        artifact = options.artifact;
    }
    else if (options.artifact !== undefined) {
        artifact = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(loaded.root, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(surface.cwd, options.artifact));
        if (artifact.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(artifact))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${surface.labels.artifact} ${options.artifact} is outside the project ${loaded.root}`);
    }
    return { environment, model: options.model, version, artifact, resume, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_3__/* .userOf */ .Z5)(surface.env) };
}
function promoteRequest(options, surface) {
    return { model: options.model, to: required(options.to, surface.labels.to, 'promote'), version: options.version, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_3__/* .userOf */ .Z5)(surface.env) };
}
function rollbackRequest(options, surface) {
    return { environment: required(options.environment, surface.labels.environment, 'rollback'), model: options.model, to: options.to, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_3__/* .userOf */ .Z5)(surface.env) };
}
/** lock and unlock: who holds the lock is the actor (GITHUB_ACTOR, else the OS user), from every surface. */
function lockRequest(command, options, surface) {
    const environment = required(options.environment, surface.labels.environment, command);
    return command === 'lock' ? { environment, reason: options.reason, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_3__/* .userOf */ .Z5)(surface.env) } : { environment, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_3__/* .userOf */ .Z5)(surface.env), force: options.force === true };
}
/**
 * With no version given, deploy the model's latest release, and only when HEAD's model is still what was
 * released: a changed model under an old version number would break "same version = same sha256".
 */
async function latestRelease(loaded, environment, model, surface) {
    const usage = surface.versionHint(environment, '1.2.0');
    let plans;
    try {
        const { planVersions } = await Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(2088), __webpack_require__.e(2773), __webpack_require__.e(9607), __webpack_require__.e(3582), __webpack_require__.e(1464), __webpack_require__.e(7417), __webpack_require__.e(6031), __webpack_require__.e(6706)]).then(__webpack_require__.bind(__webpack_require__, 36031));
        plans = await planVersions(loaded, surface.env, model);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`deploy needs a version: none was given and the latest release could not be read (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, { hint: usage });
    }
    if (plans.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`deploy needs a version and a model: ${plans.length} models are configured (${Object.keys(loaded.config.models).join(', ')})`, { hint: `${usage}, with ${surface.labels.model} NAME` });
    const plan = plans[0];
    if (plan.current === null) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`deploy needs a version: none was given and ${plan.model} has no release yet`, { hint: `release it first (modelship release ${plan.model}), or name the version: ${surface.versionHint(environment, plan.next ?? '1.0.0')}` });
    }
    if (plan.bump !== 'none') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`deploy needs a version: ${plan.model} changed since its latest release ${plan.current} (a ${plan.bump} change: ${plan.next} when released)`, { hint: `release it first (modelship release ${plan.model}), or deploy the new version explicitly: ${surface.versionHint(environment, plan.next ?? '')}` });
    }
    surface.log?.(`deploying ${plan.model} ${plan.current}, its latest release (${plan.tag ?? 'tagged'})`);
    return plan.current;
}


/***/ }),

/***/ 67314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ defaultOwner),
/* harmony export */   Z5: () => (/* binding */ userOf),
/* harmony export */   kR: () => (/* binding */ osUser),
/* harmony export */   oF: () => (/* binding */ LocalDeploymentStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21106);
/* harmony import */ var _lock_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56745);







/**
 * The local deployment state: one JSON file per environment (`<dir>/<env>.json`), written atomically
 * while the environment's lock is held, with a checksum so corruption is detected. The previous good
 * file is kept as `<env>.json.bak` so recovery is a copy, never a guess.
 */
class LocalDeploymentStore {
    dir;
    /** A file read costs nothing: a waiting rollout sees a request within a quarter of a second. */
    pollMs = 250;
    constructor(dir) {
        this.dir = dir;
    }
    get location() {
        return this.dir;
    }
    fileFor(environment) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${environment}.json`);
    }
    lockFile(environment) {
        return new _lock_file_js__WEBPACK_IMPORTED_MODULE_6__.LockFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${environment}.lock`));
    }
    /** The records of one environment; [] when there is no file yet. Corruption throws. */
    async load(environment) {
        const file = this.fileFor(environment);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return [];
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`cannot read deployment state ${file}: ${err.message}`);
        }
        const corrupt = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`deployment state ${file} is corrupted: ${why}`, {
            location: { file },
            hint: `nothing was changed. Restore the last good copy (cp ${file}.bak ${file}) or move the file away to start a fresh history, after checking what is live`,
        });
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (err) {
            throw corrupt(`not valid JSON (${err.message})`);
        }
        if (parsed === null || typeof parsed !== 'object' || parsed.schema !== 1 || !Array.isArray(parsed.records))
            throw corrupt('not a modelship state file (schema 1)');
        if (parsed.environment !== environment)
            throw corrupt(`it names environment "${String(parsed.environment)}", expected "${environment}"`);
        if (parsed.checksum !== checksumOf(environment, parsed.records))
            throw corrupt('checksum mismatch (edited or torn)');
        return parsed.records;
    }
    async save(environment, records) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        const file = this.fileFor(environment);
        // Keep the last good file as .bak: load() throws on a corrupted one, so only a valid file is copied.
        if ((await this.load(environment)).length > 0)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(file, `${file}.bak`);
        const state = { schema: 1, environment, checksum: checksumOf(environment, records), records };
        await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(file, `${JSON.stringify(state, null, 2)}\n`);
    }
    async environments() {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
        }
        catch {
            return [];
        }
    }
    async current(environment, model) {
        return (await this.history(environment, model)).find((r) => r.status === 'success');
    }
    async history(environment, model) {
        return (await this.load(environment)).filter((r) => r.payload.model === model).reverse();
    }
    async create(environment, payload, actor) {
        const records = await this.load(environment);
        const now = new Date().toISOString();
        const record = { id: `${environment}-${records.length + 1}`, environment, payload, status: 'in_progress', createdAt: now, updatedAt: now, actor, steps: [] };
        records.push(record);
        await this.save(environment, records);
        return record;
    }
    /** Writes of this process, one at a time: a heartbeat must not interleave with a journal write (lost update). */
    writes = Promise.resolve();
    update(record, change) {
        const next = this.writes.then(() => this.updateNow(record, change));
        this.writes = next.catch(() => { });
        return next;
    }
    async updateNow(record, change) {
        const records = await this.load(record.environment);
        const stored = records.find((r) => r.id === record.id);
        if (stored === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`deployment ${record.id} is missing from ${this.fileFor(record.environment)}`);
        change(stored, records);
        stored.updatedAt = new Date().toISOString();
        await this.save(record.environment, records);
        Object.assign(record, stored);
    }
    async step(record, step) {
        await this.update(record, (r) => void r.steps.push(step));
    }
    async finish(record, status, description, url) {
        await this.update(record, (r, all) => {
            r.status = status;
            r.description = description;
            if (url)
                r.url = url;
            if (status === 'success') {
                for (const other of all)
                    if (other !== r && other.payload.model === r.payload.model && other.status === 'success')
                        other.status = 'inactive';
            }
        });
    }
    async lock(environment, info, takeOver) {
        return this.lockFile(environment).acquire({ environment, ...info, createdAt: new Date().toISOString() }, takeOver);
    }
    /** `<env>.requests/<deployment id>/`: one file per request, created exclusively, so writers never race the state file. */
    requestDir(record) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${record.environment}.requests`, record.id.replace(/[^A-Za-z0-9._-]/g, '_'));
    }
    async request(record, request) {
        const dir = this.requestDir(record);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const name = `${String(Date.parse(request.at)).padStart(15, '0')}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.json`;
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name), 'wx', 0o644);
        try {
            await handle.writeFile(JSON.stringify(request));
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    async requests(record) {
        const dir = this.requestDir(record);
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
        const out = [];
        for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
            // A request is written in one small write and synced; one caught mid-write is read on the next poll.
            const parsed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name), 'utf8').then((t) => JSON.parse(t), () => undefined);
            if (parsed && typeof parsed.id === 'string' && typeof parsed.action === 'string')
                out.push(parsed);
        }
        return out;
    }
    async heartbeat(record, _note) {
        await this.update(record, (r) => void (r.heartbeatAt = new Date().toISOString()));
    }
    async unlock(environment, owner, force = false) {
        return this.lockFile(environment).release(owner, force);
    }
    async lockInfo(environment) {
        return this.lockFile(environment).read();
    }
}
/** The owner of a process lock: `user@host:pid`. */
function defaultOwner(actor) {
    return `${actor ?? osUser()}@${node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname()}:${process.pid}`;
}
/** The OS user running modelship (what `lock` and `deploy` record when no actor is given). */
function osUser() {
    try {
        return node_os__WEBPACK_IMPORTED_MODULE_2___default().userInfo().username;
    }
    catch {
        // No passwd entry (some containers): the login name the shell exported, if any.
        return process.env.USER || process.env.USERNAME || 'unknown';
    }
}
/**
 * Who runs a command, the same for `lock`, `unlock`, `deploy`, `promote` and `rollback`: GITHUB_ACTOR when
 * set (Actions, chatops), else the OS user. A manual lock names this user, and lets this user deploy.
 */
function userOf(env) {
    return env.GITHUB_ACTOR?.trim() || osUser();
}
function checksumOf(environment, records) {
    return (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Text */ .f1)(JSON.stringify({ environment, records }));
}


/***/ }),

/***/ 56745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LockFile: () => (/* binding */ LockFile),
/* harmony export */   STALE_LOCK_AGE_MS: () => (/* binding */ STALE_LOCK_AGE_MS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`environment "${info.environment}" is locked by ${held.owner} (pid ${held.pid} on ${held.host || '?'}, since ${held.createdAt}): ${held.reason || 'no reason given'}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ExitCode.Usage, hint: `wait for it to finish, or if it is gone: modelship unlock ${info.environment} --force (lock file ${this.file})` });
            }
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`could not take the lock ${this.file}`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`lock on "${held.environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass --force to break it' });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
        return true;
    }
}


/***/ }),

/***/ 72525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DC: () => (/* binding */ formatDigestReference),
/* harmony export */   Dn: () => (/* binding */ parseDigestReference),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   w1: () => (/* binding */ isOciUri)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

// distribution-spec: repository name components and tags; digests are sha256 only here.
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$/;
function isDigest(value) {
    return DIGEST.test(value);
}
/** Parses a reference; the registry host is always explicit (no implicit Docker Hub). */
function parseReference(text, what = 'reference') {
    const bare = text.startsWith('oci://') ? text.slice('oci://'.length) : text;
    const slash = bare.indexOf('/');
    if (slash <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}" has no registry host: expected host[:port]/repository[:tag][@sha256:<hex>]`);
    const registry = bare.slice(0, slash);
    if (!HOST.test(registry))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": "${registry}" is not a registry host[:port]`);
    let rest = bare.slice(slash + 1);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": digest "${digest}" is not sha256:<64 lowercase hex>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": tag "${tag}" is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    if (!REPOSITORY.test(rest))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": repository "${rest}" is not a valid OCI repository name (lowercase letters, digits, separators . _ __ -, / between parts)`);
    return { registry, repository: rest, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
/** Parses `oci://registry/repository@sha256:...`: a reference that must be pinned by digest. */
function parseDigestReference(text, what = 'artifact') {
    const ref = parseReference(text, what);
    if (!ref.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}" is not pinned by digest: expected oci://${ref.registry}/${ref.repository}@sha256:<hex>`, { hint: 'deploy the digest `modelship push` printed, never a tag' });
    return { registry: ref.registry, repository: ref.repository, digest: ref.digest };
}
/** `oci://registry/repository@sha256:...` (the form KServe's storageUri and the deployment payload carry). */
function formatDigestReference(ref) {
    return `oci://${ref.registry}/${ref.repository}@${ref.digest}`;
}
function isOciUri(text) {
    return text.startsWith('oci://');
}


/***/ })

};
