/**
 * The one git module: every git process Modelship starts goes through `spawnGit` (argument arrays, no shell,
 * no prompts), and every ref that reaches git passes `assertSafeRef`. Tests replace the `GitRunner`.
 */
export { Git, GitError, NotInRepositoryError, openGit, redactUrls, spawnGit, type GitResult, type GitRunner } from './runner.js';
export { assertSafeRef, unsafeRefReason, UnsafeRefError, MAX_REF_LENGTH } from './refs.js';
export { GitTree, parseBatch, type TreeFile } from './tree.js';
export { FileAtRefReader, readFileAtRef, RefNotFoundError, repositoryOf } from './file-at-ref.js';
