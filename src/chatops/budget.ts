/** What a command may spend in total waiting on a GitHub that does not answer (docs/chatops.md). */
export const CHATOPS_UNANSWERED_BUDGET_MS = 60_000;

/** The budget; MODELSHIP_GITHUB_BUDGET_MS may shorten it (tests), never lengthen it past the documented bound. */
export function unansweredBudgetMs(env: NodeJS.ProcessEnv): number {
  const raw = env.MODELSHIP_GITHUB_BUDGET_MS?.trim();
  const n = raw ? Number(raw) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.min(n, CHATOPS_UNANSWERED_BUDGET_MS) : CHATOPS_UNANSWERED_BUDGET_MS;
}
