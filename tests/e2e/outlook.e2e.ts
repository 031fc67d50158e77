import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNothingOfOursInEditors } from './assertions.ts';
import {
  draftReport,
  editorText,
  fixtureEditorHtml,
  hoverPainted,
  paintedOffset,
  statusButtons,
  waitForPainted,
} from './compose.ts';
import { type ExtensionSession, launchExtension, openFixture } from './harness.ts';

const EDITORS = 'div[role="textbox"][contenteditable="true"]';
const BODY = '.compose-body';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('Outlook on the web: a reply with history and a signature', () => {
  for (const host of ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com']) {
    it(`runs on ${host} and underlines the draft only`, async () => {
      const { page, errors } = await openFixture(
        session.context,
        `https://${host}/mail/inbox/id/AAQk`,
        'outlook-reply.html',
      );
      const ranges = await waitForPainted(page, EDITORS, (ranges) => ranges.length > 0);
      const report = await draftReport(session, page);
      const spans = report?.findings.filter((finding) => finding.start !== undefined) ?? [];
      expect(ranges.map((range) => range.text).sort()).toEqual(spans.map((finding) => finding.text).sort());
      // Index 2: the To and Cc fields come first and are never checked.
      expect(ranges.every((range) => range.editor === 2 && !range.inStop)).toBe(true);
      expect(ranges.map((range) => range.text)).toContain('shortly');
      expect(await page.locator('#divRplyFwdMsg + div').textContent()).toContain('soon');
      expect(await page.locator('#read-view').textContent()).toContain('soon');

      await expect.poll(() => statusButtons(page).count()).toBe(1);
      const count = report?.findings.length ?? 0;
      expect(await statusButtons(page).getAttribute('aria-label')).toBe(
        count === 1 ? 'Even Keel: 1 suggestion' : `Even Keel: ${count} suggestions`,
      );
      expect(await page.$eval(BODY, (editor) => editor.innerHTML)).toBe(
        await fixtureEditorHtml(page, 'outlook-reply.html', BODY),
      );
      await expectNothingOfOursInEditors(page, EDITORS);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('applies a suggestion inside formatted text and Ctrl+Z restores it', async () => {
    const { page, errors } = await openFixture(
      session.context,
      'https://outlook.office.com/mail/',
      'outlook-reply.html',
    );
    await waitForPainted(page, EDITORS, (ranges) => ranges.some((range) => range.text === 'shortly'));
    const before = await editorText(page, BODY);
    const offset = await paintedOffset(page, BODY, 'shortly');
    await hoverPainted(page, BODY, 'shortly');
    const apply = page.getByRole('dialog').locator('button.apply').first();
    const replacement = (await apply.locator('.replacement').textContent()) ?? '';
    await apply.click();
    await expect
      .poll(() => editorText(page, BODY))
      .toBe(before.slice(0, offset) + replacement + before.slice(offset + 'shortly'.length));
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, BODY)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
