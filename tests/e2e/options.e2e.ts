// The options page in real Chromium: what a user changes lands in storage.sync and reaches the
// background's checks, and a firm policy (Chromium's JSON policy files) locks what it sets.
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.ts';
import { draftReport } from './compose.ts';
import { EXTENSION_PATH, type ExtensionSession, launchExtension, openExtensionPage, openFixture } from './harness.ts';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `even-keel-e2e-${process.pid}.json`);
const POLICY = { sendGate: { enabled: true, minSeverity: 'medium' }, firmName: 'Policy & Partners' };

/**
 * Chromium names an unpacked extension after its directory: the first 32 hex digits of the
 * SHA-256 of the absolute path, spelled with the letters a–p. Knowing it before launch lets the
 * policy file name the extension without a `key` in the shipped manifest.
 */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

function writePolicy(extensionId: string): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: POLICY } } }));
    return true;
  } catch {
    return false;
  }
}

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

let session: ExtensionSession;
let page: Page;
let errors: string[];
const expectedId = unpackedExtensionId(EXTENSION_PATH);
// Written while the tests are collected, so a machine where it cannot be (not root) skips the
// policy tests visibly instead of failing everything. Chromium watches the directory, so the file
// stays only as long as this file's tests run.
const policyWritten = writePolicy(expectedId);

