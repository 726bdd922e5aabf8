#!/usr/bin/env node
'use strict';
// The `modelship` command. `--version`, `--help` and `<command> --help` are answered from text the build
// recorded from the CLI itself (dist/cli/help.json, scripts/build.mjs): a CommonJS file and a JSON read,
// before Node's ES-module loader, commander and the command tree start. Everything else, and help on a
// terminal (commander wraps it to the terminal's width; the recording is of a pipe's 80 columns), runs the
// CLI bundle beside this file (index.js).

/** The recorded answer to `argv`, or undefined when the CLI itself must run. */
function recorded(argv, isTTY, table) {
  if (argv.length === 0 || argv.length > 2) return undefined;
  const key = argv.join(' ');
  if (isTTY && key !== '--version' && key !== '-V') return undefined;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function main() {
  const argv = process.argv.slice(2);
  let text;
  try {
    text = recorded(argv, process.stdout.isTTY === true, require('./help.json'));
  } catch {
    text = undefined; // no recording beside this file (a development tree): the CLI answers
  }
  if (text === undefined) {
    // Node 22.1+ keeps V8's compiled code of the bundle between runs (in the system's temp folder, or
    // NODE_COMPILE_CACHE); older Node has no such cache and starts as before.
    const { enableCompileCache } = require('node:module');
    if (typeof enableCompileCache === 'function') enableCompileCache();
    import('./index.js');
  }
  else process.stdout.write(text);
}

if (require.main === module) main();
module.exports = { recorded };
