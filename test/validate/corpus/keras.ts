import { hdf5File } from './hdf5.js';
import { zipFile } from './zip.js';

const dense = (name: string, units: number) => ({
  module: 'keras.layers',
  class_name: 'Dense',
  config: { name, trainable: true, dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' }, registered_name: null }, units, activation: 'relu', use_bias: true, kernel_initializer: { module: 'keras.initializers', class_name: 'GlorotUniform', config: { seed: null }, registered_name: null } },
  registered_name: null,
  build_config: { input_shape: [null, 4] },
});

/** A Keras 3 Sequential model config as `model.save('m.keras')` writes it. */
export function kerasConfig(layers: unknown[] = [dense('dense', 8), dense('dense_1', 3)]): Record<string, unknown> {
  return {
    module: 'keras',
    class_name: 'Sequential',
    config: { name: 'sequential', trainable: true, dtype: 'float32', layers: [{ module: 'keras.layers', class_name: 'InputLayer', config: { batch_shape: [null, 4], dtype: 'float32', name: 'input_layer' }, registered_name: null }, ...layers], build_input_shape: [null, 4] },
    registered_name: null,
    build_config: { input_shape: [null, 4] },
    compile_config: { optimizer: 'adam', loss: 'sparse_categorical_crossentropy', metrics: ['accuracy'] },
  };
}

export function kerasFile(config: Record<string, unknown> = kerasConfig(), extra: Array<{ name: string; data: Buffer }> = []): Buffer {
  return zipFile([
    { name: 'metadata.json', data: Buffer.from(JSON.stringify({ keras_version: '3.6.0', date_saved: '2025-01-01@00:00:00' })) },
    { name: 'config.json', data: Buffer.from(JSON.stringify(config)), deflate: true },
    { name: 'model.weights.h5', data: hdf5File() },
    ...extra,
  ]);
}

const lambdaLayer = { module: 'keras.layers', class_name: 'Lambda', config: { name: 'lambda', function: { class_name: '__lambda__', config: { code: '4wEAAAAAAAAAAAAAAAEAAAADAAAAQwAAAHMEAAAAfABTACkBTqkAKQHaAXhyAQAAAHIBAAAA' } } }, registered_name: null };

export function hostileKeras(): Array<{ name: string; data: Buffer; rule: string }> {
  const nested = kerasConfig([{ module: 'keras', class_name: 'Functional', config: { name: 'inner', layers: [{ module: 'keras', class_name: 'Sequential', config: { layers: [lambdaLayer] } }] } }]);
  return [
    { name: 'lambda-top', rule: 'keras/lambda-layer', data: kerasFile(kerasConfig([lambdaLayer])) },
    { name: 'lambda-nested', rule: 'keras/lambda-layer', data: kerasFile(nested) },
    { name: 'foreign-module', rule: 'keras/foreign-module', data: kerasFile(kerasConfig([{ module: 'os', class_name: 'system', config: { name: 'x' }, registered_name: null }])) },
    { name: 'function-builtins', rule: 'keras/foreign-module', data: kerasFile(kerasConfig([{ ...dense('d', 3), config: { ...dense('d', 3).config, activation: { module: 'builtins', class_name: 'function', config: 'exec', registered_name: 'function' } } }])) },
    { name: 'tfsm-layer', rule: 'keras/tfsm-layer', data: kerasFile(kerasConfig([{ module: 'keras.layers', class_name: 'TFSMLayer', config: { filepath: '/tmp/evil' } }])) },
    { name: 'traversal-member', rule: 'keras/member-path', data: kerasFile(kerasConfig(), [{ name: '../../evil.sh', data: Buffer.from('echo pwned') }]) },
    { name: 'no-config', rule: 'keras/no-config', data: zipFile([{ name: 'metadata.json', data: Buffer.from('{}') }, { name: 'model.weights.h5', data: hdf5File() }]) },
  ];
}