beforeAll(async () => {
  session = await launchExtension();
  if (policyWritten) {
    // Chromium loads an extension's policy a moment after the extension itself.
    const deadline = Date.now() + 15_000;
    while (Object.keys(await session.serviceWorker.evaluate(() => chrome.storage.managed.get())).length === 0) {
      if (Date.now() > deadline) throw new Error('Chromium never applied the test policy');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  ({ page, errors } = await openExtensionPage(session, 'options.html'));
  await page.getByRole('heading', { level: 1, name: 'Even Keel settings' }).waitFor();
});

afterAll(async () => {
  removePolicy();
  await session?.close();
});

function stored<T>(key: string): Promise<T | undefined> {
  return session.serviceWorker.evaluate(
    async (name) => (await chrome.storage.sync.get(name))[name] as unknown,
    key,
  ) as Promise<T | undefined>;
}

/** Asks the background for a report the way the content script does (runtime message from our own page). */
function analyze(text: string, sentAtLocal?: string): Promise<Report> {
  return page.evaluate(
    async ({ text, sentAtLocal }) => {
      const response = (await chrome.runtime.sendMessage({ type: 'analyze', text, sentAtLocal })) as {
        ok: boolean;
        report: Report;
      };
      if (!response.ok) throw new Error('analyze failed');
      return response.report;
    },
    { text, sentAtLocal },
  );
}

describe('the options page', () => {
  it('belongs to the extension id the policy file named', () => {
    expect(session.extensionId).toBe(expectedId);
  });

  it('saves changed office hours to storage.sync', async () => {
    const wednesday = page.getByRole('group', { name: 'Wednesday' });
    await wednesday.getByLabel('Closes').fill('16:15');
    await expect
      .poll(async () => (await stored<{ week: Record<string, unknown> }>('officeHours'))?.week.wed)
      .toEqual([{ start: '09:00', end: '16:15' }]);
    await wednesday.getByRole('button', { name: 'Add hours on Wednesday' }).click();
    await expect
      .poll(async () => (await stored<{ week: Record<string, unknown> }>('officeHours'))?.week.wed)
      .toEqual([
        { start: '09:00', end: '16:15' },
        { start: '17:15', end: '20:15' },
      ]);
    await page.getByLabel('Closed on').fill('2026-12-25');
    await page.getByRole('region', { name: 'Office hours' }).getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(async () => (await stored<{ closedDates: string[] }>('officeHours'))?.closedDates)
      .toEqual(['2026-12-25']);
    await expect
      .poll(() => page.getByTestId('now-line').textContent())
      .toMatch(/^Now: (open until|closed — next opening)/);
  });

  it('adds a firm phrase', async () => {
    const region = page.getByRole('region', { name: "Your firm's phrases" });
    await region.getByLabel('Phrase', { exact: true }).fill('going forward');
    await region.getByLabel('Kind of problem').selectOption('escalation');
    await region.getByLabel('Message shown with it').fill('Corporate jargon; say when.');
    await region.getByLabel('Suggested alternatives').fill('From now on');
    await region.getByRole('button', { name: 'Add phrase' }).click();
    await expect
      .poll(() => stored('customPhrases'))
      .toEqual([
        {
          phrase: 'going forward',
          category: 'escalation',
          message: 'Corporate jargon; say when.',
          alternatives: ['From now on'],
        },
      ]);
    await expect.poll(() => region.getByText('“going forward”').count()).toBe(1);
  });

  it('switches a rule off for every check the background makes', async () => {
    const draft = "Thanks for your patience. We'll get the final order to you soon.";
    const before = await analyze(draft);
    expect(before.findings.map((finding) => finding.rule)).toContain('vague-timeline');
    const rule = page.locator('li.rule').filter({ has: page.getByRole('heading', { name: /vague-timeline/ }) });
    await rule.getByRole('switch', { name: 'Check for this' }).click();
    await expect.poll(() => stored('disabledRules')).toEqual(['vague-timeline']);
    const after = await analyze(draft);
    expect(after.findings.map((finding) => finding.rule)).not.toContain('vague-timeline');
  });

  it('is usable from the keyboard: Space picks a language', async () => {
    const language = page.getByRole('radio', { name: 'Portuguese' });
    await language.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => stored('language')).toBe('pt');
  });

  it('reads at 200% zoom without scrolling sideways', async () => {
    // Half the width at the same size is what 200% zoom of a 1280-pixel window leaves.
    await page.setViewportSize({ width: 640, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('raised no errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('a firm policy', () => {
  it.skipIf(!policyWritten)('locks what the administrator set and shows it as set by the organization', async () => {
    const gate = page.getByRole('switch', { name: 'Stop me before sending' });
    await expect.poll(() => gate.isDisabled()).toBe(true);
    expect(await gate.isChecked()).toBe(true);
    const firm = page.getByLabel('Firm name');
    expect(await firm.isDisabled()).toBe(true);
    expect(await firm.inputValue()).toBe('Policy & Partners');
    expect(await page.getByText('Set by your organization').count()).toBeGreaterThanOrEqual(2);
    expect(await session.serviceWorker.evaluate(() => chrome.storage.managed.get())).toEqual(POLICY);
    // What the policy does not set stays the user's to change.
    expect(await page.getByLabel('Urgent contact (phone or address)').isDisabled()).toBe(false);
  });
});

describe('the checks in webmail', () => {
  /** Types `draft` into the Gmail fixture's reply and waits for the background to report `rule`. */
  async function findingInGmail(draft: string, rule: string) {
    const { page: gmail, errors: gmailErrors } = await openFixture(
      session.context,
      'https://mail.google.com/mail/u/0/#inbox',
      'gmail-compose.html',
    );
    await gmail.locator('#inline [g_editable]').click();
    await gmail.keyboard.press('Control+A');
    await gmail.keyboard.type(draft);
    let finding: Report['findings'][number] | undefined;
    await expect
      .poll(
        async () => {
          finding = (await draftReport(session, gmail))?.findings.find((item) => item.rule === rule);
          return finding !== undefined;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    return { finding, gmail, gmailErrors };
  }

  /** A zone where it is between 01:00 and 06:00 now: outside any hours the tests above left. */
  function nightZone(): string {
    const zones = [
      // UTC+0 all year; the select offers IANA zones only (`Intl.supportedValuesOf`), not 'UTC'.
      'Africa/Abidjan',
      'Asia/Dubai',
      'Asia/Bangkok',
      'Asia/Tokyo',
      'Pacific/Auckland',
      'America/Anchorage',
      'America/Los_Angeles',
      'America/Chicago',
      'America/Sao_Paulo',
      'Atlantic/Azores',
    ];
    const hour = (zone: string) =>
      Number(
        new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(new Date()),
      );
    const zone = zones.find((candidate) => hour(candidate) >= 1 && hour(candidate) < 6);
    if (!zone) throw new Error('no zone in the list is at night now');
    return zone;
  }

  it('puts the firm wording, filled in, into the out-of-hours suggestion in a Gmail draft', async () => {
    await page.bringToFront();
    await page.getByLabel('The hours above are in').selectOption(nightZone());
    await page.getByRole('radio', { name: 'English' }).check();
    const urgent = page.getByLabel('Urgent contact (phone or address)');
    await urgent.fill('+44 20 7946 0000');
    await urgent.blur();
    const wording = page.getByLabel('In English');
    await wording.fill(
      '{firm} is closed for the night; we will answer {nextOpening}. Urgent matters: {urgentContact}.',
    );
    await wording.blur();
    await expect
      .poll(() => stored<{ en: string }>('wording').then((value) => value?.en))
      .toContain('closed for the night');
    await expect.poll(() => stored('language')).toBe('en');

    const { finding, gmail, gmailErrors } = await findingInGmail(
      "Thanks for the figures. We'll go through them together and get the return filed.",
      'out-of-hours',
    );
    const inserted = finding?.suggestions[0]?.edits.map((edit) => edit.text).join('') ?? '';
    const firm = policyWritten ? POLICY.firmName : 'our office';
    expect(inserted).toMatch(
      new RegExp(`${firm} is closed for the night; we will answer [^{}]+\\. Urgent matters: \\+44 20 7946 0000\\.`),
    );
    expect(gmailErrors).toEqual([]);
    await gmail.close();
  });

  it('flags the firm phrase added above in a Gmail draft, with the firm message and alternative', async () => {
    const { finding, gmail, gmailErrors } = await findingInGmail(
      'Going forward, the signed forms will come to you by post.',
      'firm-phrase',
    );
    expect(finding?.text).toBe('Going forward');
    expect(finding?.message).toBe('Corporate jargon; say when.');
    expect(finding?.suggestions[0]?.edits.map((edit) => edit.text)).toEqual(['From now on']);
    expect(gmailErrors).toEqual([]);
    await gmail.close();
  });
});

describe('withdrawing the policy', () => {
  it.skipIf(!policyWritten)('unlocks the fields as soon as the administrator withdraws the policy', async () => {
    removePolicy();
    await expect
      .poll(() => page.getByRole('switch', { name: 'Stop me before sending' }).isDisabled(), { timeout: 20_000 })
      .toBe(false);
    expect(await page.getByLabel('Firm name').isDisabled()).toBe(false);
    expect(await page.getByText('Set by your organization').count()).toBe(0);
  });
});
