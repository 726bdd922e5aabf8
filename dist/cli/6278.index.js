export const id = 6278;
export const ids = [6278];
export const modules = {

/***/ 76278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateArtifacts: () => (/* binding */ validateArtifacts)
});

// UNUSED EXPORTS: verdictOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(34664);
// EXTERNAL MODULE: ./src/validate/detect.ts
var detect = __webpack_require__(3095);
// EXTERNAL MODULE: ./src/validate/finding.ts
var finding = __webpack_require__(93043);
// EXTERNAL MODULE: ./src/validate/formats/index.ts + 37 modules
var formats = __webpack_require__(15645);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/validate/sources.ts
var sources = __webpack_require__(49468);
;// CONCATENATED MODULE: ./src/validate/hash.ts


/**
 * Two buffers, reused for every read: while the hash consumes one on the main thread, the next read fills
 * the other in the thread pool, so reading and hashing overlap instead of taking turns (a sequential
 * read-then-hash loop ran at 0.69x of `openssl dgst -sha256`; bench/validate.bench.ts). 4 MiB reads keep
 * the number of round trips to the thread pool low without a large footprint.
 */
const HASH_CHUNK = 4 * 1024 * 1024;
/** Streaming sha256 of a source: constant memory, at the speed of the hash (bench/validate.bench.ts). */
/** `onBytes` hears the running count of bytes hashed (progress of large files). */
async function sha256Of(source, signal, onBytes) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const file = sources/* FILE_HANDLES */.rO.get(source);
    if (file) {
        const buffers = [Buffer.allocUnsafe(HASH_CHUNK), Buffer.allocUnsafe(HASH_CHUNK)];
        let turn = 0;
        let pending = file.handle.read(buffers[turn], 0, HASH_CHUNK, 0);
        for (;;) {
            const { bytesRead } = await pending;
            if (signal?.aborted)
                throw signal.reason ?? new Error('aborted');
            if (bytesRead === 0)
                break;
            const filled = buffers[turn];
            // Start the next read into the other buffer before hashing this one.
            turn ^= 1;
            pending = file.handle.read(buffers[turn], 0, HASH_CHUNK, size + bytesRead);
            hash.update(filled.subarray(0, bytesRead));
            size += bytesRead;
            onBytes?.(size);
        }
        return { sha256: hash.digest('hex'), size };
    }
    for await (const chunk of source.stream()) {
        if (signal?.aborted)
            throw signal.reason ?? new Error('aborted');
        hash.update(chunk);
        size += chunk.length;
        onBytes?.(size);
    }
    return { sha256: hash.digest('hex'), size };
}

// EXTERNAL MODULE: ./src/core/map-limit.ts
var map_limit = __webpack_require__(43075);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/validate/paths.ts
var paths = __webpack_require__(22906);
// EXTERNAL MODULE: ./src/validate/strict-json.ts
var strict_json = __webpack_require__(1572);
;// CONCATENATED MODULE: ./src/validate/manifest.ts




