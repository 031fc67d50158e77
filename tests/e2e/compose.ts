// What a user (or a test standing in for one) can see of Even Keel on a compose page.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { Report } from '../../src/engine/types.ts';
import { type ExtensionSession, fixturePath } from './harness.ts';

export interface Painted {
  name: string;
  text: string;
  /** Index of the editor holding the range among those `editors` matches, -1 when in none. */
  editor: number;
  /** Whether the range lies in quoted history or a signature. */
  inStop: boolean;
  connected: boolean;
}

const STOPS =
  '.gmail_quote, .gmail_signature, #appendonsend, #divRplyFwdMsg, #Signature, blockquote, [aria-label="Message body"]';

/** Every range in an `even-keel…` highlight, with where it is. */
export function painted(page: Page, editors: string): Promise<Painted[]> {
  return page.evaluate(
    ({ editors, stops }) => {
      const result: Painted[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('even-keel')) continue;
        for (const range of highlight as Highlight) {
          const element =
            range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
          const all = [...document.querySelectorAll(editors)];
          result.push({
            name,
            text: range.toString().replace(/\u00a0/g, ' '),
            editor: all.findIndex((editor) => editor.contains(range.startContainer)),
            inStop: Boolean(element?.closest(stops)),
            connected: range.startContainer.isConnected,
          });
        }
      }
      return result;
    },
    { editors, stops: STOPS },
  );
}

/** The findings the content script shows for the focused draft, asked the way the popup asks (active tab). */
export async function draftReport(session: ExtensionSession, page: Page): Promise<Report | null> {
  await page.bringToFront();
  return session.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    const response = await chrome.tabs.sendMessage(tab.id, { type: 'draft-report' });
    return (response as { report: Report | null }).report;
  });
}

export function statusButtons(page: Page): Locator {
  return page.getByRole('button', { name: /^Even Keel:/ });
}

/** Waits until the painted ranges satisfy `check` (checks run after a typing pause). */
export async function waitForPainted(
  page: Page,
  editors: string,
  check: (ranges: Painted[]) => boolean,
  timeout = 10_000,
): Promise<Painted[]> {
  const started = Date.now();
  for (;;) {
    const ranges = await painted(page, editors);
    if (check(ranges)) return ranges;
    if (Date.now() - started > timeout) throw new Error(`painted ranges never matched: ${JSON.stringify(ranges)}`);
    await page.waitForTimeout(50);
  }
}

/** The editor's markup exactly as the fixture file has it, to compare with the live editor. */
export async function fixtureEditorHtml(page: Page, fixture: string, selector: string): Promise<string> {
  const source = await readFile(fixturePath(fixture), 'utf8');
  return page.evaluate(
    ({ source, selector }) =>
      new DOMParser().parseFromString(source, 'text/html').querySelector(selector)?.innerHTML ?? '<missing>',
    { source, selector },
  );
}

/** Moves the mouse over the first painted range whose text is `text`, in `editor`. */
export async function hoverPainted(page: Page, editor: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ({ editor, text }) => {
      const root = document.querySelector(editor);
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('even-keel-') || name === 'even-keel-active') continue;
        for (const range of highlight as Highlight) {
          if (range.toString().replace(/\u00a0/g, ' ') !== text || !root?.contains(range.startContainer)) continue;
          const rect = (range as Range).getClientRects()[0];
          if (rect) return { x: rect.left + Math.min(4, rect.width / 2), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    { editor, text },
  );
  if (!point) throw new Error(`no painted "${text}" in ${editor}`);
  await page.mouse.move(point.x, point.y);
}

/** The text offset, in the editor's textContent, where the painted `text` starts. */
export function paintedOffset(page: Page, editor: string, text: string): Promise<number> {
  return page.evaluate(
    ({ editor, text }) => {
      const root = document.querySelector(editor) as Element;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('even-keel-')) continue;
        for (const range of highlight as Highlight) {
          if (range.toString().replace(/\u00a0/g, ' ') !== text || !root.contains(range.startContainer)) continue;
          const before = document.createRange();
          before.setStart(root, 0);
          before.setEnd(range.startContainer, range.startOffset);
          return before.toString().length;
        }
      }
      return -1;
    },
    { editor, text },
  );
}

export function editorText(page: Page, editor: string): Promise<string> {
  return page.$eval(editor, (element) =>
    (element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '')).replace(/\u00a0/g, ' '),
  );
}

/** The id of the tab showing `page`: the active one once it is in front (the worker cannot read webmail URLs). */
export async function activeTabId(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.serviceWorker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('no active tab');
  return id;
}
