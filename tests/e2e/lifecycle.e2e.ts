import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusButtons, waitForPainted } from './compose.ts';
import { type ExtensionSession, launchExtension, openFixture } from './harness.ts';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('when the extension is updated or disabled', () => {
  it('the old content script removes its underlines and buttons and stops', async () => {
    const { page, errors } = await openFixture(
      session.context,
      'https://mail.google.com/mail/u/0/#inbox/FMfcg',
      'gmail-inline-reply.html',
    );
    await waitForPainted(page, '[g_editable="true"]', (ranges) => ranges.length > 0);
    await expect.poll(() => statusButtons(page).count()).toBe(1);
    // The old scripts are orphaned. Outside developer mode (the harness's default) Chromium brings
    // a reloaded unpacked extension back disabled, so this is the extension disabled under an open
    // page: nothing takes over. robustness.e2e.ts covers the reload that comes back, as an update does.
    await session.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await expect
      .poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('even-keel'))), {
        timeout: 10_000,
      })
      .toEqual([]);
    await expect.poll(() => page.locator('even-keel-ui').count()).toBe(0);
    // Typing after that changes nothing of ours and raises nothing.
    await page.focus('[g_editable="true"]');
    await page.keyboard.type(' More words soon.');
    await page.waitForTimeout(400);
    expect(await page.locator('even-keel-ui').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
