export const id = 4895;
export const ids = [4895];
export const modules = {

/***/ 44895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEPLOY_TASK: () => (/* binding */ DEPLOY_TASK),
  GitHubDeploymentStore: () => (/* binding */ GitHubDeploymentStore)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/github/locks.ts

/**
 * A lock that survives the job, in the manner of github/branch-deploy: a branch
 * `modelship-lock/<environment>` whose only commit holds `lock.json`. Creating the ref is atomic on
 * GitHub (422 "Reference already exists" when someone holds it), so two jobs racing cannot both win;
 * unlocking deletes the branch.
 */
function lockBranch(environment) {
    return `modelship-lock/${environment}`;
}
function statusOf(err) {
    const s = err.status;
    return typeof s === 'number' ? s : undefined;
}
async function readLock(client, repo, environment) {
    try {
        const { data } = await client.rest.repos.getContent({ ...repo, path: 'lock.json', ref: `heads/${lockBranch(environment)}` });
        const content = data.content;
        if (!content)
            return undefined;
        return JSON.parse(Buffer.from(content, 'base64').toString('utf8'));
    }
    catch (err) {
        if (statusOf(err) === 404)
            return undefined;
        throw err;
    }
}
async function acquireLock(client, repo, info) {
    const text = `${JSON.stringify(info, null, 2)}\n`;
    const blob = await client.rest.git.createBlob({ ...repo, content: Buffer.from(text).toString('base64'), encoding: 'base64' });
    const tree = await client.rest.git.createTree({ ...repo, tree: [{ path: 'lock.json', mode: '100644', type: 'blob', sha: blob.data.sha }] });
    const commit = await client.rest.git.createCommit({ ...repo, message: `lock ${info.environment}: ${info.reason}`.slice(0, 200), tree: tree.data.sha, parents: [] });
    try {
        await client.rest.git.createRef({ ...repo, ref: `refs/heads/${lockBranch(info.environment)}`, sha: commit.data.sha });
        return info;
    }
    catch (err) {
        if (statusOf(err) !== 422)
            throw err;
        const held = await readLock(client, repo, info.environment);
        if (held && held.owner === info.owner)
            return held;
        throw new errors.ModelshipError(`environment "${info.environment}" is locked by ${held?.owner ?? 'someone'} since ${held?.createdAt ?? '?'}: ${held?.reason || 'no reason given'}`, {
            exitCode: errors.ExitCode.Usage,
            hint: `the lock is the branch ${lockBranch(info.environment)}; its holder unlocks it (or delete the branch)`,
        });
    }
}
async function releaseLock(client, repo, environment, owner, force) {
    const held = await readLock(client, repo, environment);
    if (!held)
        return false;
    if (!force && held.owner !== owner)
        throw new errors.ModelshipError(`lock on "${environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass force to break it' });
    try {
        await client.rest.git.deleteRef({ ...repo, ref: `heads/${lockBranch(environment)}` });
    }
    catch (err) {
        if (statusOf(err) !== 422 && statusOf(err) !== 404)
            throw err;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/github/deployments.ts

/** Statuses that are journal entries, not a state change: control requests and heartbeats of a waiting rollout. */
const REQUEST = /^request: ([a-z-]+) by (\S+) \(([A-Za-z0-9-]+)\)$/;
const isJournalOnly = (description) => description?.startsWith('request: ') === true || description?.startsWith('heartbeat: ') === true;
/** The `task` of every deployment modelship creates, so other deployments in the repository are ignored. */
const DEPLOY_TASK = 'deploy:modelship';
/**
 * The Deployments API as the system of record: one deployment per change (payload = model, version,
 * sha256, artifact, strategy, provider, previousVersion), statuses in_progress → success | failure, and
 * GitHub's auto-inactivation marking the replaced success `inactive`. `auto_merge: false` because the
 * commit is already chosen (merging the default branch in would deploy something else), and
 * `required_contexts: []` because modelship's own gates already ran; commit-status checks would block a
 * rollback to an older commit. The journal of steps is kept as in_progress statuses ("step: NAME").
 */
class GitHubDeploymentStore {
    options;
    /**
     * A waiting rollout lists its deployment's statuses this often: 240 calls an hour, within a GITHUB_TOKEN's
     * 1,000 requests per hour per repository with room for everything else a job does.
     */
    pollMs = 15_000;
    constructor(options) {
        this.options = options;
    }
    get location() {
        return `github:${this.options.repo.owner}/${this.options.repo.repo}`;
    }
    ghEnv(environment) {
        return this.options.githubEnvironment?.(environment) ?? environment;
    }
    async history(environment, model) {
        return (await this.histories(environment, [model])).get(model) ?? [];
    }
    /** One listing of the environment's deployments for every model asked (a monorepo's status is not one per model). */
    async histories(environment, models) {
        const { client, repo } = this.options;
        const { data } = await client.rest.repos.listDeployments({ ...repo, environment: this.ghEnv(environment), task: DEPLOY_TASK, per_page: 100 });
        const result = new Map(models.map((m) => [m, []]));
        // GitHub's auto_inactive marks every earlier success of the *environment* inactive, whatever model it
        // deployed, so a latest status of `inactive` does not say the model was replaced. The newest deployment
        // of this model that ever succeeded is its live one; its earlier successes are the inactive ones.
        const liveFound = new Set();
        for (const d of data) {
            const payload = (typeof d.payload === 'string' ? safeJson(d.payload) : d.payload);
            const records = payload && result.get(payload.model);
            if (!payload || !records)
                continue;
            const model = payload.model;
            // Statuses have no listing across deployments in the REST API: one call per deployment of the models asked.
            const all = (await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 100 })).data;
            // A request or heartbeat written as (or after) the rollout ends must not make it look in progress again.
            const statuses = all.filter((s) => !isJournalOnly(s.description));
            const latest = statuses[0];
            const heartbeat = all.find((s) => s.description?.startsWith('heartbeat: '));
            const succeeded = statuses.some((s) => s.state === 'success') && (latest.state === 'success' || latest.state === 'inactive');
            let status;
            if (succeeded) {
                status = liveFound.has(model) ? 'inactive' : 'success';
                liveFound.add(model);
            }
            else {
                status = !latest ? 'in_progress' : latest.state === 'inactive' ? 'inactive' : latest.state === 'failure' || latest.state === 'error' ? 'failure' : 'in_progress';
            }
            const steps = statuses
                .filter((s) => s.state === 'in_progress' && s.description?.startsWith('step: '))
                .reverse()
                .map((s) => ({ name: s.description.slice(6), status: 'started', detail: '', at: s.created_at }));
            records.push({ id: String(d.id), environment, payload, status, createdAt: d.created_at, updatedAt: latest?.created_at ?? d.updated_at, actor: d.creator?.login ?? 'unknown', steps, url: latest?.environment_url ?? undefined, description: latest?.description ?? undefined, ...(heartbeat ? { heartbeatAt: heartbeat.created_at } : {}) });
        }
        return result;
    }
    async current(environment, model) {
        return (await this.history(environment, model)).find((r) => r.status === 'success');
    }
    async create(environment, payload, actor) {
        const { client, repo } = this.options;
        const env = this.ghEnv(environment);
        const { data } = await client.rest.repos.createDeployment({
            ...repo,
            ref: this.options.ref,
            task: DEPLOY_TASK,
            auto_merge: false,
            required_contexts: [],
            environment: env,
            payload: payload,
            description: `${payload.model} ${payload.version} (${payload.strategy})`.slice(0, 140),
            transient_environment: false,
            production_environment: this.options.production?.(environment) ?? /prod/i.test(env),
        });
        const id = data.id;
        if (id === undefined)
            throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no id'}`);
        await this.status(id, 'in_progress', 'starting');
        const now = new Date().toISOString();
        return { id: String(id), environment, payload, status: 'in_progress', createdAt: now, updatedAt: now, actor, steps: [] };
    }
    async status(id, state, description, url) {
        await this.options.client.rest.repos.createDeploymentStatus({
            ...this.options.repo,
            deployment_id: id,
            state,
            description: description.slice(0, 140),
            ...(this.options.logUrl ? { log_url: this.options.logUrl } : {}),
            ...(url ? { environment_url: url } : {}),
            auto_inactive: true,
        });
    }
    async step(record, step) {
        record.steps.push(step);
        // One status per step start keeps the API calls bounded; the outcome is in the final status.
        if (step.status === 'started')
            await this.status(Number(record.id), 'in_progress', `step: ${step.name}`);
    }
    async finish(record, status, description, url) {
        await this.status(Number(record.id), status === 'in_progress' ? 'in_progress' : status, description, url);
        record.status = status;
    }
    async lock(environment, info, takeOver) {
        const full = { environment, ...info, createdAt: new Date().toISOString() };
        try {
            return await acquireLock(this.options.client, this.options.repo, full);
        }
        catch (err) {
            const held = takeOver ? await this.lockInfo(environment) : undefined;
            if (!held || !takeOver(held))
                throw err;
            // A rollout past its progress deadline: its lock branch is replaced. Creating the ref again is atomic, so
            // of two processes doing this at once one gets the lock and the other is refused.
            await releaseLock(this.options.client, this.options.repo, environment, held.owner, true);
            return acquireLock(this.options.client, this.options.repo, full);
        }
    }
    async request(record, request) {
        await this.status(Number(record.id), 'in_progress', `request: ${request.action} by ${request.actor} (${request.id})`);
    }
    async requests(record) {
        const { client, repo } = this.options;
        const statuses = (await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: Number(record.id), per_page: 100 })).data;
        const out = [];
        for (const s of [...statuses].reverse()) {
            const m = REQUEST.exec(s.description ?? '');
            if (m)
                out.push({ action: m[1], actor: m[2], id: m[3], at: s.created_at });
        }
        return out;
    }
    async heartbeat(record, note) {
        await this.status(Number(record.id), 'in_progress', `heartbeat: ${note}`);
    }
    async unlock(environment, owner, force = false) {
        return releaseLock(this.options.client, this.options.repo, environment, owner, force);
    }
    async lockInfo(environment) {
        return readLock(this.options.client, this.options.repo, environment);
    }
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
