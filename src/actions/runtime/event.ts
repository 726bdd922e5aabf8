import { readFileSync } from 'node:fs';

/** The triggering event: its name (GITHUB_EVENT_NAME) and its webhook payload (the file GITHUB_EVENT_PATH names). */
export interface ActionEvent {
  name: string | undefined;
  /** Null when there is no payload file or it is not JSON. */
  payload: unknown;
}

/** Read once per run by the runtime; every action gets it from its context. */
export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env.GITHUB_EVENT_NAME || undefined;
  if (!env.GITHUB_EVENT_PATH) return { name, payload: null };
  try {
    return { name, payload: JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as unknown };
  } catch {
    return { name, payload: null };
  }
}
