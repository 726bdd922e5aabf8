/**
 * HDF5-shaped files: signature, a version-0 superblock with a correct end-of-file address, and (for Keras
 * H5 models) the `model_config` attribute's JSON string as h5py stores it (plain bytes in the file).
 * Not a full HDF5 writer: enough for the validator's documented checks.
 */
export function hdf5File(modelConfig?: unknown, totalSize = 2048): Buffer {
  const buf = Buffer.alloc(totalSize);
  Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]).copy(buf, 0);
  buf[8] = 0; // superblock version 0
  buf[13] = 8; // size of offsets
  buf[14] = 8; // size of lengths
  buf.writeUInt16LE(4, 16);
  buf.writeUInt16LE(16, 18);
  buf.writeBigUInt64LE(0n, 24); // base address
  buf.writeBigUInt64LE(0xffffffffffffffffn, 32); // free-space info: undefined
  buf.writeBigUInt64LE(BigInt(totalSize), 40); // end-of-file address
  buf.writeBigUInt64LE(0xffffffffffffffffn, 48); // driver info: undefined
  if (modelConfig !== undefined) {
    const attr = Buffer.concat([Buffer.from('model_config\0', 'latin1'), Buffer.from(JSON.stringify(modelConfig)), Buffer.from([0])]);
    attr.copy(buf, 512);
  }
  return buf;
}

/** A legacy Keras H5 model config (no `module` keys; `class_name` + `config`). */
export function legacyH5Config(layers: unknown[]): unknown {
  return { class_name: 'Sequential', config: { name: 'sequential', layers: [{ class_name: 'InputLayer', config: { batch_input_shape: [null, 4], name: 'input' } }, { class_name: 'Dense', config: { name: 'dense', units: 3 } }, ...layers] }, keras_version: '2.15.0', backend: 'tensorflow' };
}

export const h5Lambda = { class_name: 'Lambda', config: { name: 'lambda', function: ['4wEAAAAAAAAAAAAAAAEAAAAC', null, null], function_type: 'lambda' } };
