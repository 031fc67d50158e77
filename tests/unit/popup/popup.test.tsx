// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../src/engine/index.ts';
import type { Report } from '../../../src/engine/types.ts';
import { loadSettings } from '../../../src/settings/storage.ts';
import { PopupApp } from '../../../src/ui/popup/App.tsx';
import { installI18n } from '../options/i18n-fake.ts';

const RISKY = analyze({ text: 'Hi Sam,\n\nI guarantee the refund will reach you by Friday.' });
const CLEAN = analyze({
  text: 'Hi Sam,\n\nThank you for your patience. I will send the corrected invoice by Friday at 3 pm.',
});

/** A tab at `url` whose content script answers with `answer` (or none that answers, when undefined). */
function tab(url: string, answer: ((message: { type: string }) => unknown) | undefined) {
  fakeBrowser.tabs.query = (async () => [{ id: 7, url }]) as unknown as typeof fakeBrowser.tabs.query;
  const sendMessage = vi.fn(async (_id: number, message: { type: string }) => {
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer(message);
  });
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  return sendMessage;
}

beforeEach(() => {
  fakeBrowser.reset();
  installI18n('en');
  fakeBrowser.permissions.getAll = (async () => ({
    origins: [],
    permissions: [],
  })) as typeof fakeBrowser.permissions.getAll;
});
afterEach(() => cleanup());

describe('the popup', () => {
  it('shows one line a category with its count, and the best rewrite under each unticked one', async () => {
    tab('https://mail.google.com/mail/u/0/', () => ({ report: RISKY }));
    render(<PopupApp search="" />);
    const line = await screen.findByRole('listitem', { name: /Promises only what you control/ });
    expect(line.textContent).toMatch(/1 to review|\d+ to review/);
    expect(within(line).getByText('I guarantee', { exact: false })).toBeTruthy();
    expect(within(line).getByRole('button', { name: /^Apply/ })).toBeTruthy();
    expect(screen.getAllByRole('listitem', { name: /./ }).length).toBeGreaterThanOrEqual(5);
    expect(screen.getByText(/before you send/)).toBeTruthy();
  });

  it('applies a rewrite in the page and shows the draft as it is then', async () => {
    const send = tab('https://mail.google.com/mail/u/0/', (message) =>
      message.type === 'apply' ? { applied: true, report: CLEAN } : { report: RISKY },
    );
    render(<PopupApp search="" />);
    const line = await screen.findByRole('listitem', { name: /Promises only what you control/ });
    fireEvent.click(within(line).getByRole('button', { name: /^Apply/ }));
    await screen.findByText('Ready to send: nothing to change.');
    expect(screen.getByRole('status').textContent).toContain('Undo there with Ctrl+Z');
    const guarantee = RISKY.findings.find((finding) => finding.category === 'overpromise');
    expect(send).toHaveBeenCalledWith(7, {
      type: 'apply',
      rule: guarantee?.rule,
      start: guarantee?.start,
      end: guarantee?.end,
      suggestion: 0,
    });
  });

  it('reads the tab named by ?tab= when opened as a page', async () => {
    tab('https://mail.google.com/', () => ({ report: CLEAN }));
    fakeBrowser.tabs.get = (async (id: number) => ({
      id,
      url: 'https://outlook.office.com/mail/',
    })) as unknown as typeof fakeBrowser.tabs.get;
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    render(<PopupApp search="?tab=42" />);
    await screen.findByText('Ready to send: nothing to change.');
    expect(query).not.toHaveBeenCalled();
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'draft-report' });
  });

  it('turns Even Keel off for this draft and on again', async () => {
    let muted = false;
    const send = tab('https://mail.google.com/', (message) => {
      if (message.type === 'mute') muted = (message as unknown as { muted: boolean }).muted;
      return { report: muted ? { ...RISKY, findings: [] } : RISKY, muted };
    });
    render(<PopupApp search="" />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Check this draft' }));
    await screen.findByText(/off for this draft/);
    expect(send).toHaveBeenCalledWith(7, { type: 'mute', muted: true });
    expect((screen.getByRole('switch', { name: 'Check this draft' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('switch', { name: 'Check this draft' }));
    await screen.findByRole('listitem', { name: /Promises only what you control/ });
    expect(send).toHaveBeenLastCalledWith(7, { type: 'mute', muted: false });
  });

  it('explains itself where there is no draft', async () => {
    tab('https://mail.google.com/mail/u/0/', () => ({ report: null }));
    render(<PopupApp search="" />);
    await screen.findByText(/^No draft here/);
    expect(screen.getByRole('link', { name: /^Settings/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enable on this site' })).toBeNull();
  });

  it('offers to enable a site Even Keel does not run on, and reads the draft once it starts', async () => {
    let started = false;
    const send = tab('https://mail.example.com/inbox', () => {
      if (!started) throw new Error('no receiver');
      return { report: RISKY };
    });
    fakeBrowser.permissions.request = vi.fn(async () => {
      started = true;
      return true;
    }) as typeof fakeBrowser.permissions.request;
    render(<PopupApp search="" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));
    await screen.findByRole('listitem', { name: /Promises only what you control/ });
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://mail.example.com/*'] });
    expect((await loadSettings()).settings.sites).toContain('https://mail.example.com');
    expect(send.mock.calls.length).toBeGreaterThan(1);
  });

  it('says so when the browser refuses the site', async () => {
    tab('https://mail.example.com/inbox', undefined);
    fakeBrowser.permissions.request = (async () => false) as typeof fakeBrowser.permissions.request;
    render(<PopupApp search="" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Enable on this site' }));
    expect((await screen.findByRole('alert')).textContent).toContain('did not allow');
  });

  it('speaks Brazilian Portuguese', async () => {
    installI18n('pt_BR');
    const report: Report = analyze({ text: 'Olá Ana,\n\nGaranto que o reembolso chega na sexta.', lang: 'pt' });
    tab('https://mail.google.com/', () => ({ report }));
    render(<PopupApp search="" />);
    await waitFor(() => expect(screen.getByText(/antes de enviar|Pronto para enviar/)).toBeTruthy());
  });
});
