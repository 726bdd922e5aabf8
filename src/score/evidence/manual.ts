import path from 'node:path';
import { parseDuration } from '../../core/duration.js';
import type { ManualEvidenceConfig } from '../config.js';
import { notCredited, type EvidenceVerifier } from './verifier.js';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` as a UTC day, or undefined for anything else (including 2026-02-30). */
export function parseIsoDate(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : undefined;
}

function days(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * Half a point for a test run by hand with documented results (the paper's rule), kept honest: the document
 * must exist, a reviewer and a review date must be given, the date cannot be in the future, and the review
 * expires after `maxAge` (expired = missing; a warning comes `expiryWarning` before).
 */
export const manualVerifier: EvidenceVerifier<ManualEvidenceConfig> = {
  kind: 'manual',
  level: 'manual',
  async verify(config, ctx, keyPath, testId) {
    const locate = (k: string) => ctx.settings.locate([...keyPath, k]);
    const description = `reviewed by ${config.reviewer} on ${config.date}: ${config.document}`;
    if ((await ctx.repo.kind(config.document)) !== 'file') {
      return notCredited(description, `document ${config.document} does not exist`, [{
        severity: 'error',
        code: 'evidence-path-missing',
        test: testId,
        message: `${testId}: manual evidence document "${config.document}" does not exist in ${ctx.repo.label}`,
        location: locate('document'),
        hint: 'paths are relative to the repository root',
      }]);
    }
    if (config.reviewer.trim() === '') {
      return notCredited(description, 'no reviewer', [{ severity: 'error', code: 'manual-no-reviewer', test: testId, message: `${testId}: manual evidence needs a reviewer`, location: locate('reviewer') }]);
    }
    const reviewed = parseIsoDate(config.date);
    if (reviewed === undefined) {
      return notCredited(description, `"${config.date}" is not a date`, [{
        severity: 'error', code: 'manual-bad-date', test: testId,
        message: `${testId}: review date "${config.date}" is not a date in the form YYYY-MM-DD`, location: locate('date'),
      }]);
    }
    const today = Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate());
    if (reviewed > today) {
      return notCredited(description, `the review date ${config.date} is in the future`, [{
        severity: 'error', code: 'manual-date-in-future', test: testId,
        message: `${testId}: review date ${config.date} is in the future (today is ${new Date(today).toISOString().slice(0, 10)})`,
        location: locate('date'), hint: 'give the date the review took place',
      }]);
    }
    let maxAge = ctx.settings.manualMaxAgeMs;
    if (config.maxAge !== undefined) {
      try {
        maxAge = parseDuration(config.maxAge, `score.tests.${testId}.manual.maxAge`);
      } catch (err) {
        return notCredited(description, (err as Error).message, [{ severity: 'error', code: 'manual-bad-max-age', test: testId, message: (err as Error).message, location: locate('maxAge') }]);
      }
    }
    const age = today - reviewed;
    const expires = new Date(reviewed + maxAge).toISOString().slice(0, 10);
    if (age > maxAge) {
      return notCredited(description, `the review expired on ${expires}`, [{
        severity: 'warning', code: 'manual-expired', test: testId,
        message: `${testId}: the manual review of ${config.date} expired on ${expires} (older than ${days(maxAge)} days): it counts as missing`,
        location: locate('date'), hint: 'repeat the test, update the document and the date — or automate it',
      }]);
    }
    const findings = [];
    if (maxAge - age <= ctx.settings.expiryWarningMs) {
      findings.push({
        severity: 'warning' as const, code: 'manual-expiring', test: testId,
        message: `${testId}: the manual review of ${config.date} expires on ${expires} (in ${days(maxAge - age)} days)`,
        location: locate('date'), hint: 'plan the next review, or automate the test',
      });
    }
    return { credited: true, description: `${description} (valid until ${expires})`, findings, location: { file: path.join(ctx.repo.root, config.document) } };
  },
};
