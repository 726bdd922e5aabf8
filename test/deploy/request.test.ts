import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { LoadedConfig } from '../../src/core/config.js';
import { ModelshipError } from '../../src/core/errors.js';
import { deployCommandOf, deployRequest, promoteRequest, rollbackRequest, type DeploySurface } from '../../src/deploy/request.js';

const root = path.resolve('/project');
const loaded = { root, file: path.join(root, 'modelship.yml'), config: { models: { iris: { path: 'models/iris.onnx' } } } } as unknown as LoadedConfig;
const surface: DeploySurface = {
  cwd: root,
  env: { GITHUB_ACTOR: 'octocat' },
  labels: { environment: 'input "environment"', model: 'input "model"', version: 'input "version"', artifact: 'input "artifact"', to: 'input "to"' },
  versionHint: (e, v) => `environment: ${e}, version: ${v}`,
};

describe('deploy requests (one set of rules for the CLI and the deploy action)', () => {
  it('a deploy: the actor, the artifact relative to the project', async () => {
    expect(await deployRequest(loaded, { environment: 'staging', version: '1.2.0', artifact: 'models/v2/model.onnx' }, surface)).toEqual({
      environment: 'staging',
      model: undefined,
      version: '1.2.0',
      artifact: 'models/v2/model.onnx',
      resume: false,
      actor: 'octocat',
    });
  });

  it('refuses an artifact outside the project, naming the option as the surface calls it', async () => {
    await expect(deployRequest(loaded, { environment: 'staging', version: '1.2.0', artifact: '../elsewhere/model.onnx' }, surface)).rejects.toThrow(/^input "artifact" \.\.\/elsewhere\/model\.onnx is outside the project/);
  });

  it('resume without a version or an artifact takes the interrupted deployment’s own (no release lookup)', async () => {
    expect((await deployRequest(loaded, { environment: 'staging', resume: true }, surface)).version).toBeUndefined();
  });

  it('required options are usage errors (exit 2), not plain errors', async () => {
    const missing = [() => promoteRequest({}, surface), () => rollbackRequest({}, surface)];
    for (const f of missing) expect(f).toThrow(ModelshipError);
    expect(() => promoteRequest({}, surface)).toThrow('input "to" is required for promote');
    await expect(deployRequest(loaded, { version: '1.0.0' }, surface)).rejects.toThrow('input "environment" is required for deploy');
  });

  it('the command: deploy by default; anything else is refused with the list', () => {
    expect(deployCommandOf(undefined, 'input "command"')).toBe('deploy');
    expect(deployCommandOf('status', 'input "command"')).toBe('status');
    expect(() => deployCommandOf('explode', 'input "command"')).toThrow('input "command" is "explode", expected one of deploy, promote, rollback, status');
  });
});
