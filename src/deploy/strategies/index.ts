import { ModelshipError } from '../../core/errors.js';
import { didYouMean } from '../../core/text.js';
import { abStrategy } from './ab.js';
import { banditStrategy } from './bandit.js';
import { blueGreenStrategy } from './blue-green.js';
import { canaryStrategy } from './canary.js';
import { directStrategy } from './direct.js';
import { shadowStrategy } from './shadow.js';
import type { Strategy } from './strategy.js';

/** Every strategy by its `strategy.type`: adding one is one file and one line here. */
export const STRATEGIES: Record<string, Strategy> = {
  direct: directStrategy,
  'blue-green': blueGreenStrategy,
  canary: canaryStrategy,
  ab: abStrategy,
  shadow: shadowStrategy,
  bandit: banditStrategy,
};

export function strategyFor(type: string): Strategy {
  const s = STRATEGIES[type];
  if (!s) throw new ModelshipError(`unknown strategy "${type}"`, { hint: didYouMean(type, Object.keys(STRATEGIES)) ?? `strategies: ${Object.keys(STRATEGIES).join(', ')}` });
  return s;
}
