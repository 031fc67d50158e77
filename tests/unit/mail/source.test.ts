// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor, generic, gmail, outlook } from '../../../src/mail/adapters.ts';
import { combineEdits } from '../../../src/mail/source.ts';
import {
  isOwnSender,
  parseAnalyzeResponse,
  parseBackgroundRequest,
  parseTabRequest,
} from '../../../src/messaging/index.ts';

describe('combineEdits', () => {
  const text = 'We will fix it soon and call you shortly.';

  it('keeps a single edit as it is', () => {
    expect(combineEdits(text, [{ start: 15, end: 19, text: 'by Friday' }])).toEqual({
      start: 15,
      end: 19,
      text: 'by Friday',
    });
  });

  it('joins several edits into one replacement that keeps the words between them', () => {
    const edit = combineEdits(text, [
      { start: 33, end: 40, text: 'on Monday' },
      { start: 15, end: 19, text: 'by Friday' },
    ]);
    expect(edit).toEqual({ start: 15, end: 40, text: 'by Friday and call you on Monday' });
    if (edit)
      expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe(
        'We will fix it by Friday and call you on Monday.',
      );
  });

  it('refuses overlapping edits and empty suggestions', () => {
    expect(combineEdits(text, [])).toBeNull();
    expect(
      combineEdits(text, [
        { start: 10, end: 20, text: 'a' },
        { start: 15, end: 25, text: 'b' },
      ]),
    ).toBeNull();
  });
});

describe('adapters', () => {
  it('picks the adapter by host', () => {
    expect(adapterFor('mail.google.com')).toBe(gmail);
    expect(adapterFor('outlook.office365.com')).toBe(outlook);
    expect(adapterFor('outlook.live.com')).toBe(outlook);
    expect(adapterFor('desk.example.org')).toBe(generic);
    expect(adapterFor('outlook.live.com.evil.example')).toBe(generic);
  });

  it("finds Gmail's body by its attributes, not its translated label, and skips the plain-text textarea", () => {
    document.body.innerHTML = `<div class="M9"><input name="draft" value="#msg-a:r1">
      <div g_editable="true" contenteditable="true" role="textbox" aria-label="Cuerpo del mensaje">Hola</div></div>
      <textarea class="Ak" aria-label="Message Body"></textarea>`;
    const editors = gmail.findEditors(document);
    expect(editors.map((editor) => editor.getAttribute('aria-label'))).toEqual(['Cuerpo del mensaje']);
    expect(gmail.draftKey(editors[0] as HTMLElement)).toBe('gmail:#msg-a:r1');
  });

  it("finds Outlook's body and not the recipient fields or the read-only view", () => {
    document.body.innerHTML = `<div role="textbox" contenteditable="true" aria-label="To"></div>
      <div aria-label="Message body" role="document">read</div>
      <div role="textbox" contenteditable="true" aria-multiline="true" aria-label="Message body, press Alt+F10 to exit">x</div>`;
    const editors = outlook.findEditors(document);
    expect(editors).toHaveLength(1);
    expect(editors[0]?.getAttribute('aria-label')).toMatch(/^Message body,/);
  });
});

describe('messages', () => {
  it('accepts a well-formed analyze request and rejects anything else', () => {
    expect(parseBackgroundRequest({ type: 'analyze', text: 'Hi' })).toEqual({ type: 'analyze', text: 'Hi' });
    expect(parseBackgroundRequest({ type: 'analyze', text: 'Hi', sentAtLocal: '2026-11-25T22:10' })).not.toBeNull();
    expect(parseBackgroundRequest({ type: 'analyze', text: 'Hi', sentAtLocal: 'tomorrow' })).toBeNull();
    expect(parseBackgroundRequest({ type: 'analyze', text: 42 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'analyse', text: 'Hi' })).toBeNull();
    expect(parseBackgroundRequest({ type: 'analyze', text: 'x'.repeat(200_001) })).toBeNull();
    expect(parseTabRequest({ type: 'next-finding' })).toEqual({ type: 'next-finding' });
    expect(parseTabRequest({ type: 'eval', code: '1' })).toBeNull();
  });

  it('validates a report before the content script paints it', () => {
    const report = {
      lang: 'en',
      findings: [
        {
          rule: 'vague-timeline',
          category: 'vague-timeline',
          severity: 'medium',
          start: 3,
          end: 7,
          text: 'soon',
          message: 'm',
          why: 'w',
          suggestions: [{ label: 'Name the date', edits: [{ start: 3, end: 7, text: 'by [date]' }] }],
        },
      ],
      checklist: [],
      stats: { words: 2, ms: 0.4 },
    };
    expect(parseAnalyzeResponse({ ok: true, report })).not.toBeNull();
    expect(parseAnalyzeResponse({ ok: false, error: 'SyntaxError' })).toEqual({ ok: false, error: 'SyntaxError' });
    const negative = { ...report, findings: [{ ...report.findings[0], start: -1 }] };
    expect(parseAnalyzeResponse({ ok: true, report: negative })).toBeNull();
    expect(parseAnalyzeResponse({ ok: true })).toBeNull();
  });

  it('answers only this extension', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender({ url: 'https://mail.google.com/' }, 'abc')).toBe(false);
  });
});