const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Parses the `sha256sum` format (GNU, with `*` binary marks and `\`-escaped names, or BSD tags) or JSON. */
function parseManifest(data) {
    const text = (0,strict_json/* decodeUtf8Strict */.h0)(data);
    if (text === undefined)
        return { kind: 'sha256sum', entries: [], findings: [(0,finding/* error */.z3)('manifest/syntax', 'the manifest is not valid UTF-8')] };
    const trimmed = text.trimStart();
    return trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJsonManifest(text) : parseSha256sum(text);
}
function parseSha256sum(text) {
    const entries = [];
    const findings = [];
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const lineNo = i + 1;
        if (line.trim() === '' || line.startsWith('#'))
            return;
        let m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        let name;
        let hash;
        if (m) {
            hash = m[2];
            name = m[1] ? unescapeName(m[3]) : m[3];
        }
        else if ((m = /^(\\?)SHA256 ?\((.+)\) ?= ?([0-9a-fA-F]{64})$/.exec(line))) {
            hash = m[3];
            name = m[1] ? unescapeName(m[2]) : m[2];
        }
        if (name === undefined || hash === undefined) {
            findings.push((0,finding/* error */.z3)('manifest/syntax', `line ${lineNo} is not "<sha256>  <file>": ${JSON.stringify(line.slice(0, 80))}`, { line: lineNo }));
            return;
        }
        entries.push({ path: normalise(name), written: name, sha256: hash.toLowerCase(), line: lineNo });
    });
    return { kind: 'sha256sum', entries, findings };
}
/** GNU coreutils escapes `\` as `\\`, newline as `\n` and CR as `\r` and then prefixes the line with `\`. */
function unescapeName(s) {
    return s.replace(/\\(\\|n|r)/g, (_m, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}
function parseJsonManifest(text) {
    const entries = [];
    const findings = [];
    let parsed;
    try {
        parsed = (0,strict_json/* parseStrictJson */.RJ)(text);
    }
    catch (err) {
        return { kind: 'json', entries, findings: [(0,finding/* error */.z3)('manifest/syntax', `the JSON manifest is not valid JSON: ${err.message}`)] };
    }
    for (const d of parsed.duplicates)
        findings.push((0,finding/* error */.z3)('manifest/duplicate-entry', `key ${JSON.stringify(d.key)} appears twice in the JSON manifest`, { offset: d.offset }));
    const doc = parsed.value;
    const add = (p, sha, size, pointer) => {
        if (typeof p !== 'string' || typeof sha !== 'string' || !HEX64.test(sha) || (size !== undefined && (typeof size !== 'number' || size < 0))) {
            findings.push((0,finding/* error */.z3)('manifest/syntax', `${pointer} needs a "path", a 64-hex-digit "sha256" and optionally a "size" in bytes`, { pointer }));
            return;
        }
        entries.push({ path: normalise(p), written: p, sha256: sha.toLowerCase(), size: size });
    };
    if ((0,strict_json/* isPlainObject */.Qd)(doc) && (0,strict_json/* isPlainObject */.Qd)(doc.files)) {
        for (const [p, v] of Object.entries(doc.files)) {
            if ((0,strict_json/* isPlainObject */.Qd)(v))
                add(p, v.sha256, v.size, `files.${p}`);
            else
                add(p, v, undefined, `files.${p}`);
        }
    }
    else if (Array.isArray(doc) || ((0,strict_json/* isPlainObject */.Qd)(doc) && Array.isArray(doc.files))) {
        const list = (Array.isArray(doc) ? doc : doc.files);
        list.forEach((e, i) => add((0,strict_json/* isPlainObject */.Qd)(e) ? e.path : undefined, (0,strict_json/* isPlainObject */.Qd)(e) ? e.sha256 : undefined, (0,strict_json/* isPlainObject */.Qd)(e) ? e.size : undefined, `[${i}]`));
    }
    else {
        findings.push((0,finding/* error */.z3)('manifest/syntax', 'a JSON manifest is {"files": {"path": "sha256"}} or [{"path", "sha256", "size"}]'));
    }
    return { kind: 'json', entries, findings };
}
/** `./a//b` -> `a/b`; what is left is compared exactly (case and Unicode form matter). */
function normalise(p) {
    return p.split('/').filter((s) => s !== '' && s !== '.').join('/');
}
/** Checks every entry against the files under root, and every file in scope against the entries. */
async function checkManifest(input) {
    const manifestFindings = [];
    const fileFindings = new Map();
    const addFile = (abs, f) => fileFindings.set(abs, [...(fileFindings.get(abs) ?? []), f]);
    const rel = (abs) => external_node_path_default().relative(input.root, abs).split((external_node_path_default()).sep).join('/');
    const scopeByRel = new Map(input.scope.map((abs) => [rel(abs), abs]));
    const listed = new Set();
    const seen = new Map();
    let checked = 0;
    const twinKey = (p) => p.normalize('NFC').toLowerCase();
    const twins = new Map();
    for (const e of input.entries) {
        const where = { line: e.line, pointer: e.line ? undefined : e.written };
        const why = (0,paths/* unsafeRelativePath */.q)(e.written.replace(/^\.\//, ''));
        if (why) {
            manifestFindings.push((0,finding/* error */.z3)('manifest/unsafe-path', `entry ${JSON.stringify(e.written)} is refused: ${why}`, where));
            continue;
        }
        const prior = seen.get(e.path);
        if (prior) {
            if (prior.sha256 !== e.sha256)
                manifestFindings.push((0,finding/* error */.z3)('manifest/duplicate-entry', `${JSON.stringify(e.path)} is listed twice with different hashes`, where));
            else
                manifestFindings.push((0,finding/* warning */.$e)('manifest/duplicate-entry', `${JSON.stringify(e.path)} is listed twice`, where));
            continue;
        }
        seen.set(e.path, e);
        const key = twinKey(e.path);
        const twin = twins.get(key);
        if (twin !== undefined) {
            const unicode = twin.normalize('NFC') === e.path.normalize('NFC');
            manifestFindings.push((0,finding/* error */.z3)(unicode ? 'manifest/unicode-twin' : 'manifest/case-twin', `${JSON.stringify(e.path)} and ${JSON.stringify(twin)} differ only in ${unicode ? 'Unicode normalisation (NFC/NFD)' : 'letter case'}: on some file systems they are one file`, where));
        }
        twins.set(key, e.path);
        const { file, problem } = await (0,paths/* containedFile */.o)(input.root, e.path);
        if (!file) {
            const alias = [...scopeByRel.keys()].find((r) => twinKey(r) === key && r !== e.path);
            if (alias)
                manifestFindings.push((0,finding/* error */.z3)('manifest/name-mismatch', `${JSON.stringify(e.path)} is listed but the file is spelled ${JSON.stringify(alias)} (case or Unicode form differs)`, where));
            else if (problem.rule === 'missing')
                manifestFindings.push((0,finding/* error */.z3)('manifest/missing-file', `${JSON.stringify(e.path)} is listed but missing`, where));
            else
                manifestFindings.push((0,finding/* error */.z3)('manifest/unsafe-path', `${JSON.stringify(e.path)}: ${problem.message}`, where));
            continue;
        }
        listed.add(file.absolute);
        checked++;
        const d = await input.digest(file.absolute);
        if (d.sha256 !== e.sha256) {
            addFile(file.absolute, (0,finding/* error */.z3)('manifest/sha256-mismatch', `sha256 is ${d.sha256} but ${external_node_path_default().basename(input.manifestPath)} says ${e.sha256}: the file changed or is not the one released`, where));
        }
        else if (e.size !== undefined && d.size !== e.size) {
            addFile(file.absolute, (0,finding/* error */.z3)('manifest/size-mismatch', `size is ${d.size} bytes but the manifest says ${e.size}`, where));
        }
    }
    const manifestAbs = external_node_path_default().resolve(input.manifestPath);
    const scopeTwins = new Map();
    for (const abs of input.scope) {
        const r = rel(abs);
        const key = twinKey(r);
        const other = scopeTwins.get(key);
        if (other !== undefined)
            addFile(abs, (0,finding/* error */.z3)('manifest/case-twin', `${JSON.stringify(r)} and ${JSON.stringify(other)} differ only in case or Unicode form: a case-insensitive checkout keeps one of them`));
        scopeTwins.set(key, r);
        if (abs === manifestAbs || listed.has(abs) || /\.(sig|asc|minisig|sigstore|bundle)$/.test(abs))
            continue;
        addFile(abs, (0,finding/* error */.z3)('manifest/unlisted-file', `not listed in ${external_node_path_default().basename(input.manifestPath)}: an unverified file would ship with the model`));
    }
    return { manifestFindings, fileFindings, checked };
}

;// CONCATENATED MODULE: ./src/validate/walk.ts





/**
 * Which files a validation run reads: the paths given, folders walked (symbolic links never followed,
 * special files refused, ignore globs applied, depth and count bounded), and each file opened so that a
 * link or FIFO swapped in after the walk is refused.
 */
const MAX_WALK_DEPTH = 32;
const MAX_WALK_FILES = 100_000;
/**
 * The files behind `paths` (relative to `cwd`). A path that does not exist is a usage error (ModelshipError);
 * a path the user typed may be a symbolic link, and what it points to is validated, inside its own folder.
 */
async function collectFiles(paths, cwd, ignore, targets) {
    const out = { files: [], problems: new Map(), roots: [] };
    // Asked all at once (a repository may configure hundreds of models); refused in the order given.
    const stats = await Promise.all(paths.map((p) => (0,promises_.lstat)(external_node_path_default().resolve(cwd, p)).catch(() => undefined)));
    for (const [i, p] of paths.entries()) {
        const absolute = external_node_path_default().resolve(cwd, p);
        const st = stats[i];
        if (!st) {
            throw new errors.ModelshipError(`no such file or folder: ${p}`, { hint: 'pass existing files or folders, or configure models in modelship.yml' });
        }
        const target = targets?.get(absolute);
        if (st.isSymbolicLink()) {
            const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
            if (!real)
                throw new errors.ModelshipError(`${p} is a dangling symbolic link`);
            const rs = await (0,promises_.lstat)(real);
            if (rs.isDirectory()) {
                out.roots.push(real);
                await walk(real, real, 0, out.files, out.problems, ignore, target);
            }
            else
                out.files.push({ absolute: real, target });
        }
        else if (st.isDirectory()) {
            out.roots.push(absolute);
            await walk(absolute, absolute, 0, out.files, out.problems, ignore, target);
        }
        else {
            out.files.push({ absolute, target });
        }
    }
    return out;
}
async function walk(dir, root, depth, out, problems, ignore, target) {
    if (depth > MAX_WALK_DEPTH) {
        problems.set(dir, [(0,finding/* error */.z3)('walk/too-deep', `folders nested deeper than ${MAX_WALK_DEPTH}`)]);
        return;
    }
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const absolute = external_node_path_default().join(dir, entry.name);
        const rel = external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/');
        if (entry.name === '.git' || ignore.some((g) => globMatch(g, rel)))
            continue;
        if (out.length >= MAX_WALK_FILES) {
            problems.set(dir, [(0,finding/* error */.z3)('walk/too-many-files', `more than ${MAX_WALK_FILES} files`)]);
            return;
        }
        if (entry.isSymbolicLink()) {
            const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
            const inside = real !== undefined && isInside(root, real);
            problems.set(absolute, [
                inside
                    ? (0,finding/* warning */.$e)('walk/symlink', `a symbolic link (to ${external_node_path_default().relative(root, real)}); not followed: its target is validated on its own`)
                    : (0,finding/* error */.z3)('walk/symlink-escape', `a symbolic link pointing outside the folder${real ? ` (to ${real})` : ' (dangling)'}: a loader following it reads a file nobody validated`),
            ]);
            continue;
        }
        if (entry.isDirectory())
            await walk(absolute, root, depth + 1, out, problems, ignore, target);
        else if (entry.isFile())
            out.push({ absolute, walkRoot: root, target: undefined });
        else
            problems.set(absolute, [(0,finding/* error */.z3)('walk/special-file', 'a device, FIFO or socket, not a regular file: refused (reading it could block or never end)')]);
    }
}
function isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** `*` within a segment, `**` across segments, `?` one character. */
function globMatch(glob, rel) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += '.*';
            i++;
            if (glob[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`).test(rel) || new RegExp(`^${re}/`).test(rel);
}
/** Opens a regular file for reading, or says why it is refused. */
async function openRegular(absolute) {
    let handle;
    try {
        handle = await (0,promises_.open)(absolute, OPEN_FLAGS);
    }
    catch (err) {
        return { problem: openProblem(err) };
    }
    const st = await handle.stat();
    if (!st.isFile()) {
        await handle.close();
        return { problem: NOT_REGULAR() };
    }
    return { handle, stats: st };
}
// O_NOFOLLOW: a link swapped in after the walk is refused; O_NONBLOCK: a FIFO swapped in cannot hang us.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const NOT_REGULAR = () => (0,finding/* error */.z3)('walk/special-file', 'not a regular file: refused');
function openProblem(err) {
    if (err.code === 'ELOOP')
        return (0,finding/* error */.z3)('walk/symlink', 'the path became a symbolic link during validation: refused');
    return (0,finding/* error */.z3)('walk/unreadable', `cannot open the file: ${err.message}`);
}
/** openRegular with synchronous calls, for small files (the caller closes `fd`). */
function openRegularSync(absolute) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolute, OPEN_FLAGS);
    }
    catch (err) {
        return { problem: openProblem(err) };
    }
    const stats = (0,external_node_fs_.fstatSync)(fd);
    if (!stats.isFile()) {
        (0,external_node_fs_.closeSync)(fd);
        return { problem: NOT_REGULAR() };
    }
    return { fd, stats };
}

;// CONCATENATED MODULE: ./src/validate/manifest-checks.ts









const MANIFEST_NAMES = ['SHA256SUMS', 'SHA256SUMS.txt', 'sha256sums.txt'];
/**
 * Checks the SHA256SUMS manifests of a run against the files: an explicit `--manifest`, else every walked
 * folder's own manifest (its scope stops where a deeper folder has one), and, for a file named on its own,
 * a manifest beside it that lists it. Hashes already computed during validation are reused. A manifest's
 * findings go on its own report (added to `results` when it was not validated), a listed file's on that file's.
 */
async function applyManifests(options, walked, results, display) {
    const jobs = [];
    if (options.manifest) {
        const manifest = external_node_path_default().resolve(options.cwd, options.manifest);
        const root = external_node_path_default().dirname(manifest);
        jobs.push({ manifest, root, scope: walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute)).map((w) => w.absolute) });
    }
    else {
        // Every folder met in a walk that holds a SHA256SUMS is checked against it; its scope stops where a
        // deeper folder has its own manifest.
        const manifests = walked.filter((w) => w.walkRoot !== undefined && MANIFEST_NAMES.includes(external_node_path_default().basename(w.absolute))).map((w) => w.absolute);
        const dirs = manifests.map((m) => external_node_path_default().dirname(m));
        for (const manifest of manifests) {
            const root = external_node_path_default().dirname(manifest);
            const deeper = dirs.filter((d) => d !== root && isInside(root, d));
            const scope = walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute) && !deeper.some((d) => isInside(d, w.absolute))).map((w) => w.absolute);
            jobs.push({ manifest, root, scope });
        }
        // A file named on its own is checked against a SHA256SUMS beside it, when that lists it. The folders
        // are asked all at once (a monorepo names hundreds of files), each folder once.
        const named = walked.filter((x) => x.walkRoot === undefined);
        const folders = [...new Set(named.map((w) => external_node_path_default().dirname(w.absolute)))];
        const found = new Map(await Promise.all(folders.map(async (dir) => [dir, await manifestIn(dir)])));
        for (const w of named) {
            const dir = external_node_path_default().dirname(w.absolute);
            const manifest = found.get(dir);
            if (manifest !== undefined) {
                const existing = jobs.find((j) => j.manifest === manifest && j.only);
                if (existing)
                    existing.only.add(w.absolute);
                else if (!jobs.some((j) => j.manifest === manifest))
                    jobs.push({ manifest, root: dir, scope: [], only: new Set([w.absolute]) });
            }
        }
    }
    // Each manifest is read and checked concurrently (a monorepo has one beside every model); the findings are
    // applied afterwards in the order of the jobs, and the first unreadable manifest in that order is reported.
    const checked = (0,map_limit/* valuesInOrder */.a)(await (0,map_limit/* mapLimit */.s)(jobs, 8, async (job) => {
        let data;
        try {
            data = await (0,promises_.readFile)(job.manifest);
        }
        catch {
            throw new errors.ModelshipError(`cannot read the manifest ${display(job.manifest)}`, { hint: 'pass a sha256sum-format or JSON manifest with --manifest' });
        }
        const parsed = parseManifest(data);
        const entries = job.only ? parsed.entries.filter((e) => job.only.has(external_node_path_default().resolve(job.root, e.path))) : parsed.entries;
        if (job.only && entries.length === 0)
            return undefined;
        const check = await checkManifest({
            manifestPath: job.manifest,
            entries,
            root: job.root,
            scope: job.scope,
            digest: async (abs) => {
                const known = results.get(abs)?.digest;
                if (known)
                    return known;
                const { handle } = await openRegular(abs);
                if (!handle)
                    return { sha256: '', size: -1 };
                try {
                    const st = await handle.stat();
                    return await sha256Of((0,sources/* fileHandleSource */.eU)(abs, handle, st.size, abs));
                }
                finally {
                    await handle.close();
                }
            },
        });
        return { job, data, parsed, check };
    }));
    for (const done of checked) {
        if (!done)
            continue;
        const { job, data, parsed, check } = done;
        // A finding about a listed file that points at a manifest line says which file that line is in.
        const inManifest = (f) => (f.location?.line !== undefined ? { ...f, location: { ...f.location, file: display(job.manifest) } } : f);
        if (job.only) {
            // The manifest was not asked for: its own problems matter only for the entries checked.
            for (const f of [...parsed.findings, ...check.manifestFindings]) {
                for (const abs of job.only)
                    results.get(abs)?.report.findings.push(inManifest({ ...f, message: `${display(job.manifest)}: ${f.message}` }));
            }
            for (const [abs, findings] of check.fileFindings)
                results.get(abs)?.report.findings.push(...findings.map(inManifest));
            for (const abs of job.only)
                results.get(abs)?.report.findings.push((0,finding/* note */.N4)('manifest/checked', `sha256 matches ${display(job.manifest)}`));
            continue;
        }
        let holder = results.get(job.manifest);
        if (!holder) {
            holder = { report: { path: display(job.manifest), format: 'text', size: data.length, sha256: '', verdict: 'fail', findings: [] } };
            results.set(job.manifest, holder);
        }
        holder.report.findings = holder.report.findings.filter((f) => f.rule !== 'format/not-a-model');
        holder.report.findings.push(...parsed.findings, ...check.manifestFindings);
        holder.report.findings.push((0,finding/* note */.N4)('manifest/checked', `${check.checked} of ${parsed.entries.length} entries checked against the files`));
        if (parsed.entries.length === 0 && parsed.findings.length === 0)
            holder.report.findings.push((0,finding/* error */.z3)('manifest/empty', 'the manifest lists no files'));
        for (const [abs, findings] of check.fileFindings) {
            const r = results.get(abs);
            if (r)
                r.report.findings.push(...findings.map(inManifest));
        }
    }
}
/** The first of the manifest names that is a regular file in `dir`, if any. */
async function manifestIn(dir) {
    for (const name of MANIFEST_NAMES) {
        const manifest = external_node_path_default().join(dir, name);
        if (await (0,promises_.lstat)(manifest).then((st) => st.isFile(), () => false))
            return manifest;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/validate/signature-check.ts

/** The configured signature against the file's: names, element types, and fixed sizes must agree. */
function compareSignature(expected, actual) {
    const findings = [];
    for (const side of ['inputs', 'outputs']) {
        const have = new Map(actual[side].map((t) => [t.name, t]));
        for (const want of expected[side]) {
            const got = have.get(want.name);
            if (!got) {
                if (!want.optional)
                    findings.push((0,finding/* error */.z3)('signature/missing-tensor', `modelship.yml expects ${side.slice(0, -1)} ${JSON.stringify(want.name)}, which the model does not declare (it has ${[...have.keys()].join(', ') || 'none'})`, { pointer: `${side}.${want.name}` }));
                continue;
            }
            if (got.dtype !== want.dtype)
                findings.push((0,finding/* error */.z3)('signature/dtype-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} is ${got.dtype}, modelship.yml expects ${want.dtype}`, { pointer: `${side}.${want.name}` }));
            if (got.shape.length !== want.shape.length) {
                findings.push((0,finding/* error */.z3)('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} has rank ${got.shape.length} [${got.shape.join(', ')}], modelship.yml expects [${want.shape.join(', ')}]`, { pointer: `${side}.${want.name}` }));
            }
            else {
                want.shape.forEach((d, i) => {
                    const g = got.shape[i];
                    if (typeof d === 'number' && typeof g === 'number' && d !== g) {
                        findings.push((0,finding/* error */.z3)('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} dimension ${i} is ${g}, modelship.yml expects ${d}`, { pointer: `${side}.${want.name}` }));
                    }
                });
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/lanes.ts

/**
 * Runs the validation of several files at once: a small file's time is mostly waiting on the file system
 * (open, stat, read, stat, close), so overlapping them is what a repository of many models needs. A large
 * file runs alone, so its reads and hashing have the disk, the cores and the memory to themselves, and no
 * more than `lanes` small files (each read whole) are in memory at a time.
 */
class SizeLanes {
    lanes;
    largeBytes;
    small = 0;
    large = false;
    largeWaiting = 0;
    waiters = [];
    constructor(lanes, largeBytes) {
        this.lanes = lanes;
        this.largeBytes = largeBytes;
    }
    /** Runs `work` for every item, at most `lanes` at a time, results in the items' order; the first failure in order is thrown. */
    async map(items, work) {
        return (0,map_limit/* valuesInOrder */.a)(await (0,map_limit/* mapLimit */.s)(items, this.lanes, work));
    }
    /** Holds `work` until a file of `size` bytes may run: small ones together, a large one alone. */
    async withSize(size, work) {
        const large = size > this.largeBytes;
        if (large)
            this.largeWaiting++;
        while (large ? this.large || this.small > 0 : this.large || this.largeWaiting > 0)
            await new Promise((resolve) => this.waiters.push(resolve));
        if (large) {
            this.largeWaiting--;
            this.large = true;
        }
        else
            this.small++;
        try {
            return await work();
        }
        finally {
            if (large)
                this.large = false;
            else
                this.small--;
            const waiting = this.waiters;
            this.waiters = [];
            for (const wake of waiting)
                wake();
        }
    }
}

;// CONCATENATED MODULE: ./src/validate/engine.ts













/** Files up to this size are read once into memory: the bytes hashed are exactly the bytes parsed. */
const IN_MEMORY_BYTES = 64 * 1024 * 1024;
/** Files validated at once, and the size above which a file runs alone (so at most 4 x 16 MiB read whole at a time). */
const LANES = 4;
const IN_MEMORY_LANE_BYTES = 16 * 1024 * 1024;
/** Files up to this size are read with synchronous calls (see validateFile). */
const SYNC_READ_BYTES = 1024 * 1024;
/** Formats a folder may hold beside the model without being one. */
const AUXILIARY = new Set(['json', 'text', 'safetensors-index', 'external-data']);
const MODEL_FILE_NAME = /\.(safetensors|gguf|onnx|bin|pt|pth|pkl|pickle|h5|hdf5|keras|tflite|npy|npz|ckpt|joblib|pb|mar|model)$/i;
const NOT_MODELS = new Set(['json', 'text', 'empty', 'git-lfs-pointer', 'html', 'unknown']);
/**
 * Validates files and folders: walks them (symlinks never followed, special files refused), hashes each
 * file while it is analyzed, detects its format by content, runs the analyzer under the limits, checks
 * manifests, and aggregates a fail-closed verdict. Usage errors (a path that does not exist) throw
 * ModelshipError; everything about the artifacts themselves is a finding.
 */
async function validateArtifacts(options) {
    const analyzers = options.analyzers ?? formats/* ANALYZERS */.A;
    const { files: walked, problems: walkFindings, roots } = await collectFiles(options.paths, options.cwd, options.settings.ignore, options.targets);
    const results = new Map();
    const display = (abs) => {
        const rel = external_node_path_default().relative(options.cwd, abs);
        return (rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? abs : rel).split((external_node_path_default()).sep).join('/');
    };
    const progress = options.progress ?? core_progress/* silentProgress */.R;
    if (options.progress) {
        // Sizes only for the display: the validation itself takes each file's size from its open handle.
        const sizes = await Promise.all([...new Set(walked.map((f) => f.absolute))].map((abs) => (0,promises_.lstat)(abs).then((st) => st.size, () => 0)));
        progress.start('validate', sizes.reduce((a, b) => a + b, 0), 'bytes');
    }
    try {
        const seen = new Set();
        const unique = walked.filter((file) => !seen.has(file.absolute) && seen.add(file.absolute));
        // Bytes hashed so far, file by file: files validate several at a time, so progress is their sum.
        const hashed = new Array(unique.length).fill(0);
        let total = 0;
        const lanes = new SizeLanes(LANES, IN_MEMORY_LANE_BYTES);
        const reports = await lanes.map(unique, async (file, i) => {
            const name = display(file.absolute);
            const onBytes = (bytes) => {
                total += bytes - hashed[i];
                hashed[i] = bytes;
                progress.update(total, name);
            };
            const r = await validateFile(file, name, options.settings, analyzers, lanes, onBytes);
            onBytes(r.report.size);
            return r;
        });
        unique.forEach((file, i) => results.set(file.absolute, reports[i]));
    }
    finally {
        progress.stop();
    }
    for (const [abs, findings] of walkFindings) {
        results.set(abs, { report: { path: display(abs), format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings }, claims: [] });
    }
    applyClaims(results);
    for (const root of roots) {
        const inRoot = [...results.values()].filter((r) => r.report.verdict !== undefined && isInside(root, external_node_path_default().resolve(options.cwd, r.report.path)));
        if (!inRoot.some((r) => !AUXILIARY.has(r.report.format) && !NOT_MODELS.has(r.report.format))) {
            const first = inRoot[0];
            const f = (0,finding/* error */.z3)('validate/no-model', `${display(root)} holds no model file`);
            if (first)
                first.report.findings.push(f);
            else
                results.set(root, { report: { path: display(root), format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [f] }, claims: [] });
        }
    }
    await applyManifests(options, walked, results, display);
    const artifacts = [...results.values()].map((r) => r.report);
    for (const a of artifacts)
        a.verdict = verdictOf(a.findings, options.settings.failOnWarning);
    return { verdict: artifacts.length > 0 && artifacts.every((a) => a.verdict === 'pass') ? 'pass' : 'fail', artifacts };
}
function verdictOf(findings, failOnWarning = false) {
    return findings.some((f) => f.severity === 'error' || (failOnWarning && f.severity === 'warning')) ? 'fail' : 'pass';
}
async function validateFile(file, display, settings, analyzers, lanes, onBytes) {
    const report = { path: display, format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [] };
    const out = { report, claims: [] };
    /** Hashes and analyzes the bytes, then checks the file did not change meanwhile. */
    const check = async (source, before, statAgain) => {
        const hashing = sha256Of(source, undefined, onBytes);
        // Hashing streams once while the analyzer reads what it needs (headers of large files) in parallel.
        hashing.catch(() => undefined);
        const analysis = analyzeTop(source, file, settings, analyzers, external_node_path_default().dirname(file.absolute));
        const [digest, result] = await Promise.all([hashing, analysis]);
        out.digest = digest;
        report.sha256 = digest.sha256;
        report.format = result.format;
        report.findings.push(...result.findings);
        if (result.details)
            report.details = result.details;
        out.claims = result.claims ?? [];
        const after = await statAgain();
        if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || digest.size !== before.size) {
            report.findings.push((0,finding/* error */.z3)('integrity/changed-during-validation', 'the file changed while it was validated: the hash and the analysis may not describe the same bytes'));
        }
    };
    const tooLarge = (size) => {
        if (size <= settings.limits.maxFileBytes)
            return false;
        report.findings.push((0,finding/* error */.z3)('limits/file-size', `the file is ${size} bytes, over maxFileBytes (${settings.limits.maxFileBytes})`));
        return true;
    };
    // A small file is opened, read and closed with synchronous calls: each takes microseconds, where the
    // promise API costs tens of them on the main thread and a trip through the thread pool, which was most
    // of validating a repository of many small models.
    const small = openRegularSync(file.absolute);
    if (small.fd === undefined || !small.stats) {
        report.findings.push(small.problem);
        return out;
    }
    const { fd, stats } = small;
    report.size = stats.size;
    if (tooLarge(stats.size) || stats.size <= SYNC_READ_BYTES) {
        try {
            if (stats.size <= SYNC_READ_BYTES) {
                const data = readAllSync(fd, stats.size);
                await lanes.withSize(stats.size, () => check((0,sources/* bufferSource */.kq)(display, data, file.absolute), stats, () => (0,external_node_fs_.fstatSync)(fd)));
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return out;
    }
    (0,external_node_fs_.closeSync)(fd);
    const { handle, stats: before, problem } = await openRegular(file.absolute);
    if (!handle || !before) {
        report.findings.push(problem);
        return out;
    }
    try {
        report.size = before.size;
        if (tooLarge(before.size))
            return out;
        // Several small files validate at once; a large one waits to run alone (lanes.ts).
        await lanes.withSize(before.size, async () => {
            const source = before.size <= IN_MEMORY_BYTES ? (0,sources/* bufferSource */.kq)(display, await readAll(handle, before.size), file.absolute) : (0,sources/* fileHandleSource */.eU)(display, handle, before.size, file.absolute);
            await check(source, before, () => handle.stat());
        });
    }
    finally {
        await handle.close();
    }
    return out;
}
function readAllSync(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const n = (0,external_node_fs_.readSync)(fd, buf, got, size - got, got);
        if (n === 0)
            break;
        got += n;
    }
    return got === size ? buf : buf.subarray(0, got);
}
async function readAll(handle, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const { bytesRead } = await handle.read(buf, got, size - got, got);
        if (bytesRead === 0)
            break;
        got += bytesRead;
    }
    return got === size ? buf : buf.subarray(0, got);
}
async function analyzeTop(source, file, settings, analyzers, root) {
    const result = await runAnalyzer(source, source.name, settings, analyzers, root, 0);
    const findings = result.findings;
    const base = external_node_path_default().basename(file.absolute);
    const inFolder = file.walkRoot !== undefined;
    // Not a model: fatal when the user pointed at this file, harmless beside a model in a folder.
    if (result.format === 'unknown') {
        findings.push((0,finding/* error */.z3)('format/unknown', 'the content matches no supported model format: it cannot be checked, so it fails (fail-closed)'));
    }
    else if (!inFolder && (result.format === 'json' || result.format === 'text' || result.format === 'empty')) {
        findings.push((0,finding/* error */.z3)('format/not-a-model', `a ${result.format === 'empty' ? 'n empty file' : `${result.format} file`}, not a model`));
    }
    else if (inFolder && (result.format === 'empty' || result.format === 'text' || result.format === 'json') && MODEL_FILE_NAME.test(base)) {
        // Beside a model, text is harmless; under a model's name it is what a loader will open (a pickle in
        // protocol 0 that our sniffer cannot place is text to us), so it cannot pass unchecked.
        findings.push((0,finding/* error */.z3)('format/not-a-model', result.format === 'empty' ? 'an empty file under a model file name' : `named like a model (${external_node_path_default().extname(base)}) but the content is ${result.format}: it cannot be checked as a model, so it fails (fail-closed)`));
    }
    if (result.format === 'text' && /\.py$/i.test(base)) {
        findings.push((0,finding/* warning */.$e)('format/python-code', 'Python code beside the model: loaders with trust_remote_code run it'));
    }
    const expected = (0,detect/* expectedFormats */.Fn)(base);
    if (expected && !expected.includes(result.format) && !['unknown', 'git-lfs-pointer', 'html', 'empty'].includes(result.format)) {
        const claimed = expected[0];
        if (detect/* DATA_ONLY_FORMATS */.Xm.has(claimed) && detect/* CODE_CAPABLE_FORMATS */.Mj.has(result.format)) {
            findings.push((0,finding/* error */.z3)('format/disguised', `named like ${claimed} (${external_node_path_default().extname(base)}) but the content is ${result.format}, a format that can run code: tools that trust extensions skip it`));
        }
        else {
            findings.push((0,finding/* warning */.$e)('format/extension-mismatch', `named like ${expected.join(' or ')} (${external_node_path_default().extname(base)}) but the content is ${result.format}`));
        }
    }
    const declared = file.target?.format;
    if (declared && declared !== 'other' && !formatMatchesDeclared(declared, result.format)) {
        findings.push((0,finding/* error */.z3)('format/declared-mismatch', `modelship.yml declares format ${declared} but the content is ${result.format}`));
    }
    if (file.target?.signature && result.details?.signature) {
        findings.push(...compareSignature(file.target.signature, result.details.signature));
    }
    return result;
}
function formatMatchesDeclared(declared, actual) {
    const map = {
        pytorch: ['pytorch-zip', 'pytorch-legacy', 'torchscript'],
        numpy: ['numpy', 'numpy-npz'],
        pickle: ['pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
        joblib: ['joblib', 'pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
        safetensors: ['safetensors', 'safetensors-index'],
    };
    return (map[declared] ?? [declared]).includes(actual);
}
/** Runs the detected analyzer under the time limit; a crash or a timeout is an error, never a pass. */
async function runAnalyzer(source, name, settings, analyzers, root, depth, hint) {
    const head = await source.read(0, detect/* HEAD_BYTES */.Lq);
    const analyzer = (0,detect/* detect */.o0)(head, source.size, hint ?? name, analyzers);
    if (!analyzer)
        return { format: 'unknown', findings: [] };
    const controller = new AbortController();
    const ctx = {
        limits: settings.limits,
        pickle: settings.pickle,
        depth,
        root,
        signal: controller.signal,
        allowCustomOnnxDomains: settings.allowCustomOnnxDomains,
        analyzeNested: (nested, nestedHint, opts) => analyzeNested(nested, nestedHint, opts, settings, analyzers, root, depth + 1),
    };
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => {
            controller.abort(new Error('timeout'));
            resolve({ format: analyzer.format, findings: [(0,finding/* error */.z3)('limits/timeout', `analysis took longer than timeoutMs (${settings.limits.timeoutMs} ms): not fully checked, so it fails`)] });
        }, settings.limits.timeoutMs);
        timer.unref?.();
    });
    const work = analyzer
        .analyze(source, ctx)
        .then((r) => ({ format: analyzer.format, findings: r.findings, details: r.details, claims: r.claims }))
        .catch((err) => ({
        format: analyzer.format,
        findings: [(0,finding/* error */.z3)('validate/analyzer-error', `the ${analyzer.format} analyzer could not finish: ${err?.message ?? String(err)} (fail-closed)`)],
    }));
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function analyzeNested(source, hint, opts, settings, analyzers, root, depth) {
    if (depth > settings.limits.maxArchiveDepth) {
        return { format: 'unknown', findings: [(0,finding/* error */.z3)('limits/archive-depth', `nested deeper than maxArchiveDepth (${settings.limits.maxArchiveDepth}): not checked, so it fails`, { member: hint })] };
    }
    const result = await runAnalyzer(source, source.name, settings, analyzers, root, depth, hint);
    const findings = result.findings.map((f) => (result.format === 'html' && f.rule === 'format/html' ? { ...f, severity: 'warning' } : f));
    if (result.format === 'unknown') {
        findings.push(opts?.requireModel ? (0,finding/* error */.z3)('format/unknown', 'a member whose content matches no supported format (fail-closed)', { member: hint }) : (0,finding/* note */.N4)('format/unknown-member', 'raw data in no known format (not analyzed)', { member: hint }));
    }
    if (hint) {
        const expected = (0,detect/* expectedFormats */.Fn)(hint);
        if (expected && !expected.includes(result.format) && detect/* DATA_ONLY_FORMATS */.Xm.has(expected[0]) && detect/* CODE_CAPABLE_FORMATS */.Mj.has(result.format)) {
            findings.push((0,finding/* error */.z3)('format/disguised', `member named like ${expected[0]} holds ${result.format}, a format that can run code`, { member: hint }));
        }
    }
    return { format: result.format, findings };
}
/** Files an artifact vouched for (external data, variables) are data, not unknown files. */
function applyClaims(results) {
    const owners = new Map();
    for (const r of results.values())
        for (const c of r.claims)
            owners.set(c, r.report.path);
    for (const [abs, r] of results) {
        const owner = owners.get(abs);
        if (!owner || r.report.format !== 'unknown')
            continue;
        r.report.format = 'external-data';
        r.report.findings = r.report.findings.filter((f) => f.rule !== 'format/unknown');
        r.report.findings.push((0,finding/* note */.N4)('format/external-data', `raw tensor data of ${owner} (its ranges were checked there)`));
    }
}


/***/ })

};
