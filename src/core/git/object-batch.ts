import { GitError, type Git, type GitPipe } from './runner.js';

/** One object as `git cat-file --batch` prints it. */
export interface BatchObject {
  oid: string;
  type: string;
  content: Buffer;
}

interface Pending {
  resolve(object: BatchObject | undefined): void;
  reject(error: Error): void;
}

/**
 * One `git cat-file --batch` kept open for a run: every question (`<rev>^{commit}`, `<commit>:<path>`) is a line
 * on its stdin and its answer is read back in order, so a run over many models starts one git, not a few per
 * model. Names must not hold a newline (the protocol is line-based); callers check refs with assertSafeRef.
 */
export class ObjectBatch {
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  /** Chunks not yet joined to `buffer`: a large blob is joined once, when all of it is there. */
  private chunks: Buffer[] = [];
  private chunked = 0;
  /** Bytes `buffer` must hold before the reply at its start is complete (0: unknown, parse on every chunk). */
  private needed = 0;
  private failure?: Error;
  private ended = false;

  private constructor(private readonly pipe: GitPipe) {
    pipe.onStdout((chunk) => {
      this.chunks.push(chunk);
      this.chunked += chunk.length;
      if (this.buffer.length + this.chunked < this.needed) return;
      this.buffer = Buffer.concat([this.buffer, ...this.chunks]);
      this.chunks = [];
      this.chunked = 0;
      this.drain();
    });
    pipe.onExit((code, stderr) => {
      this.failure = new GitError(['cat-file'], code, this.ended && code === 0 ? 'git cat-file --batch was closed' : stderr || 'git cat-file --batch exited');
      for (const p of this.pending.splice(0)) p.reject(this.failure);
    });
  }

  /** The batch for a repository, or undefined when the runner cannot keep a git open (a test's fake). */
  static open(git: Git): ObjectBatch | undefined {
    const pipe = git.open(['cat-file', '--batch']);
    return pipe ? new ObjectBatch(pipe) : undefined;
  }

  /** The object a name gives (`<rev>`, `<rev>^{commit}`, `<rev>:<path>`), or undefined when git has none. */
  get(name: string): Promise<BatchObject | undefined> {
    if (/[\n\0]/.test(name)) return Promise.resolve(undefined);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.pipe.write(`${name}\n`);
    });
  }

  /** Closes git's stdin; it exits. Questions still waiting are answered first. */
  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.pipe.end();
  }

  /** Answers every complete reply in the buffer: "<oid> SP <type> SP <size> LF <content> LF", or "<name> missing LF". */
  private drain(): void {
    while (this.pending.length > 0) {
      const eol = this.buffer.indexOf(0x0a);
      if (eol < 0) return;
      const header = this.buffer.subarray(0, eol).toString('utf8');
      const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
      if (!m) {
        // "<name> missing", "<name> ambiguous" (and nothing follows).
        this.buffer = this.buffer.subarray(eol + 1);
        this.pending.shift()!.resolve(undefined);
        continue;
      }
      const size = Number(m[3]);
      const end = eol + 1 + size;
      if (this.buffer.length < end + 1) {
        this.needed = end + 1;
        return;
      }
      this.needed = 0;
      // A copy: the buffer it came from is reused for the replies that follow.
      const content = Buffer.from(this.buffer.subarray(eol + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.pending.shift()!.resolve({ oid: m[1], type: m[2], content });
    }
  }
}
