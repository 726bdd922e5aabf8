import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoStep } from '../step.js';
import { renderMarkdown } from '../../validate/report.js';
import { runValidation } from '../../validate/run.js';

/** A pickle whose REDUCE calls os.system("id"): built by hand, never loaded by anything. */
function maliciousPickle(): Buffer {
  const arg = Buffer.from('id');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(arg.length);
  return Buffer.concat([Buffer.from('\x80\x02cos\nsystem\n', 'latin1'), Buffer.from('X'), len, arg, Buffer.from([0x85, 0x52, 0x2e])]);
}

/** Validates the configured model (it must pass) and a malicious pickle made on the spot (it must be refused). */
export const validateDemoStep: DemoStep = {
  id: 'validate',
  title: 'Validate the model artifacts (format, integrity, safety)',
  async run(ctx) {
    const good = await runValidation({ paths: [], cwd: ctx.projectDir, loaded: ctx.config });
    const dir = path.join(ctx.workDir, 'untrusted');
    await mkdir(dir, { recursive: true });
    const bad = path.join(dir, 'pytorch_model.pkl');
    await writeFile(bad, maliciousPickle());
    const hostile = await runValidation({ paths: [bad], cwd: ctx.workDir });
    const reason = hostile.artifacts[0]?.findings.find((f) => f.severity === 'error');
    const ok = good.verdict === 'pass' && hostile.verdict === 'fail';
    return {
      ok,
      expectedFailure: true,
      summary: `${good.artifacts.map((a) => `${a.path} ${a.verdict}`).join(', ')}; a hand-made malicious pickle is ${hostile.verdict === 'fail' ? 'refused' : 'NOT refused'}${reason ? ` (${reason.rule}: ${reason.message})` : ''}`,
      markdown: [renderMarkdown(good), '', '**A malicious pickle (os.system via REDUCE), made on the spot:**', '', renderMarkdown(hostile)].join('\n'),
    };
  },
};
