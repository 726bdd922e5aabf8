// shell-quote is held at 1.8.x: from 1.9 it ships its own typings, which redeclare the global
// Array.prototype.join and break unrelated code (src/serve/protocol.ts). The part used here is this.
declare module 'shell-quote' {
  export type ParseEntry = string | { op: string } | { op: 'glob'; pattern: string } | { comment: string };
  export function parse(cmd: string, env?: (key: string) => string | undefined): ParseEntry[];
}
