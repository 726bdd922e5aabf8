import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE, readConfigFile } from '../../core/config-file.js';
import { ConfigError, describeError, ModelshipError } from '../../core/errors.js';
import { workflowRunUrl } from '../../core/workflow-run.js';
import { type ActionContext, type ActionSpec, type Annotation, workspaceRelative, writeJsonReport } from './context.js';
import { type ActionEvent, readEvent } from './event.js';
import { Inputs } from './inputs.js';
import { commitSha, pullRequestOf, type PullRequestRef } from './pull-request.js';
import { createRunner, type AnnotationProperties, type Runner } from './runner.js';

/**
 * Runs one action the way every Modelship action runs: typed inputs in, the body, outputs and summary out,
 * and any error turned into one clean failure message (the stack only with step debug logging on).
 */
export async function runActionSpec(spec: ActionSpec, env: NodeJS.ProcessEnv = process.env, runner: Runner = createRunner(env)): Promise<void> {

  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const summaryParts: string[] = [];
  let event: ActionEvent | undefined;
  let pullRequest: { ref: PullRequestRef | undefined } | undefined;
  const inputs = new Inputs((name) => runner.getInput(name));
  const configFile = () => path.resolve(workspace, inputs.string('config') ?? DEFAULT_CONFIG_FILE);
  // Octokit is loaded on demand: it is most of a bundle's start-up, and most runs make no call.
  const github = async (token: string) => {
    const { createGitHubClient, repoFromEnv } = await import('../../github/client.js');
    return { client: createGitHubClient({ token, env, log: { debug: ctx.debug, warning: ctx.warning } }), repo: repoFromEnv(env) };
  };
  const annotate = (a: Annotation) => {
    const props: AnnotationProperties = { title: a.title };
    if (a.location) {
      props.file = workspaceRelative(workspace, a.location.file);
      props.startLine = a.location.line;
      props.startColumn = a.location.column;
    }
    runner.annotate(a.level, a.message, props);
  };
  const ctx: ActionContext = {
    inputs,
    workspace,
    env,
    // The parser is loaded only once the file is there: YAML and the schema validator are most of a bundle's
    // start-up, and a missing file needs neither.
    loadConfig: async () => {
      const file = configFile();
      const text = await readConfigFile(file);
      const { parseConfig } = await import('../../core/config.js');
      return parseConfig(text, file, { env });
    },
    loadConfigIfPresent: async () => (existsSync(configFile()) ? ctx.loadConfig() : undefined),
    get configNamed() {
      const input = inputs.string('config');
      return input !== undefined && input !== DEFAULT_CONFIG_FILE;
    },
    setOutput: (name, value) => runner.setOutput(name, String(value)),
    summary: (markdown) => summaryParts.push(markdown),
    annotate,
    writeReport: async (name, data) => {
      const file = await writeJsonReport(env, name, data);
      runner.setOutput('report', file);
      return file;
    },
    event: () => (event ??= readEvent(env)),
    pullRequest: () => (pullRequest ??= { ref: pullRequestOf(ctx.event().payload) }).ref,
    runUrl: workflowRunUrl(env),
    stickyComment: async (key, markdown) => {
      const pr = ctx.pullRequest();
      if (!pr) return undefined;
      const token = inputs.string('github-token');
      if (!token) {
        ctx.warning(`no pull-request comment: the github-token input is empty`);
        return undefined;
      }
      try {
        const [{ client, repo }, { upsertStickyComment }] = await Promise.all([github(token), import('../../github/sticky-comment.js')]);
        const result = await upsertStickyComment(client, { ...repo, issueNumber: pr.number, key, body: markdown });
        ctx.info(`pull-request comment ${result.created ? 'created' : result.changed ? 'updated' : 'unchanged'}: ${result.url}`);
        return result.url;
      } catch (err) {
        ctx.warning(`could not write the pull-request comment: ${describeError(err)}`);
        return undefined;
      }
    },
    checkRun: async (report) => {
      const token = inputs.string('github-token');
      if (!token) {
        ctx.warning('no check run: the github-token input is empty');
        return undefined;
      }
      const headSha = ctx.pullRequest()?.headSha ?? commitSha(env.GITHUB_SHA);
      if (!headSha) {
        ctx.warning('no check run: no commit SHA (the pull request head, or GITHUB_SHA)');
        return undefined;
      }
      try {
        const [{ client, repo }, { createCheckRun }] = await Promise.all([github(token), import('../../github/check-runs.js')]);
        const result = await createCheckRun(client, {
          ...repo,
          name: report.name,
          headSha,
          conclusion: report.conclusion,
          title: report.title,
          summary: report.summary,
          workspace,
          annotations: report.annotations.map((a) => ({ path: a.file, startLine: a.line, level: a.level, title: a.title, message: a.message })),
        });
        return result.id;
      } catch (err) {
        ctx.warning(`could not create the check run (it needs \`checks: write\`; a fork's token is read-only): ${describeError(err)}`);
        return undefined;
      }
    },
    secret: (value) => runner.setSecret(value),
    info: (m) => runner.info(m),
    warning: (m) => runner.annotate('warning', m),
    debug: (m) => runner.debug(m),
  };

  try {
    const token = inputs.string('github-token');
    if (token) runner.setSecret(token);
    const result = await spec.run(ctx);
    if (result?.failed) runner.setFailed(result.failed);
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const issue of err.issues) {
        annotate({ level: 'error', title: 'modelship.yml', message: issue.hint ? `${issue.message} (${issue.hint})` : issue.message, location: issue.location });
      }
    } else if (err instanceof ModelshipError && err.location) {
      annotate({ level: 'error', message: err.message, location: err.location });
    }
    runner.setFailed(`${spec.name}: ${describeError(err)}`);
    if (runner.isDebug() && err instanceof Error && err.stack) runner.debug(err.stack);
  } finally {
    if (summaryParts.length > 0) {
      try {
        runner.appendSummary(summaryParts.join('\n\n'));
      } catch (err) {
        runner.annotate('warning', `could not write the job summary: ${(err as Error).message}`);
      }
    }
  }
}
