// The privacy promise, proven in real Chromium: a whole working session (settings, Gmail and
// Outlook drafts typed, suggestions applied from the hint card and the popup, the send gate) makes
// no request beyond the fixture pages themselves, from any context of the extension, and leaves no
// fragment of the drafts in any storage the extension (or the page) can write, nor in any log.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, draftReport, editorText, hoverPainted, waitForPainted } from './compose.ts';
import { type ExtensionSession, launchExtension, openExtensionPage, openFixture } from './harness.ts';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const GMAIL_BODY = 'div[g_editable="true"]';
const OUTLOOK = 'https://outlook.office.com/mail/deeplink/compose';
const OUTLOOK_BODY = '.compose-body';

/** Words no fixture, lexicon or message holds: finding one anywhere means draft text got there. */
const SECRETS = ['Zephyrine', 'Quillfeather', 'Marblewick', 'Thistledown', 'Brackenbury'];
const GMAIL_TYPED = ' Dear Zephyrine Quillfeather, the Marblewick refund will be sorted soon.';
const OUTLOOK_TYPED = ' Thistledown matter: as I already explained, Brackenbury will call me anytime.';
/** Words of the fixtures' own drafts, which the extension read too. */
const FIXTURE_DRAFT = ['refund will reach your account', 'corrected invoice will reach you'];

interface Recorded {
  url: string;
  from: string;
}

let session: ExtensionSession;
const requests: Recorded[] = [];
const logs: string[] = [];
/** Every page URL a fixture was served at (path and query as requested, hash dropped). */
const served = new Set<string>();

function origin(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return `page ${request.frame().url()}`;
  } catch {
    return 'page (unknown)';
  }
}

beforeAll(async () => {
  session = await launchExtension();
  // Everything from here on: page loads, subresources, fetches from pages, content scripts (they
  // run in the page's network context), extension pages and the service worker.
  session.context.on('request', (request) => requests.push({ url: request.url(), from: origin(request) }));
  session.context.on('console', (message) => logs.push(message.text()));
  session.serviceWorker.on('console', (message) => logs.push(message.text()));
});
afterAll(async () => {
  await session?.close();
});

