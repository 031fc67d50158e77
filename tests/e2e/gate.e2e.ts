// The send gate in real Chromium: a risky draft is held at Send, Ctrl+Enter and Schedule send,
// "Send anyway" sends exactly once, and a clean draft sends at once with no dialog.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftReport } from './compose.ts';
import { type ExtensionSession, launchExtension, openFixture } from './harness.ts';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const GMAIL_BODY = 'div[g_editable="true"]';
const OUTLOOK = 'https://outlook.office.com/mail/deeplink/compose';
const OUTLOOK_BODY = '.compose-body';
const CLEAN = 'Thank you for your patience. I will send the corrected invoice by Friday at 3 pm.';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  // Off by default in the settings: the tests turn it on as a user would in the options page.
  await session.serviceWorker.evaluate(() =>
    chrome.storage.sync.set({ sendGate: { enabled: true, minSeverity: 'high' }, sendGate$: { v: 1 } }),
  );
});
afterAll(async () => {
  await session?.close();
});

/**
 * A real mouse click at the control's centre. Playwright's own `click()` checks that its events
 * reach the element, and a held send's events stop in our capture listener: exactly what the gate
 * does to the page, so that check cannot pass there.
 */
async function clickAt(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const sends = (page: Page) => page.evaluate(() => (window as unknown as { sends: string[] }).sends);
const dialog = (page: Page) => page.getByRole('dialog', { name: /^Even Keel/ });

/** Opens a fixture and waits until its draft has been checked. */
async function open(url: string, fixture: string) {
  const opened = await openFixture(session.context, url, fixture);
  await expect.poll(async () => (await draftReport(session, opened.page))?.findings.length ?? 0).toBeGreaterThan(0);
  return opened;
}

async function replaceDraft(page: Page, body: string, text: string) {
  await page.locator(body).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
  await expect.poll(async () => (await draftReport(session, page))?.findings.length ?? -1).toBe(0);
}

describe('the send gate in Gmail', () => {
  it('holds Send on a risky draft; Send anyway sends exactly once', async () => {
    const { page, errors } = await open(GMAIL, 'gmail-send.html');
    await clickAt(page, '#send');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    const text = (await dialog(page).textContent()) ?? '';
    expect(text).toContain('Promises only what you control');
    expect(text).toContain('I guarantee');
    // Focus is in the dialog and stays there.
    await expect
      .poll(() =>
        dialog(page)
          .getByRole('button', { name: 'Review' })
          .evaluate((b) => b.matches(':focus')),
      )
      .toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(
      await dialog(page)
        .getByRole('button', { name: 'Review' })
        .evaluate((b) => b.matches(':focus')),
    ).toBe(true);

    await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toEqual(['send:mouse']);
    expect(await dialog(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('holds Ctrl+Enter; Escape goes back to the draft with the caret where it was', async () => {
    const { page, errors } = await open(GMAIL, 'gmail-send.html');
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await sends(page)).toEqual([]);
    const caret = await page.evaluate(() => {
      const selection = document.getSelection();
      const editor = document.querySelector('div[g_editable="true"]');
      return {
        inEditor: document.activeElement === editor,
        atEnd: selection?.focusNode?.textContent?.endsWith('by Friday.') === true && selection.focusOffset > 0,
      };
    });
    expect(caret).toEqual({ inEditor: true, atEnd: true });
    // The send Ctrl+Enter asked for is re-done by pressing Send, once.
    await page.keyboard.press('Control+Enter');
    await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toEqual(['send:mouse']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('holds Enter on the focused Send button and Schedule send', async () => {
    const { page } = await open(GMAIL, 'gmail-send.html');
    await page.locator('#send').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await dialog(page).getByRole('button', { name: 'Review' }).click();
    await clickAt(page, '#schedule');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toEqual(['schedule:mouse']);
    await page.close();
  });

  it('sends a clean draft at once, with no dialog', async () => {
    const { page } = await open(GMAIL, 'gmail-send.html');
    await replaceDraft(page, GMAIL_BODY, CLEAN);
    await clickAt(page, '#send');
    expect(await sends(page)).toEqual(['send:mouse']);
    expect(await dialog(page).count()).toBe(0);
    await page.keyboard.press('Control+Enter');
    expect(await sends(page)).toEqual(['send:mouse', 'shortcut']);
    // Sent right after typing risky words: checked first, then held.
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(' I guarantee the refund will reach you by Friday.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual(['send:mouse', 'shortcut']);
    await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toEqual(['send:mouse', 'shortcut', 'send:mouse']);
    await page.close();
  });
});

describe('the send gate in Outlook', () => {
  it('holds Send, Ctrl+Enter and Enter on Send on a risky draft; Send anyway sends exactly once', async () => {
    const { page, errors } = await open(OUTLOOK, 'outlook-send.html');
    await clickAt(page, '#send');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    await dialog(page).getByRole('button', { name: 'Review' }).click();
    await page.locator(OUTLOOK_BODY).click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Review' }).click();
    // A native button turns Enter into a click: held the same way.
    await page.locator('#send').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog(page).isVisible()).toBe(true);
    expect(await sends(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toEqual(['send:click']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends a clean draft at once, with no dialog', async () => {
    const { page } = await open(OUTLOOK, 'outlook-send.html');
    await replaceDraft(page, OUTLOOK_BODY, CLEAN);
    await clickAt(page, '#send');
    expect(await sends(page)).toEqual(['send:click']);
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });
});
