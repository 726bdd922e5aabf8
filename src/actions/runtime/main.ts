import path from 'node:path';
import * as core from '@actions/core';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../../core/config.js';
import { ConfigError, describeError, ModelshipError } from '../../core/errors.js';
import { type ActionContext, type ActionSpec, type Annotation, workspaceRelative, writeJsonReport } from './context.js';
import { Inputs } from './inputs.js';

/**
 * Runs one action the way every Modelship action runs: typed inputs in, the body, outputs and summary out,
 * and any error turned into one clean failure message (the stack only with step debug logging on).
 */
export async function runActionSpec(spec: ActionSpec, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const summaryParts: string[] = [];
  const inputs = new Inputs((name) => core.getInput(name));
  const annotate = (a: Annotation) => {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.location) {
      props.file = workspaceRelative(workspace, a.location.file);
      props.startLine = a.location.line;
      props.startColumn = a.location.column;
    }
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  };
  const ctx: ActionContext = {
    inputs,
    workspace,
    env,
    loadConfig: () => loadConfig(path.resolve(workspace, inputs.string('config') ?? DEFAULT_CONFIG_FILE), { env }),
    setOutput: (name, value) => core.setOutput(name, String(value)),
    summary: (markdown) => summaryParts.push(markdown),
    annotate,
    writeReport: async (name, data) => {
      const file = await writeJsonReport(env, name, data);
      core.setOutput('report', file);
      return file;
    },
    secret: (value) => core.setSecret(value),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
  };

  try {
    const token = inputs.string('github-token');
    if (token) core.setSecret(token);
    const result = await spec.run(ctx);
    if (result?.failed) core.setFailed(result.failed);
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const issue of err.issues) {
        annotate({ level: 'error', title: 'modelship.yml', message: issue.hint ? `${issue.message} (${issue.hint})` : issue.message, location: issue.location });
      }
    } else if (err instanceof ModelshipError && err.location) {
      annotate({ level: 'error', message: err.message, location: err.location });
    }
    core.setFailed(`${spec.name}: ${describeError(err)}`);
    if (core.isDebug() && err instanceof Error && err.stack) core.debug(err.stack);
  } finally {
    if (summaryParts.length > 0 && env.GITHUB_STEP_SUMMARY) {
      try {
        await core.summary.addRaw(summaryParts.join('\n\n'), true).write();
      } catch (err) {
        core.warning(`could not write the job summary: ${(err as Error).message}`);
      }
    }
  }
}
