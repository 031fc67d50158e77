import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WATCH_FILES } from '../../src/mail/content-scripts.ts';
import { expectNothingOfOursInEditors } from './assertions.ts';
import { draftReport, statusButtons, waitForPainted } from './compose.ts';
import { type ExtensionSession, launchExtension, openFixture } from './harness.ts';

const DESK = 'https://desk.example.org';
const CRM = 'https://crm.example.net';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ grantOrigins: [`${DESK}/*`, `${CRM}/*`] });
});
afterAll(async () => {
  await session?.close();
});

/** The positioned underlines a textarea gets (its text cannot hold a Range). */
function boxes(page: Page) {
  return page.locator('even-keel-ui').evaluate((host) =>
    [...(host.shadowRoot?.querySelectorAll('.mark') ?? [])].map((mark) => {
      const rect = mark.getBoundingClientRect();
      return { x: rect.left + 3, y: rect.top + rect.height / 2, width: rect.width };
    }),
  );
}

function textarea(page: Page) {
  return page.$eval('#reply', (element) => {
    const area = element as HTMLTextAreaElement;
    return { value: area.value, start: area.selectionStart, end: area.selectionEnd };
  });
}

describe('sites the user enabled', () => {
  it('registers the watcher for the granted origins only', async () => {
    // The background registers it once it has started and read the granted permissions.
    await expect
      .poll(async () => {
        const scripts = await session.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
        return scripts.map((script) => [script.js, script.matches?.sort()]);
      })
      .toEqual([[WATCH_FILES.js, [`${CRM}/*`, `${DESK}/*`]]]);
  });

  it('underlines a plain textarea with positioned boxes, applies and undoes a suggestion', async () => {
    const { page, errors } = await openFixture(session.context, `${DESK}/tickets/4411`, 'textarea.html');
    await expect.poll(async () => (await boxes(page)).length).toBeGreaterThan(0);
    const report = await draftReport(session, page);
    const spans = report?.findings.filter((finding) => finding.start !== undefined) ?? [];
    expect((await boxes(page)).length).toBe(spans.length);
    await expect.poll(() => statusButtons(page).count()).toBe(1);

    const before = (await textarea(page)).value;
    const [box] = await boxes(page);
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0);
    const apply = page.getByRole('dialog').locator('button.apply').first();
    const replacement = (await apply.locator('.replacement').textContent()) ?? '';
    const finding = spans[0];
    await apply.click();
    await expect
      .poll(async () => (await textarea(page)).value)
      .toBe(before.slice(0, finding?.start) + replacement + before.slice(finding?.end));
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await textarea(page)).value).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps exactly the typed text in a textarea, caret at the end', async () => {
    const { page, errors } = await openFixture(session.context, `${DESK}/tickets/4412`, 'textarea.html');
    await expect.poll(async () => (await boxes(page)).length).toBeGreaterThan(0);
    await page.focus('#reply');
    await page.keyboard.press('Control+End');
    const before = (await textarea(page)).value;
    const typed = ' We will be in touch soon, in the coming days, and at some point it will be done.'
      .repeat(7)
      .slice(0, 500);
    for (let index = 0; index < typed.length; index += 50) {
      await page.keyboard.type(typed.slice(index, index + 50), { delay: 4 });
      await page.waitForTimeout(index % 150 === 0 ? 400 : 60);
    }
    const after = await textarea(page);
    expect(after.value).toBe(before + typed);
    expect(after.start).toBe(after.value.length);
    expect(after.end).toBe(after.value.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the underlines and the status button with scrolling and resizing', async () => {
    const { page, errors } = await openFixture(session.context, `${DESK}/tickets/4413`, 'textarea.html');
    await expect.poll(async () => (await boxes(page)).length).toBeGreaterThan(0);
    const button = statusButtons(page);
    const [first] = await boxes(page);
    const buttonBefore = await button.boundingBox();
    // The textarea's own scroll: its text moves up by what it scrolled, and so do the underlines.
    await page.$eval('#reply', (element) => {
      const area = element as HTMLTextAreaElement;
      area.value = `${area.value}${'\nMore notes.'.repeat(40)}`;
      area.scrollTop = 20;
      area.dispatchEvent(new Event('scroll'));
    });
    await expect.poll(async () => (await boxes(page))[0]?.y).toBeCloseTo((first?.y ?? 0) - 20, 0);
    // A narrower window re-wraps nothing here but moves the textarea: the button follows its corner.
    await page.setViewportSize({ width: 900, height: 500 });
    await page.$eval('#reply', (element) => {
      (element as HTMLElement).style.marginLeft = '120px';
    });
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await expect.poll(async () => (await button.boundingBox())?.x).toBeCloseTo((buttonBefore?.x ?? 0) + 120, 0);
    expect(errors).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.close();
  });

  it('underlines a contenteditable editor, not its quoted part or the rest of the page', async () => {
    const { page, errors } = await openFixture(session.context, `${CRM}/cases/2291`, 'contenteditable.html');
    const ranges = await waitForPainted(page, '.editor', (ranges) => ranges.length > 0);
    expect(ranges.every((range) => range.editor === 0 && !range.inStop)).toBe(true);
    expect(ranges.map((range) => range.text)).toContain('in the near future');
    await expect.poll(() => statusButtons(page).count()).toBe(1);
    await expectNothingOfOursInEditors(page, '.editor');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not run on a site the user has not enabled', async () => {
    const { page } = await openFixture(session.context, 'https://elsewhere.example.com/reply', 'textarea.html');
    // Give a content script every chance to start; then none of ours may be in the page.
    await page.waitForLoadState('load');
    await page.waitForTimeout(800);
    expect(await page.locator('even-keel-ui').count()).toBe(0);
    await page.close();
  });
});
