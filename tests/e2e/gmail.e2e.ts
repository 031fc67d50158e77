import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNothingOfOursInEditors } from './assertions.ts';
import {
  draftReport,
  editorText,
  fixtureEditorHtml,
  hoverPainted,
  painted,
  paintedOffset,
  statusButtons,
  waitForPainted,
} from './compose.ts';
import { type ExtensionSession, launchExtension, openFixture } from './harness.ts';

const EDITORS = '[g_editable="true"]';
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKbZ';
const INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';
const REPLY = '#\\:r1';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('Gmail inline reply with an expanded quote and a signature', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openFixture(session.context, THREAD_URL, 'gmail-inline-reply.html'));
  });

  it('underlines phrases in the draft only, never in the quote, the signature or the read view', async () => {
    const ranges = await waitForPainted(page, EDITORS, (ranges) => ranges.length > 0);
    const report = await draftReport(session, page);
    const spans = report?.findings.filter((finding) => finding.start !== undefined) ?? [];
    expect(spans.length).toBeGreaterThan(0);
    expect(ranges.map((range) => range.text).sort()).toEqual(spans.map((finding) => finding.text).sort());
    for (const range of ranges) {
      expect(range.editor, range.text).toBe(0);
      expect(range.inStop, range.text).toBe(false);
    }
    // The same in-scope phrases sit in the quote, the signature and the read view: none painted.
    expect(await page.locator('blockquote.gmail_quote').textContent()).toContain('soon');
    expect(await page.locator('.gmail_signature').textContent()).toContain('soon');
    // A phrase that crosses formatting and a non-breaking space is painted as one range.
    expect(ranges.map((range) => range.text)).toContain('in the coming days');
  });

  it('counts the findings on one status button outside the editor', async () => {
    const report = await draftReport(session, page);
    const count = report?.findings.length ?? 0;
    await expect.poll(() => statusButtons(page).count()).toBe(1);
    const name = await statusButtons(page).getAttribute('aria-label');
    expect(name).toBe(count === 1 ? 'Even Keel: 1 suggestion' : `Even Keel: ${count} suggestions`);
  });

  it('leaves the editor exactly as Gmail built it and adds nothing inside it', async () => {
    expect(await page.$eval(REPLY, (editor) => editor.innerHTML)).toBe(
      await fixtureEditorHtml(page, 'gmail-inline-reply.html', REPLY),
    );
    await expectNothingOfOursInEditors(page, EDITORS);
  });

  it('applies a suggestion from the hint card as an edit that Ctrl+Z undoes', async () => {
    const before = await editorText(page, REPLY);
    const offset = await paintedOffset(page, REPLY, 'soon');
    expect(offset).toBeGreaterThan(0);
    await hoverPainted(page, REPLY, 'soon');
    const card = page.getByRole('dialog');
    await card.waitFor();
    const apply = card.locator('button.apply').first();
    const replacement = (await apply.locator('.replacement').textContent()) ?? '';
    expect(replacement.length).toBeGreaterThan(0);
    await apply.click();
    await expect
      .poll(() => editorText(page, REPLY))
      .toBe(before.slice(0, offset) + replacement + before.slice(offset + 'soon'.length));
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, REPLY)).toBe(before);
    await waitForPainted(page, EDITORS, (ranges) => ranges.some((range) => range.text === 'soon'));
  });

  it('moves to the next finding with the keyboard shortcut and gives the caret back on Escape', async () => {
    await page.$eval('div[gmail_original] > div:nth-of-type(2)', (line) => {
      (line.closest('[contenteditable]') as HTMLElement).focus();
      (getSelection() as Selection).collapse(line.firstChild, 3);
    });
    await page.keyboard.press('Alt+Shift+K');
    const card = page.getByRole('dialog');
    await card.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('EVEN-KEEL-UI');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    const caret = await page.evaluate(() => {
      const selection = getSelection() as Selection;
      return { text: selection.focusNode?.textContent?.slice(0, 10), offset: selection.focusOffset };
    });
    expect(caret).toEqual({ text: "I'm sorry ", offset: 3 });
  });

  it('opens a list of the findings from the status button, walked with the keyboard', async () => {
    const report = await draftReport(session, page);
    await statusButtons(page).click();
    const list = page.getByRole('dialog', { name: /Even Keel suggestions/ });
    await list.waitFor();
    const items = list.getByRole('button');
    expect(await items.count()).toBe(report?.findings.length);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog').filter({ has: page.locator('button.dismiss') });
    await card.waitFor();
    await page.keyboard.press('Escape');
  });

  it('keeps exactly the typed text, caret at the end, when typing with pauses while checks run', async () => {
    const line = 'div[gmail_original] > div:nth-of-type(4)';
    const original = await page.$eval(line, (element) => element.textContent ?? '');
    await page.$eval(line, (element) => {
      (element.closest('[contenteditable]') as HTMLElement).focus();
      (getSelection() as Selection).collapse(element.firstChild, (element.firstChild as Text).length);
    });
    const sentence = ' Then we will call you soon, and I will guarantee it is done in the coming days.';
    let typed = '';
    while (typed.length < 500) typed += sentence;
    typed = typed.slice(0, 500);
    for (let index = 0; index < typed.length; index += 50) {
      await page.keyboard.type(typed.slice(index, index + 50), { delay: 4 });
      // A pause long enough for a check to run and paint while typing goes on.
      await page.waitForTimeout(index % 150 === 0 ? 400 : 60);
    }
    await waitForPainted(page, EDITORS, (ranges) => ranges.filter((range) => range.text === 'soon').length > 3);
    const after = await page.$eval(line, (element) => {
      const selection = getSelection() as Selection;
      const probe = document.createRange();
      probe.setStart(element, 0);
      probe.setEnd(selection.focusNode as Node, selection.focusOffset);
      return { text: element.textContent ?? '', caret: probe.toString().length, collapsed: selection.isCollapsed };
    });
    expect(after.text.replace(/\u00a0/g, ' ')).toBe(original + typed);
    expect(after.caret).toBe(after.text.length);
    expect(after.collapsed).toBe(true);
    await expectNothingOfOursInEditors(page, EDITORS);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('Gmail with an input method (IME) composing', () => {
  it('does not check mid-composition and checks on compositionend', async () => {
    const { page, errors } = await openFixture(session.context, `${THREAD_URL}-ime`, 'gmail-inline-reply.html');
    const soonCount = async () => (await painted(page, EDITORS)).filter((range) => range.text === 'soon').length;
    await waitForPainted(page, EDITORS, (ranges) => ranges.length > 0);
    const before = await soonCount();
    const line = 'div[gmail_original] > div:nth-of-type(2)';
    const original = await page.$eval(line, (element) => element.textContent ?? '');
    await page.$eval(line, (element) => {
      (element.closest('[contenteditable]') as HTMLElement).focus();
      (getSelection() as Selection).collapse(element.firstChild, (element.firstChild as Text).length);
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: ' We will call soon', selectionStart: 18, selectionEnd: 18 });
    // Well past the typing pause: a check now would paint the composed "soon".
    await page.waitForTimeout(900);
    expect(await soonCount()).toBe(before);
    await cdp.send('Input.insertText', { text: ' We will call soon' });
    await waitForPainted(page, EDITORS, (ranges) => ranges.filter((range) => range.text === 'soon').length > before);
    expect(await page.$eval(line, (element) => (element.textContent ?? '').replace(/\u00a0/g, ' '))).toBe(
      `${original} We will call soon`,
    );
    expect(errors).toEqual([]);
    await cdp.detach();
    await page.close();
  });
});

describe('Gmail pop-up composes and pop-out', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openFixture(session.context, INBOX_URL, 'gmail-compose.html'));
  });

  it('finds compose windows created on demand, two at once, each with its own status button', async () => {
    await expect.poll(() => statusButtons(page).count()).toBe(1);
    await page.click('#compose');
    await page.click('#compose');
    await expect.poll(() => statusButtons(page).count()).toBe(3);
    const ranges = await waitForPainted(
      page,
      EDITORS,
      (ranges) => new Set(ranges.map((range) => range.editor)).size === 3,
    );
    expect(ranges.every((range) => range.editor >= 0 && !range.inStop)).toBe(true);
  });

  it('follows a pop-out to the new editor and keeps what was dismissed for that draft', async () => {
    const inline = '#inline [g_editable]';
    await waitForPainted(page, inline, (ranges) => ranges.some((range) => range.editor === 0 && range.text === 'soon'));
    await hoverPainted(page, inline, 'soon');
    const card = page.getByRole('dialog').filter({ has: page.locator('button.dismiss') });
    await card.locator('button.dismiss').click();
    await waitForPainted(page, inline, (ranges) => !ranges.some((range) => range.editor === 0));

    await page.click('#popout');
    await expect.poll(() => page.locator('[role="dialog"] [g_editable]').count()).toBe(3);
    await expect.poll(() => statusButtons(page).count()).toBe(3);
    // The popped-out draft is the same draft: "soon" stays dismissed; nothing painted is stale.
    const ranges = await waitForPainted(
      page,
      EDITORS,
      (ranges) => new Set(ranges.map((range) => range.editor)).size === 2,
    );
    expect(ranges.every((range) => range.connected)).toBe(true);
    const popped = await page.$eval('[role="dialog"]', (dialog) => dialog.textContent);
    expect(popped).toContain('We will get back to you soon.');
    expect(ranges.filter((range) => range.editor === 0)).toEqual([]);
    await expectNothingOfOursInEditors(page, EDITORS);
    expect(errors).toEqual([]);
  });
});
