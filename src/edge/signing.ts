import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { ModelshipError } from '../core/errors.js';

/** What is signed is this prefix then the payload bytes: a signature made for anything else never verifies. */
const DOMAIN = 'modelship.edge.manifest.v1\n';

/** A signed manifest as stored on a channel: the exact payload bytes, base64, and their Ed25519 signature. */
export interface SignedEnvelope {
  payloadType: 'application/vnd.modelship.edge.manifest.v1+json';
  payload: string;
  keyId: string;
  signature: string;
}

/** Reads an Ed25519 key from PEM text or from base64 DER (PKCS#8 private, SPKI public): one line fits a secret. */
function keyFrom(text: string, kind: 'private' | 'public', what: string): KeyObject {
  const trimmed = text.trim();
  if (!trimmed) throw new ModelshipError(`${what} is empty`, { hint: 'modelship edge keygen prints a key pair; store the private key as a secret' });
  try {
    const key = trimmed.startsWith('-----')
      ? kind === 'private' ? createPrivateKey(trimmed) : createPublicKey(trimmed)
      : kind === 'private'
        ? createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' })
        : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`it is a ${key.asymmetricKeyType} key`);
    return key;
  } catch (err) {
    throw new ModelshipError(`${what} is not an Ed25519 ${kind} key (PEM or base64 DER): ${(err as Error).message}`);
  }
}

export const privateKeyFrom = (text: string, what = 'the signing key') => keyFrom(text, 'private', what);
export const publicKeyFrom = (text: string, what = 'the public key') => keyFrom(text, 'public', what);

/** The first 16 hex digits of the sha256 of the public key's SPKI bytes: names the key without revealing anything. */
export function keyIdOf(key: KeyObject): string {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'der', type: 'spki' });
  return createHash('sha256').update(spki).digest('hex').slice(0, 16);
}

export function signPayload(payload: Buffer, privateKey: KeyObject): SignedEnvelope {
  return {
    payloadType: 'application/vnd.modelship.edge.manifest.v1+json',
    payload: payload.toString('base64'),
    keyId: keyIdOf(privateKey),
    signature: sign(null, Buffer.concat([Buffer.from(DOMAIN), payload]), privateKey).toString('base64'),
  };
}

/** The payload bytes when the envelope's signature verifies with the trusted key; throws otherwise. */
export function verifyEnvelope(envelope: unknown, publicKey: KeyObject): Buffer {
  const e = envelope as Partial<SignedEnvelope> | null;
  if (!e || typeof e !== 'object' || typeof e.payload !== 'string' || typeof e.signature !== 'string') throw new ModelshipError('the manifest is not a signed envelope (payload and signature expected)', { exitCode: 1 });
  if (e.payloadType !== 'application/vnd.modelship.edge.manifest.v1+json') throw new ModelshipError(`the manifest's payloadType is ${JSON.stringify(e.payloadType)}, expected application/vnd.modelship.edge.manifest.v1+json`, { exitCode: 1 });
  const expected = keyIdOf(publicKey);
  if (e.keyId !== expected) throw new ModelshipError(`the manifest is signed by key ${e.keyId}, not the trusted key ${expected}`, { exitCode: 1 });
  const payload = Buffer.from(e.payload, 'base64');
  const ok = verify(null, Buffer.concat([Buffer.from(DOMAIN), payload]), publicKey, Buffer.from(e.signature, 'base64'));
  if (!ok) throw new ModelshipError('the manifest signature does not verify with the trusted key: it was changed after signing', { exitCode: 1 });
  return payload;
}

/** A fresh key pair: the private key as base64 PKCS#8 DER (for a secret), the public key as base64 SPKI DER. */
export function generateSigningKeys(): { privateKey: string; publicKey: string; keyId: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    keyId: keyIdOf(publicKey),
  };
}
