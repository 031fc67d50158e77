// What a Gmail page loads of Even Keel at start: only the small watcher, until a compose window
// opens; then the background starts the compose script in that page, once.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WATCH_FILES } from '../../src/mail/content-scripts.ts';
import { activeTabId, statusButtons, waitForPainted } from './compose.ts';
import { type ExtensionSession, launchExtension, openExtensionPage, serveFixture } from './harness.ts';

const INBOX_URL = 'https://mail.google.com/mail/u/0/?inbox#inbox';
const EDITORS = '[g_editable="true"]';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Every script of ours the page has compiled (content scripts included), in order, by path. */
async function recordOurScripts(page: Page): Promise<string[]> {
  const cdp = await session.context.newCDPSession(page);
  const scripts: string[] = [];
  const prefix = `chrome-extension://${session.extensionId}/`;
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(prefix)) scripts.push(url.slice(prefix.length));
  });
  await cdp.send('Debugger.enable');
  return scripts;
}

describe('a Gmail inbox with no compose window open', () => {
  let page: Page;
  let scripts: string[];
  const errors: string[] = [];

  beforeAll(async () => {
    await serveFixture(session.context, INBOX_URL, 'gmail-compose.html');
    page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    scripts = await recordOurScripts(page);
    await page.goto(INBOX_URL);
  });

  it('runs only the watcher, and the popup says there is no draft here', async () => {
    // Compiled once or twice: a fresh profile's install event can start a second watcher in a tab
    // that was loading meanwhile (it stops at once, seeing the first).
    await expect.poll(() => new Set(scripts)).toEqual(new Set(WATCH_FILES.js));
    const id = await activeTabId(session, page);
    const popup = await openExtensionPage(session, `popup.html?tab=${id}`);
    await expect.poll(() => popup.page.getByText(/^No draft here/).count()).toBe(1);
    expect(popup.errors).toEqual([]);
    await popup.page.close();
    // A change in the page makes the watcher look again (after its short settle delay): still
    // no compose window, so nothing more.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(400);
    expect(new Set(scripts)).toEqual(new Set(WATCH_FILES.js));
    expect(await page.locator('even-keel-ui').count()).toBe(0);
  });

  it('starts the compose script once a compose window opens, and checks what is in it', async () => {
    await page.click('#compose');
    await waitForPainted(page, EDITORS, (ranges) => ranges.some((range) => range.text === 'in due course'));
    await expect.poll(() => statusButtons(page).count()).toBe(1);
    expect(scripts.filter((script) => script.endsWith('compose.js'))).toHaveLength(1);
  });

  it('does not start it again: a second compose window is followed by the same script', async () => {
    await page.click('#compose');
    await expect.poll(() => statusButtons(page).count()).toBe(2);
    expect(scripts.filter((script) => script.endsWith('compose.js'))).toHaveLength(1);
  });

  it('starts it only once per page even when asked again, as a second watcher would', async () => {
    const tabId = await activeTabId(session, page);
    // A watcher re-started in the page (after an update, or by a site grant) asks from the page's
    // content-script world, exactly as this does.
    const answers = await session.serviceWorker.evaluate(
      (tabId) =>
        chrome.scripting.executeScript({
          target: { tabId },
          func: () =>
            Promise.all([
              chrome.runtime.sendMessage({ type: 'start-compose' }),
              chrome.runtime.sendMessage({ type: 'start-compose' }),
            ]),
        }),
      tabId,
    );
    expect(answers[0]?.result).toEqual([true, true]);
    await page.waitForTimeout(300);
    expect(scripts.filter((script) => script.endsWith('compose.js'))).toHaveLength(1);
    expect(await page.locator('even-keel-ui').count()).toBe(1);
    await expect.poll(() => statusButtons(page).count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
