import { describe, expect, it } from 'vitest';
import { CHECK_LIMIT, checkedPart } from '../../../src/mail/session.ts';

describe('checkedPart: how much of a very long draft is checked', () => {
  it('checks a draft of any ordinary length whole', () => {
    const text = 'Hi Sam,\n\nWe will fix it soon.\n';
    expect(checkedPart(text)).toBe(text);
    expect(checkedPart('x'.repeat(CHECK_LIMIT))).toHaveLength(CHECK_LIMIT);
  });

  it('cuts a longer one at the last line end within the limit', () => {
    const line = 'We will look into the invoice soon and reply by Friday.\n';
    const text = line.repeat(Math.ceil((CHECK_LIMIT * 3) / line.length));
    const part = checkedPart(text);
    expect(part.length).toBeLessThanOrEqual(CHECK_LIMIT);
    expect(part.length).toBeGreaterThan(CHECK_LIMIT - line.length);
    expect(part.endsWith('\n')).toBe(true);
    expect(text.startsWith(part)).toBe(true);
  });

  it('cuts one long paragraph after a sentence, and never inside an emoji', () => {
    const sentence = 'We will look into it soon. ';
    const paragraph = sentence.repeat(Math.ceil((CHECK_LIMIT * 2) / sentence.length));
    expect(checkedPart(paragraph).trimEnd().endsWith('soon.')).toBe(true);
    const emoji = '😀'.repeat(CHECK_LIMIT);
    const part = checkedPart(emoji);
    expect(part.length % 2).toBe(0);
    expect(emoji.startsWith(part)).toBe(true);
  });
});
