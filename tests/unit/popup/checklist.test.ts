import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import type { Finding } from '../../../src/engine/types.ts';
import { parseApplyResponse, parseBackgroundRequest, parseTabRequest } from '../../../src/messaging/index.ts';
import { atOrAbove, blocking, isReady, sameFinding } from '../../../src/ui/popup/checklist.ts';

const risky = analyze({
  text: 'Hi Sam,\n\nI guarantee the refund will reach you by Friday. We will get back to you soon.',
});
const clean = analyze({
  text: 'Hi Sam,\n\nThank you for your patience. I will send the corrected invoice by Friday at 3 pm.',
});

const finding = (severity: Finding['severity'], rule = 'r'): Finding => ({
  rule,
  category: 'overpromise',
  severity,
  message: '',
  why: '',
  suggestions: [],
});

describe('the checklist logic', () => {
  it('orders severities', () => {
    expect(atOrAbove('high', 'medium')).toBe(true);
    expect(atOrAbove('medium', 'medium')).toBe(true);
    expect(atOrAbove('low', 'medium')).toBe(false);
    const findings = [finding('low'), finding('medium'), finding('high')];
    expect(blocking(findings, 'high').map((f) => f.severity)).toEqual(['high']);
    expect(blocking(findings, 'low')).toHaveLength(3);
  });

  it('is ready when every line is ticked', () => {
    expect(isReady(clean.checklist)).toBe(true);
    expect(isReady(risky.checklist)).toBe(false);
    expect(risky.checklist.find((item) => item.category === 'overpromise')?.ok).toBe(false);
  });

  it('finds the same finding by rule and place', () => {
    const [first] = risky.findings;
    expect(first && sameFinding(first, { rule: first.rule, start: first.start, end: first.end })).toBe(true);
    expect(first && sameFinding(first, { rule: 'other', start: first.start, end: first.end })).toBe(false);
  });
});

describe('the popup and gate messages', () => {
  it('validates what the popup and the content script send', () => {
    expect(parseTabRequest({ type: 'apply', rule: 'guarantee', start: 8, end: 19, suggestion: 0 })).not.toBeNull();
    expect(parseTabRequest({ type: 'apply', rule: 'guarantee', suggestion: -1 })).toBeNull();
    expect(parseTabRequest({ type: 'apply', rule: 'guarantee', suggestion: 0.5 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'badge', count: 3 })).toEqual({ type: 'badge', count: 3 });
    expect(parseBackgroundRequest({ type: 'badge', count: -1 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'send-gate' })).toEqual({ type: 'send-gate' });
    expect(parseApplyResponse({ applied: true, report: risky })).toEqual({ applied: true, report: risky });
    expect(parseApplyResponse({ applied: 'yes', report: null })).toBeNull();
  });
});
