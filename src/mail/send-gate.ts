// The send gate: Send clicks and keys are looked at in the capture phase, before the webmail's
// own handlers, and held back only when the draft has findings at the chosen severity. Anything
// unexpected lets the send through: Even Keel must never trap a user's email.
import type { MailAdapter } from './adapters.ts';
import type { ComposeSession } from './session.ts';

/** Send and Schedule send, per webmail (facts from ../shared/WEBMAIL.md). */
const SEND_CONTROLS: Record<MailAdapter['name'], string | null> = {
  gmail:
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"]), div[role="button"].aoO, [selector="scheduledSend"]',
  outlook: 'button[aria-label="Send"], [role="menuitem"][aria-label^="Schedule send"]',
  // Elsewhere we cannot tell Send from any other button.
  generic: null,
};

/** The Send button itself (not Schedule send): a keyboard send is re-done by pressing it. */
const SEND_BUTTON: Record<MailAdapter['name'], string | null> = {
  gmail: '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"]), div[role="button"].aoO',
  outlook: 'button[aria-label="Send"]',
  generic: null,
};

/** How long a send waits for a draft edited a moment ago to be checked, before it goes anyway. */
const CHECK_TIMEOUT_MS = 2000;

export type Verdict = 'send' | 'stop' | 'check';

export interface SendGateHost {
  /** The compose window `target` belongs to: the session whose editor is nearest. */
  sessionFor(target: Node): ComposeSession | undefined;
  /** 'check' when the findings do not describe the text yet. */
  verdict(session: ComposeSession): Verdict;
  /** Shows the dialog; `send` re-does the send the user asked for. */
  hold(session: ComposeSession, send: () => void): void;
  /** Something of ours failed: the send went through. */
  signal: AbortSignal;
}

/** Set while we re-dispatch a send, so our own listeners let it pass. */
let replaying = false;

function replay(run: () => void): void {
  replaying = true;
  try {
    run();
  } finally {
    replaying = false;
  }
}

/** Presses a control the way a mouse does: Gmail's buttons act on mousedown and mouseup, others on click. */
export function press(control: Element): void {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  replay(() => {
    control.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1 }));
    control.dispatchEvent(new MouseEvent('mouseup', init));
    control.dispatchEvent(new MouseEvent('click', init));
  });
}

function rekey(target: EventTarget, event: KeyboardEvent): void {
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
  const init = { key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true, composed: true };
  replay(() => target.dispatchEvent(new KeyboardEvent('keydown', init)));
}

function isSendShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.isComposing;
}

function swallow(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export class SendGate {
  private readonly controls: string | null;
  private readonly sendButton: string | null;
  /** The control whose press (down, up, click) is being held back. */
  private held: Element | null = null;
  /** The control whose Enter/Space keyup is being held back. */
  private heldKey: Element | null = null;

  constructor(
    document: Document,
    adapter: MailAdapter,
    private readonly host: SendGateHost,
  ) {
    this.controls = SEND_CONTROLS[adapter.name];
    this.sendButton = SEND_BUTTON[adapter.name];
    if (!this.controls) return;
    const view = document.defaultView;
    if (!view) return;
    // On the window, capture: the first listener of all on the way to the button.
    const options = { capture: true, signal: host.signal };
    for (const type of ['pointerdown', 'mousedown']) view.addEventListener(type, (event) => this.down(event), options);
    for (const type of ['pointerup', 'mouseup']) view.addEventListener(type, (event) => this.up(event), options);
    view.addEventListener('click', (event) => this.click(event), options);
    view.addEventListener('keydown', (event) => this.keyDown(event), options);
    view.addEventListener('keyup', (event) => this.keyUp(event), options);
  }

  private controlOf(target: EventTarget | null): Element | null {
    if (!this.controls || !(target instanceof Element)) return null;
    return target.closest(this.controls);
  }

  private down(event: Event): void {
    if (replaying || (event as MouseEvent).button !== 0) return;
    const control = this.controlOf(event.target);
    if (!control) return;
    // pointerdown then mousedown belong to one press.
    if (event.type === 'mousedown' && this.held === control) {
      swallow(event);
      return;
    }
    this.held = null;
    if (this.gate(event, control, () => press(control))) this.held = control;
  }

  private up(event: Event): void {
    if (replaying || !this.held) return;
    if (this.controlOf(event.target) === this.held) swallow(event);
  }

  private click(event: Event): void {
    if (replaying) return;
    const control = this.controlOf(event.target);
    if (!control) return;
    if (this.held === control) {
      this.held = null;
      swallow(event);
      return;
    }
    // A click with no press before it: a native button activated from the keyboard.
    this.gate(event, control, () => press(control));
  }

  private keyDown(event: KeyboardEvent): void {
    if (replaying) return;
    const target = event.target;
    const control = this.controlOf(target);
    if (control && (event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey) {
      if (this.gate(event, control, () => press(control))) this.heldKey = control;
      return;
    }
    if (!isSendShortcut(event) || !(target instanceof Node)) return;
    this.gate(event, target, () => {
      const session = this.host.sessionFor(target);
      const button = session && this.sendButtonOf(session);
      if (button) press(button);
      else rekey(target, event);
    });
  }

  private keyUp(event: KeyboardEvent): void {
    if (replaying || !this.heldKey) return;
    if (this.controlOf(event.target) === this.heldKey && (event.key === 'Enter' || event.key === ' ')) {
      this.heldKey = null;
      swallow(event);
    }
  }

  /** The Send button of a compose window: the nearest one around its editor. */
  private sendButtonOf(session: ComposeSession): Element | null {
    if (!this.sendButton) return null;
    for (let node = session.editor.parentElement; node; node = node.parentElement) {
      const button = node.querySelector(this.sendButton);
      if (button) return button;
    }
    return null;
  }

  /** Holds the send back if it must wait; true when it did. Never throws. */
  private gate(event: Event, target: Node, send: () => void): boolean {
    try {
      const session = this.host.sessionFor(target);
      if (!session) return false;
      const verdict = this.host.verdict(session);
      if (verdict === 'send') return false;
      // The dialog first: if showing it fails, the event was never stopped and the send goes on.
      if (verdict === 'stop') this.host.hold(session, send);
      else void this.checkThen(session, send);
      swallow(event);
      return true;
    } catch {
      return false;
    }
  }

  /** The user sent right after typing: check the words they are sending, then stop or send. */
  private async checkThen(session: ComposeSession, send: () => void): Promise<void> {
    try {
      await Promise.race([session.checkNow(), new Promise((resolve) => setTimeout(resolve, CHECK_TIMEOUT_MS))]);
      if (!this.host.signal.aborted && this.host.verdict(session) === 'stop') {
        this.host.hold(session, send);
        return;
      }
    } catch {
      // Fall through: the send goes.
    }
    send();
  }
}
