import { describe, expect, it } from '@jest/globals';
import { chatopsConfig, DEFAULT_PERMISSIONS } from '../../src/chatops/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { loadedConfig } from './fixtures.js';

const base = 'version: 1\nmodels: { iris: { path: m.onnx } }\nenvironments: { staging: {}, production: {} }\n';

describe('chatops config', () => {
  it('applies defaults when the section is absent', () => {
    expect(chatopsConfig(loadedConfig(base))).toEqual({
      prefix: '/',
      permissions: DEFAULT_PERMISSIONS,
      allowForks: false,
      commands: ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock', 'rollout', 'help'],
      environments: {},
      help: undefined,
    });
  });

  it.each([
    ['an unknown key', 'chatops: { allowFork: true }\n', /allowFork/],
    ['a prefix with letters', 'chatops: { prefix: "deploy" }\n', /prefix/],
    ['a permission that is no role name', 'chatops: { permissions: [""] }\n', /permissions/],
    ['a permission that is not a string', 'chatops: { permissions: [3] }\n', /permissions/],
    ['an unknown rule', 'chatops: { environments: { staging: { requireMerge: true } } }\n', /requireMerge/],
    ['a team that is not a slug', 'chatops: { environments: { staging: { teams: ["acme/ml platform"] } } }\n', /teams/],
    ['an empty team list', 'chatops: { environments: { staging: { teams: [] } } }\n', /teams/],
  ])('refuses %s with the line at fault', (_what, section, message) => {
    let error: unknown;
    try {
      loadedConfig(base + section);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issue = (error as ConfigError).issues[0];
    expect(`${issue.path} ${issue.message} ${issue.hint ?? ''}`).toMatch(message);
    expect(issue.location.line).toBe(4);
  });

  it('accepts custom repository role names beside the built-in roles', () => {
    const config = chatopsConfig(loadedConfig(`${base}chatops: { permissions: [write, model-deployer], environments: { production: { permissions: ["Release Manager"] } } }\n`));
    expect(config.permissions).toEqual(['write', 'model-deployer']);
    expect(config.environments.production.permissions).toEqual(['Release Manager']);
  });

  it('reads team rules as lower-case slugs, beside users', () => {
    const config = chatopsConfig(loadedConfig(`${base}chatops: { environments: { production: { users: [Release-Captain], teams: [ML-Platform, release] } } }\n`));
    expect(config.environments.production).toMatchObject({ users: ['Release-Captain'], teams: ['ml-platform', 'release'] });
  });

  it('refuses rules for an environment that does not exist, suggesting the configured ones', () => {
    expect(() => chatopsConfig(loadedConfig(`${base}chatops: { environments: { prod: {} } }\n`))).toThrow(/no environment "prod"/);
  });
});
