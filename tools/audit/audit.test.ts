import { describe, expect, it } from 'vitest';
import { verdictOf } from './audit';

const summary = (high: number, critical: number) => ({ info: 0, low: 2, moderate: 1, high, critical, total: 3 + high + critical });

describe('reading npm audit --json', () => {
  it('passes low and moderate advisories', () => {
    expect(verdictOf(JSON.stringify({ metadata: { vulnerabilities: summary(0, 0) } })).kind).toBe('clean');
  });

  it('fails on high or critical, naming the packages', () => {
    const out = JSON.stringify({
      vulnerabilities: { 'bad-pkg': { severity: 'high' }, 'meh-pkg': { severity: 'low' } },
      metadata: { vulnerabilities: summary(1, 0) },
    });
    expect(verdictOf(out)).toEqual({ kind: 'vulnerable', counts: summary(1, 0), packages: ['bad-pkg (high)'] });
  });

  it('calls an error answer or no answer unreachable, not clean', () => {
    // What a registry without the audit endpoint answers (seen here: a mirror that allows GET and HEAD only).
    const refused = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });
    expect(verdictOf(refused)).toEqual({ kind: 'unreachable', reason: expect.stringContaining('405') });
    expect(verdictOf('').kind).toBe('unreachable');
    expect(verdictOf('npm ERR! network').kind).toBe('unreachable');
  });
});
