// The house rules of src/ (see CONTRIBUTING.md), checked by `npm run depcruise`, which `npm test` runs.
// Known violations that another change removes are listed in .dependency-cruiser-known-violations.json
// (regenerate it with `npm run depcruise:baseline` once they are gone; it should only ever shrink).

/** The folders of src/ that are not a capability: the surfaces, the shared core, the demo, generated code. */
const NOT_CAPABILITIES = ['actions', 'cli', 'core', 'demo', 'generated', 'github'];
const CAPABILITY = `^src/(?!(?:${NOT_CAPABILITIES.join('|')})/)[^/]+/`;

/**
 * The only modules that may start another program, each for a reason:
 * - deploy's command and kubernetes providers run the user's deploy commands and kubectl;
 * - bench's command runner runs the user's benchmark command;
 * - score's command evidence runs the check commands the configuration names;
 * - git: started only by the git module src/core/git/ (one hardened runner, one ref check).
 */
const STARTS_PROGRAMS = [
  '^src/deploy/providers/command\\.ts$',
  '^src/deploy/providers/kubernetes\\.ts$',
  '^src/bench/runners/command\\.ts$',
  '^src/score/evidence/command\\.ts$',
  '^src/core/git/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide which module depends on which; break the cycle by moving the shared part down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'capability-not-to-surfaces',
      severity: 'error',
      comment:
        'A capability (src/<capability>/) is domain code: it never imports the surfaces (src/actions/, src/cli/), ' +
        'the demo (src/demo/ imports capabilities, not the other way round) or @actions/*.',
      from: { path: CAPABILITY },
      to: { path: ['^src/(actions|cli|demo)/', '(^|/)node_modules/@actions/', '^@actions/'] },
    },
    {
      name: 'core-not-to-capability',
      severity: 'error',
      comment: 'src/core/ is shared by everything, so it imports nothing of src/ but itself and generated code.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/generated/'] },
    },
    {
      name: 'octokit-only-in-github',
      severity: 'error',
      comment: 'Only the GitHub adapters in src/github/ talk to Octokit; everything else gets an interface it can fake.',
      from: { pathNot: '^src/github/' },
      to: { path: ['(^|/)node_modules/@octokit/', '(^|/)node_modules/@actions/github/', '^@octokit/', '^@actions/github(/|$)'] },
    },
    {
      name: 'child-process-only-where-allowed',
      severity: 'error',
      comment:
        'Starting a program is a security seam: only the modules listed in STARTS_PROGRAMS in this file may. ' +
        'Git is started by the git module src/core/git/ only.',
      from: { pathNot: STARTS_PROGRAMS },
      to: { dependencyTypes: ['core'], path: '^(node:)?child_process$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The generated schema validator is 10k lines of standalone code with no imports worth checking.
    exclude: { path: '^src/generated/schema-validator\\.js$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
