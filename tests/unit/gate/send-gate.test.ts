// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gmail, outlook } from '../../../src/mail/adapters.ts';
import { SendGate, type Verdict } from '../../../src/mail/send-gate.ts';
import type { ComposeSession } from '../../../src/mail/session.ts';

let controller: AbortController;
let sends: string[];

function page(html: string) {
  document.body.innerHTML = html;
  sends = [];
  const send = document.querySelector('#send') as HTMLElement;
  // The webmail's own handlers: Gmail acts on mousedown + mouseup, Outlook on click.
  let pressed = false;
  send.addEventListener('mousedown', () => {
    pressed = true;
  });
  send.addEventListener('mouseup', () => {
    if (pressed) sends.push('mouse');
    pressed = false;
  });
  send.addEventListener('click', () => sends.push('click'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.ctrlKey) sends.push('shortcut');
  });
  return { send, editor: document.querySelector('[contenteditable]') as HTMLElement };
}

const GMAIL = `<div role="dialog"><div class="M9"><div contenteditable="true" g_editable="true">Hi</div>
  <div class="IZ"><div class="Up"><div><div role="button" id="send">Send</div></div></div></div></div></div>`;

function gate(adapter = gmail, verdict: () => Verdict = () => 'stop') {
  const editor = document.querySelector('[contenteditable]') as HTMLElement;
  const session = { editor, checkNow: vi.fn(async () => {}) } as unknown as ComposeSession;
  const held: Array<() => void> = [];
  new SendGate(document, adapter, {
    signal: controller.signal,
    sessionFor: (target) => (target.parentNode && document.body.contains(target) ? session : undefined),
    verdict,
    hold: (_session, send) => held.push(send),
  });
  return { held, session };
}

function mouse(target: Element) {
  for (const type of ['mousedown', 'mouseup', 'click']) {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  }
}

beforeEach(() => {
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('the send gate', () => {
  it('holds a risky send from the mouse and re-does it exactly once', () => {
    const { send } = page(GMAIL);
    const { held } = gate();
    mouse(send);
    expect(sends).toEqual([]);
    expect(held).toHaveLength(1);
    held[0]?.();
    expect(sends).toEqual(['mouse', 'click']);
  });

  it('lets a clean draft send at once', () => {
    const { send } = page(GMAIL);
    const { held } = gate(gmail, () => 'send');
    mouse(send);
    expect(sends).toEqual(['mouse', 'click']);
    expect(held).toEqual([]);
  });

  it('holds Ctrl+Enter and re-does it by pressing Send', () => {
    const { editor } = page(GMAIL);
    const { held } = gate();
    editor.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    expect(sends).toEqual([]);
    held[0]?.();
    expect(sends).toEqual(['mouse', 'click']);
  });

  it('holds Enter on the Send button', () => {
    const { send } = page(GMAIL);
    const { held } = gate();
    const keydown = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    send.dispatchEvent(keydown);
    expect(keydown.defaultPrevented).toBe(true);
    expect(held).toHaveLength(1);
  });

  it('checks a draft edited a moment ago before deciding, and sends when it turns out clean', async () => {
    const { send } = page(GMAIL);
    let verdict: Verdict = 'check';
    const { held, session } = gate(gmail, () => verdict);
    (session.checkNow as ReturnType<typeof vi.fn>).mockImplementation(async () => {
      verdict = 'send';
    });
    mouse(send);
    expect(sends).toEqual([]);
    await vi.waitFor(() => expect(sends).toEqual(['mouse', 'click']));
    expect(held).toEqual([]);
  });

  it('lets the send through when anything of ours fails', () => {
    const { send } = page(GMAIL);
    gate(gmail, () => {
      throw new Error('broken');
    });
    mouse(send);
    expect(sends).toEqual(['mouse', 'click']);
  });

  it("holds Outlook's Send button", () => {
    const { send } = page(
      '<button id="send" aria-label="Send">Send</button><div><div contenteditable="true" role="textbox">Hi</div></div>',
    );
    const { held } = gate(outlook);
    send.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(sends).toEqual([]);
    held[0]?.();
    expect(sends).toEqual(['mouse', 'click']);
  });

  it('stops listening when the extension goes away', () => {
    const { send } = page(GMAIL);
    gate();
    controller.abort();
    mouse(send);
    expect(sends).toEqual(['mouse', 'click']);
  });
});
