// The toolbar popup in real Chromium. popup.html is opened as a page, so `?tab=ID` names the tab
// it reads (from the toolbar it reads the active tab).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, draftReport, editorText } from './compose.ts';
import { type ExtensionSession, launchExtension, openExtensionPage, openFixture } from './harness.ts';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function openWithDraft(url: string, fixture: string) {
  const opened = await openFixture(session.context, url, fixture);
  await expect.poll(async () => (await draftReport(session, opened.page))?.findings.length ?? 0).toBeGreaterThan(0);
  return opened;
}

describe('the popup', () => {
  it("shows the Gmail draft's checklist, and Apply changes the draft", async () => {
    const { page } = await openWithDraft('https://mail.google.com/mail/u/0/#inbox', 'gmail-send.html');
    const report = await draftReport(session, page);
    const id = await activeTabId(session, page);
    // The toolbar badge counts the findings of the tab's active draft.
    const badge = () => session.serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), id);
    await expect.poll(badge).toBe(String(report?.findings.length));
    const popup = await openExtensionPage(session, `popup.html?tab=${id}`);
    // The checklist is up soon after the page starts (the issue asks 150 ms from the click on a
    // normal machine; this shared test machine gets a wide margin).
    await popup.page.getByRole('listitem', { name: /Promises only what you control/ }).waitFor();
    const shownAfter = await popup.page.evaluate(() => performance.now());
    console.info(`popup checklist shown ${Math.round(shownAfter)} ms after navigation start`);
    expect(shownAfter).toBeLessThan(2000);
    const overpromise = popup.page.getByRole('listitem', { name: /Promises only what you control/ });
    await expect.poll(() => overpromise.textContent()).toContain('I guarantee');
    expect(await overpromise.textContent()).toMatch(/\d+ to review/);
    // One line a category, with the number behind each.
    for (const item of report?.checklist ?? []) {
      const line = popup.page.getByRole('listitem', {
        name: new RegExp(item.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      });
      expect(await line.count()).toBe(1);
    }
    expect(await popup.page.getByText(/suggestions? before you send/).count()).toBe(1);

    await overpromise
      .getByRole('button', { name: /^Apply/ })
      .first()
      .click();
    await expect.poll(() => editorText(page, 'div[g_editable="true"]')).not.toContain('I guarantee');
    await expect.poll(() => popup.page.getByRole('status').textContent()).toContain('Changed in your draft');
    await expect.poll(() => overpromise.textContent()).not.toContain('I guarantee');
    await expect.poll(badge).toBe(String((report?.findings.length ?? 0) - 1 || ''));
    expect(popup.errors).toEqual([]);
    await popup.page.close();
    await page.close();
  });

  it('reads at 200% zoom without scrolling sideways', async () => {
    const { page } = await openWithDraft('https://mail.google.com/mail/u/0/#inbox', 'gmail-send.html');
    const popup = await openExtensionPage(session, `popup.html?tab=${await activeTabId(session, page)}`);
    const overpromise = popup.page.getByRole('listitem', { name: /Promises only what you control/ });
    await expect.poll(() => overpromise.textContent()).toContain('I guarantee');
    // Chrome caps a toolbar popup at 800 pixels wide: at 200% zoom that leaves 400 CSS pixels.
    await popup.page.setViewportSize({ width: 400, height: 600 });
    const overflow = await popup.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(
      await overpromise
        .getByRole('button', { name: /^Apply/ })
        .first()
        .isVisible(),
    ).toBe(true);
    expect(popup.errors).toEqual([]);
    await popup.page.close();
    await page.close();
  });

  it('shows the Outlook draft and a clear "ready to send" once it is clean', async () => {
    const { page } = await openWithDraft('https://outlook.office.com/mail/', 'outlook-send.html');
    const id = await activeTabId(session, page);
    const popup = await openExtensionPage(session, `popup.html?tab=${id}`);
    await expect.poll(() => popup.page.getByText(/suggestions? before you send/).count()).toBe(1);
    await popup.page.close();

    await page.locator('.compose-body').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('Thank you for your patience. I will send the corrected invoice by Friday at 3 pm.');
    await expect.poll(async () => (await draftReport(session, page))?.findings.length ?? -1).toBe(0);
    const clean = await openExtensionPage(session, `popup.html?tab=${id}`);
    await expect.poll(() => clean.page.getByText('Ready to send').count()).toBe(1);
    expect(clean.errors).toEqual([]);
    await clean.page.close();
    await page.close();
  });

  it('"Check this draft" off hides the findings and lets the draft send without a stop', async () => {
    await session.serviceWorker.evaluate(() =>
      chrome.storage.sync.set({ sendGate: { enabled: true, minSeverity: 'low' }, sendGate$: { v: 1 } }),
    );
    const { page } = await openWithDraft('https://mail.google.com/mail/u/0/#inbox', 'gmail-send.html');
    const id = await activeTabId(session, page);
    const popup = await openExtensionPage(session, `popup.html?tab=${id}`);
    await popup.page.getByRole('switch', { name: 'Check this draft' }).click();
    await expect.poll(() => popup.page.getByText(/off for this draft/).count()).toBe(1);
    await expect.poll(async () => (await draftReport(session, page))?.findings.length).toBe(0);
    await expect
      .poll(() => session.serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), id))
      .toBe('');
    await page.locator('div[g_editable="true"]').press('Control+Enter');
    expect(await page.evaluate(() => (window as unknown as { sends: string[] }).sends)).toEqual(['shortcut']);
    await session.serviceWorker.evaluate(() => chrome.storage.sync.remove(['sendGate', 'sendGate$']));
    await popup.page.close();
    await page.close();
  });

  it('explains itself and links to the options where there is no draft', async () => {
    const blank = await session.context.newPage();
    await blank.goto('about:blank');
    const id = await activeTabId(session, blank);
    const popup = await openExtensionPage(session, `popup.html?tab=${id}`);
    await expect.poll(() => popup.page.getByText(/^No draft here/).count()).toBe(1);
    expect(await popup.page.getByRole('link', { name: /^Settings/ }).count()).toBe(1);
    expect(popup.errors).toEqual([]);
    await popup.page.close();
    await blank.close();
  });
});
