// Types of the precompiled validator that scripts/generate.mjs writes beside this file.
import type { ErrorObject } from 'ajv';

export interface PrecompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export const validate: PrecompiledValidator;
export default validate;
