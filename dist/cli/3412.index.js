export const id = 3412;
export const ids = [3412];
export const modules = {

/***/ 23412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/generated/version.ts
var version = __webpack_require__(64377);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/** Every CLI command, one file each, in the order `modelship --help` lists them. */
const COMMANDS = [
    { load: async () => (await __webpack_require__.e(/* import() */ 9787).then(__webpack_require__.bind(__webpack_require__, 49787))).registerInitCommand, commands: { init: ['init [options] [dir]', 'find the models in a repository and write a commented modelship.yml and the GitHub workflows'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 1330).then(__webpack_require__.bind(__webpack_require__, 41330))).registerConfigCommands, commands: { config: ['config', 'work with modelship.yml'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 206).then(__webpack_require__.bind(__webpack_require__, 20206))).registerDemoCommand, commands: { demo: ['demo [options]', 'run the whole pipeline on the bundled example project (examples/iris), on the embedded local environment'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 6359).then(__webpack_require__.bind(__webpack_require__, 86359))).registerBenchCommand, commands: { bench: ['bench [options]', 'benchmark models (latency percentiles, throughput, RSS over repeated trials) and detect regressions against a baseline'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 3979).then(__webpack_require__.bind(__webpack_require__, 63979))).registerScoreCommand, commands: { score: ['score [options]', 'score the project with the ML Test Score rubric (Breck et al., 2017)'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 7598).then(__webpack_require__.bind(__webpack_require__, 97598))).registerGateCommand, commands: { gate: ['gate [options] [name]', 'evaluate metric gates: bounds, change vs a baseline, slices, fairness gaps and statistics'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 2575).then(__webpack_require__.bind(__webpack_require__, 12575))).registerValidateCommand, commands: { validate: ['validate [options] [paths...]', 'check model files: what they really are, whether they are intact, whether they are safe (fail-closed)'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 3069).then(__webpack_require__.bind(__webpack_require__, 13069))).registerVersionCommands, commands: { version: ['version [options] [model]', 'compute the next semantic version of each model from what changed since its last tag'], release: ['release [options] [model]', 'tag the next version of each model and publish its release notes'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 9874).then(__webpack_require__.bind(__webpack_require__, 39874))).registerServeCommand, commands: { serve: ['serve [options]', "serve the local environment's model repository over the Open Inference Protocol v2, with /metrics for Prometheus"] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 2682).then(__webpack_require__.bind(__webpack_require__, 22682))).registerDeployCommands, commands: { deploy: ['deploy [options] <environment> [version]', 'deploy a model version to an environment with its provider and strategy'], promote: ['promote [options] [model]', 'promote the version live in the previous environment to the next one'], rollback: ['rollback [options] <environment>', 're-deploy the previous successful version (or --to VERSION); never guesses'], adopt: ['adopt [options] <environment>', 'record in the deployment state the version the provider serves, when the state lost track of it (e.g. a deleted state file)'], status: ['status [options] [environment]', 'what runs where, interrupted deployments, locks, and what rollback would restore'], lock: ['lock [options] <environment>', 'hold an environment: no deploys by others until unlocked; the holder (GITHUB_ACTOR, else the OS user) still deploys through it'], unlock: ['unlock [options] <environment>', 'release an environment lock (the holder, or anyone with --force)'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 4852).then(__webpack_require__.bind(__webpack_require__, 74852))).registerRolloutCommand, commands: { rollout: ['rollout [options] <action> <environment>', 'steer a running rollout: pause, resume, promote, promote-full, abort, or retry an aborted one'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 6751).then(__webpack_require__.bind(__webpack_require__, 56751))).registerChatopsCommands, commands: { chatops: ['chatops', 'try pull-request comment commands locally, against modelship.yml'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 7625).then(__webpack_require__.bind(__webpack_require__, 97625))).registerBatchCommand, commands: { batch: ['batch', 'score large inputs with the version live in a batch environment; merge shards; compare versions'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 1110).then(__webpack_require__.bind(__webpack_require__, 31110))).registerOptimizeCommand, commands: { optimize: ['optimize [options] <model>', 'write optimised ONNX variants (onnxruntime graph optimisation, float16, int8 weights) and measure them against the original'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 2460).then(__webpack_require__.bind(__webpack_require__, 22460))).registerEdgeCommands, commands: { edge: ['edge', 'the device side of edge environments: a reference update client and signing keys'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 7279).then(__webpack_require__.bind(__webpack_require__, 17279))).registerMonitorCommand, commands: { monitor: ['monitor', 'profile data with mergeable sketches; compute data and prediction drift between profiles'] } },
    { load: async () => (await __webpack_require__.e(/* import() */ 8721).then(__webpack_require__.bind(__webpack_require__, 18721))).registerPackageCommands, commands: { package: ['package [options] <model>', 'build a CNCF ModelPack artifact (OCI image layout) of MODEL[@VERSION]'], push: ['push [options] <source> <reference>', 'push a package (an OCI layout folder, or MODEL[@VERSION] packaged on the fly) to registry/repository[:tag]'], pull: ['pull [options] <reference>', 'pull registry/repository[:tag|@sha256:...] into an OCI layout, every blob verified against its digest'] } },
];

;// CONCATENATED MODULE: ./src/cli/program.ts



/** Parses argv, runs one command and resolves to its exit code (0 pass, 1 failed, 2 usage, 3 inconclusive). */
async function runCli(argv, io) {
    let exitCode = 0;
    const program = new esm/* Command */.uB('modelship')
        .description('Ship machine-learning models from GitHub: validate, score, benchmark, gate, version, release and deploy.')
        .version(version/* VERSION */.x, '-V, --version')
        .option('-c, --config <file>', 'configuration file (default: modelship.yml in the current folder)')
        .addOption(new esm/* Option */.c$('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .option('-q, --quiet', 'print only failures and the verdict line (a passing command prints just its verdict)')
        .option('--no-color', 'no colour in text output (NO_COLOR is honoured too)')
        .showSuggestionAfterError(true)
        .showHelpAfterError('(run `modelship --help` for usage)')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .addHelpText('after', `
Exit codes: 0 pass, 1 check failed, 2 usage or configuration error, 3 inconclusive.

Examples:
  $ modelship demo
  $ modelship config check --config examples/iris/modelship.yml`);
    // Only the files of the commands argv names load (commander dispatches on a command's exact name, so that
    // name is one of argv's words); every other command is a stub carrying its usage term and summary from the
    // table, enough for `modelship --help` and for "did you mean" on a mistyped name.
    const words = new Set(argv);
    const registers = await Promise.all(COMMANDS.map((group) => (Object.keys(group.commands).some((name) => words.has(name)) ? group.load() : undefined)));
    const stubTerms = new Map();
    COMMANDS.forEach((group, i) => {
        const register = registers[i];
        if (register)
            register(program, io, (code) => (exitCode = code));
        else
            for (const [name, [term, summary]] of Object.entries(group.commands))
                stubTerms.set(program.command(name).description(summary), term);
    });
    const plainHelp = new esm/* Help */._V();
    program.configureHelp({ subcommandTerm: (cmd) => stubTerms.get(cmd) ?? plainHelp.subcommandTerm(cmd) });
    // Subcommands inherit overrides so their usage errors also exit 2 instead of killing the process.
    for (const cmd of allCommands(program))
        cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    try {
        await program.parseAsync(argv, { from: 'user' });
    }
    catch (err) {
        if (err instanceof esm/* CommanderError */.b7) {
            if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
                return 0;
            return 2;
        }
        throw err;
    }
    return exitCode;
}
function allCommands(cmd) {
    return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}


/***/ })

};
