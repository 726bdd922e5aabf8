import { VERSION } from '../generated/version.js';

/**
 * What `modelship --version` (or `-V`) prints, when argv asks for nothing else; otherwise undefined. The entry
 * answers it before the command tree (commander, every command file) loads, with the text commander prints.
 */
export function versionOnly(argv: readonly string[]): string | undefined {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V') ? `${VERSION}\n` : undefined;
}