async function open(url: string, fixture: string) {
  served.add(url.replace(/#.*$/, ''));
  const opened = await openFixture(session.context, url, fixture);
  opened.page.on('console', (message) => logs.push(message.text()));
  return opened;
}

async function typeAtEnd(page: Page, body: string, text: string) {
  await page.locator(body).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

/** The resource entries an extension context recorded: a second witness beside the CDP events. */
function resourcesOf(target: Pick<Page, 'evaluate'>): Promise<string[]> {
  return target.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
}

describe('a whole session with Even Keel', () => {
  const pageErrors: string[] = [];

  it('the options page: the send gate switched off and on, as a user would', async () => {
    const { page, errors } = await openExtensionPage(session, 'options.html');
    await page.getByRole('heading', { level: 1, name: 'Even Keel settings' }).waitFor();
    const gate = page.getByRole('switch', { name: 'Stop me before sending' });
    // Off, then on again: two writes of the settings, whatever the default is.
    await expect.poll(() => gate.isEnabled()).toBe(true);
    const initially = await gate.isChecked();
    await gate.click();
    await expect.poll(() => gate.isChecked()).toBe(!initially);
    if (!initially) {
      await gate.click();
      await expect.poll(() => gate.isChecked()).toBe(false);
    }
    await gate.click();
    await expect.poll(() => gate.isChecked()).toBe(true);
    await expect
      .poll(() => session.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('sendGate')).sendGate))
      .toMatchObject({ enabled: true });
    pageErrors.push(...errors);
  });

  it('Gmail: typing, a suggestion applied from the hint card, the popup and the send gate', async () => {
    const { page, errors } = await open(GMAIL, 'gmail-send.html');
    await waitForPainted(page, GMAIL_BODY, (ranges) => ranges.length > 0);
    await typeAtEnd(page, GMAIL_BODY, GMAIL_TYPED);
    await waitForPainted(page, GMAIL_BODY, (ranges) => ranges.some((range) => range.text === 'soon'));

    await hoverPainted(page, GMAIL_BODY, 'soon');
    const card = page.getByRole('dialog', { name: /./ }).filter({ has: page.locator('button.apply') });
    await card.locator('button.apply').first().click();
    await expect.poll(() => editorText(page, GMAIL_BODY)).not.toMatch(/sorted soon\./);
    expect(await editorText(page, GMAIL_BODY)).toContain('Marblewick');

    // The send gate holds the risky draft; the user sends anyway.
    await expect.poll(async () => (await draftReport(session, page))?.findings.length ?? 0).toBeGreaterThan(0);
    const box = await page.locator('#send').boundingBox();
    if (!box) throw new Error('no Send button');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const gate = page.getByRole('dialog', { name: /^Even Keel/ });
    await expect.poll(() => gate.isVisible()).toBe(true);
    await gate.getByRole('button', { name: 'Send anyway' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { sends: string[] }).sends))
      .toEqual(['send:mouse']);

    // The popup shows the draft's checklist and applies a suggestion to it.
    const popup = await openExtensionPage(session, `popup.html?tab=${await activeTabId(session, page)}`);
    const apply = popup.page.getByRole('button', { name: /^Apply/ }).first();
    await apply.waitFor();
    const before = await editorText(page, GMAIL_BODY);
    await apply.click();
    await expect.poll(() => editorText(page, GMAIL_BODY)).not.toBe(before);
    pageErrors.push(...errors, ...popup.errors);
    // The popup's own requests are its package files; kept to compare with the recorded events.
    expect(
      (await resourcesOf(popup.page)).every((url) => url.startsWith(`chrome-extension://${session.extensionId}/`)),
    ).toBe(true);
    await popup.page.close();
  });

  it('Outlook: typing and a suggestion applied', async () => {
    const { page, errors } = await open(OUTLOOK, 'outlook-send.html');
    await waitForPainted(page, OUTLOOK_BODY, (ranges) => ranges.length > 0);
    await typeAtEnd(page, OUTLOOK_BODY, OUTLOOK_TYPED);
    await waitForPainted(page, OUTLOOK_BODY, (ranges) => ranges.some((range) => range.text === 'call me anytime'));
    await hoverPainted(page, OUTLOOK_BODY, 'call me anytime');
    const card = page.getByRole('dialog', { name: /./ }).filter({ has: page.locator('button.apply') });
    await card.locator('button.apply').first().click();
    await expect.poll(() => editorText(page, OUTLOOK_BODY)).not.toContain('call me anytime');
    expect(await editorText(page, OUTLOOK_BODY)).toContain('Brackenbury');
    pageErrors.push(...errors);
  });

  it('raised no errors anywhere', () => {
    expect(pageErrors).toEqual([]);
  });

  it('made no request beyond the fixture pages, from any context', async () => {
    const own = `chrome-extension://${session.extensionId}/`;
    const foreign = requests.filter(({ url }) => {
      if (url.startsWith(own)) return false;
      const parsed = new URL(url);
      return !served.has(`${parsed.origin}${parsed.pathname}${parsed.search}`);
    });
    expect(foreign).toEqual([]);
    // The fixture pages were recorded, so the recorder saw this session's traffic.
    expect(requests.some(({ url }) => url.startsWith('https://mail.google.com/'))).toBe(true);
    // The service worker, the busiest context, fetched nothing at all: not even its own files
    // after start-up (the engine is bundled in).
    expect(requests.filter(({ from }) => from.startsWith('service worker'))).toEqual([]);
    expect(await resourcesOf(session.serviceWorker)).toEqual([]);
  });

  it('stored no fragment of any draft: not in storage.local, sync, session, IndexedDB, Cache Storage or the page', async () => {
    const dump = await session.serviceWorker.evaluate(async () => {
      const databases: Record<string, unknown> = {};
      for (const { name } of await indexedDB.databases()) {
        if (!name) continue;
        databases[name] = await new Promise((resolve) => {
          const open = indexedDB.open(name);
          open.onsuccess = async () => {
            const db = open.result;
            const stores: Record<string, unknown> = {};
            for (const store of db.objectStoreNames) {
              stores[store] = await new Promise((done) => {
                const all = db.transaction(store).objectStore(store).getAll();
                all.onsuccess = () => done(all.result);
                all.onerror = () => done(String(all.error));
              });
            }
            db.close();
            resolve(stores);
          };
          open.onerror = () => resolve(String(open.error));
        });
      }
      const caches: Record<string, string[]> = {};
      for (const key of await self.caches.keys()) {
        caches[key] = (await (await self.caches.open(key)).keys()).map((request) => request.url);
      }
      return {
        local: await chrome.storage.local.get(null),
        sync: await chrome.storage.sync.get(null),
        session: await chrome.storage.session.get(null),
        databases,
        caches,
      };
    });
    // The settings the user changed are there: the dump read the real areas.
    expect(JSON.stringify(dump.sync)).toContain('sendGate');
    const options = await openExtensionPage(session, 'options.html');
    const pageStorage = await options.page.evaluate(() => ({
      localStorage: { ...localStorage },
      sessionStorage: { ...sessionStorage },
    }));
    await options.page.close();
    // The webmail pages' own storage: the fixtures never write any, so anything there is ours.
    const webmail: unknown[] = [];
    for (const page of session.context.pages()) {
      if (!page.url().startsWith('https://')) continue;
      webmail.push(
        await page.evaluate(() => ({
          local: { ...localStorage },
          session: { ...sessionStorage },
          cookie: document.cookie,
        })),
      );
    }
    const everything = JSON.stringify({ dump, pageStorage, webmail });
    for (const fragment of [...SECRETS, ...FIXTURE_DRAFT]) expect(everything).not.toContain(fragment);
  });

  it('logged no fragment of any draft', () => {
    const all = logs.join('\n');
    for (const fragment of [...SECRETS, ...FIXTURE_DRAFT]) expect(all).not.toContain(fragment);
  });

  it('(control) the recorder does see a request made by the service worker or a page', async () => {
    const seen = requests.length;
    await session.serviceWorker.evaluate(() => fetch('https://control.invalid/worker').catch(() => null));
    const [page] = session.context.pages().filter((candidate) => candidate.url().startsWith('https://'));
    await page?.evaluate(() => fetch('https://control.invalid/page').catch(() => null));
    await expect
      .poll(() => requests.slice(seen).map(({ url, from }) => `${from.split(' ')[0]} ${url}`))
      .toEqual(expect.arrayContaining(['service https://control.invalid/worker', 'page https://control.invalid/page']));
    await expect.poll(() => resourcesOf(session.serviceWorker)).toContain('https://control.invalid/worker');
  });
});
