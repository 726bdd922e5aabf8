import type { Command } from 'commander';
import { ExitCode } from '../../core/errors.js';
import { contextFor, execute, type CliIo } from '../context.js';

interface ParseOptions {
  user?: string;
  permission?: string;
  team?: string[];
  state?: string;
  merged?: boolean;
  base?: string;
  fork?: boolean;
  check?: string[];
  edited?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerChatopsCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const chatops = program.command('chatops').description('try pull-request comment commands locally, against modelship.yml');
  chatops
    .command('parse')
    .description('show how a comment would be parsed and authorised, and the reply the chatops action would post')
    .argument('<comment>', 'the comment text, e.g. "/promote iris to production"')
    .option('--user <login>', 'who comments (default: octocat)')
    .option('--permission <role>', "the commenter's role on the repository: read, triage, write, maintain, admin or a custom role (default: write)")
    .option('--team <slug>', 'a team the commenter is an active member of (repeatable)', collect)
    .option('--merged', 'the pull request is merged')
    .option('--state <state>', 'open or closed (default: open, closed when --merged)')
    .option('--base <branch>', "the pull request's base branch (default: main)")
    .option('--fork', 'the pull request comes from a fork')
    .option('--check <name=conclusion>', 'a check run on the head commit, e.g. "tests=success" (repeatable)', collect)
    .option('--edited', 'the comment was edited, not created')
    .addHelpText(
      'after',
      `
Runs the chatops action's own rules on facts you state instead of the GitHub API; nothing is deployed.

Exit codes: 0 authorised (or /help, /status), 1 refused or not a command, 2 usage or configuration error.

Examples:
  $ modelship chatops parse "/promote iris to production" --permission write
  $ modelship chatops parse "/deploy iris@1.2.0 to production" --permission admin --merged --check "tests=success"`,
    )
    .action(async (comment: string, opts: ParseOptions, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const loaded = await ctx.loadConfig();
          const { simulateComment, simulatedFacts } = await import('../../chatops/simulate.js');
          const { renderSimulation } = await import('../../chatops/render-simulation.js');
          const result = await simulateComment(comment, loaded, simulatedFacts(opts));
          const ok = result.decision === 'approved' || result.decision === 'done';
          return { exitCode: ok ? ExitCode.Pass : ExitCode.Failed, json: result, text: renderSimulation(result, ctx.style) };
        }),
      );
    });
}
