import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Nothing of ours inside any editor, and our one overlay host outside them. */
export async function expectNothingOfOursInEditors(page: Page, editors: string): Promise<void> {
  const found = await page.evaluate((editors) => {
    const inside = [...document.querySelectorAll(editors)].flatMap((editor) => [
      ...editor.querySelectorAll('even-keel-ui, [class*="even-keel"], [id*="even-keel"], [data-even-keel]'),
    ]);
    const hosts = [...document.querySelectorAll('even-keel-ui')];
    return { inside: inside.length, hosts: hosts.length, hostParent: hosts[0]?.parentElement?.tagName ?? null };
  }, editors);
  expect(found.inside).toBe(0);
  expect(found.hosts).toBe(1);
  expect(found.hostParent).toBe('HTML');
}
