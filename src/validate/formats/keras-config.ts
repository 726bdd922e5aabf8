import { error, warning } from '../finding.js';
import type { JsonValue } from '../strict-json.js';
import type { Finding } from '../types.js';

const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/;

/**
 * Walks a Keras model config (Keras 3 `config.json`, legacy H5 `model_config`, SavedModel keras metadata)
 * through every nested model and layer, not only the top-level `layers` list that modelscan reads:
 * a Lambda inside a Sequential inside a Functional model runs just the same.
 */
export function walkKerasConfig(root: JsonValue, basePointer = 'config'): Finding[] {
  const findings: Finding[] = [];
  const stack: Array<{ value: JsonValue; pointer: string; depth: number }> = [{ value: root, pointer: basePointer, depth: 0 }];
  let visited = 0;
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop()!;
    if (++visited > 1_000_000 || depth > 200) {
      findings.push(error('keras/config-too-deep', 'the model config is nested too deeply or too large to walk', { pointer }));
      break;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, pointer: `${pointer}[${i}]`, depth: depth + 1 }));
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const obj = value as Record<string, JsonValue>;
    const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
    const module = typeof obj.module === 'string' ? obj.module : undefined;
    const registered = typeof obj.registered_name === 'string' ? obj.registered_name : undefined;
    const name = typeof (obj.config as Record<string, JsonValue> | undefined)?.name === 'string' ? ` ${JSON.stringify((obj.config as Record<string, JsonValue>).name)}` : '';
    if (className === 'Lambda') {
      findings.push(error('keras/lambda-layer', `Lambda layer${name}: its function is marshalled Python bytecode that runs when the model loads (safe_mode=False, or any H5/legacy loader)`, { pointer }));
    } else if (className === '__lambda__') {
      findings.push(error('keras/lambda-function', `a serialized Python lambda (__lambda__)${name}: bytecode that runs when deserialized`, { pointer }));
    } else if (className === 'TFSMLayer') {
      findings.push(error('keras/tfsm-layer', `TFSMLayer${name} loads a TensorFlow SavedModel from a path named in the config`, { pointer }));
    }
    if (module !== undefined && !KERAS_MODULE.test(module)) {
      findings.push(error('keras/foreign-module', `${className ?? 'an object'}${name} comes from module ${JSON.stringify(module)}, outside Keras: loading imports and runs it`, { pointer: `${pointer}.module` }));
    } else if (registered !== undefined && registered.includes('>')) {
      findings.push(warning('keras/custom-object', `custom object ${JSON.stringify(registered)}${name} needs user code registered at load time`, { pointer: `${pointer}.registered_name` }));
    }
    if (typeof obj.function_type === 'string' && obj.function_type === 'lambda' && className !== 'Lambda') {
      findings.push(error('keras/lambda-function', `a layer${name} carries a lambda function (function_type "lambda")`, { pointer }));
    }
    for (const [k, v] of Object.entries(obj)) if (v !== null && typeof v === 'object') stack.push({ value: v, pointer: `${pointer}.${k}`, depth: depth + 1 });
  }
  return findings;
}
