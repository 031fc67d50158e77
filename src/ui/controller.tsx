// Ties the compose editors of one page to the painter and to our UI (status buttons, finding
// lists, the hint card). Everything of ours lives in one shadow root outside every editor, and
// everything stops when `signal` aborts (the extension was updated or disabled).
import { render } from 'preact';
import { buildChecklist } from '../engine/checklist.ts';
import type { Finding, Report } from '../engine/types.ts';
import type { MailAdapter } from '../mail/adapters.ts';
import { SendGate, type Verdict } from '../mail/send-gate.ts';
import { ComposeSession, type SessionHost, type ShownFinding } from '../mail/session.ts';
import { onDomSettled } from '../mail/watch.ts';
import type { ApplyResponse, DraftReportResponse, SendGateSettings } from '../messaging/index.ts';
import { Painter, type PaintMark } from '../paint/index.ts';
import { GateDialog } from './gate/GateDialog.tsx';
import { GATE_CSS } from './gate/styles.ts';
import { HintCard } from './hint-card/HintCard.tsx';
import { blocking, sameFinding } from './popup/checklist.ts';
import { FindingList } from './status/FindingList.tsx';
import { StatusButton } from './status/StatusButton.tsx';
import { OVERLAY_CSS } from './styles.ts';

/** The shortcut that moves to the next finding, also declared as a command in the manifest. */
export function isNextFindingKey(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}

const HOVER_OPEN_MS = 150;
const HOVER_CLOSE_MS = 350;

export interface ComposeOptions {
  document: Document;
  adapter: MailAdapter;
  signal: AbortSignal;
  analyze(text: string, clientMessage: string | undefined): Promise<Report | null>;
  /** The send gate's settings; null while unknown (sends then go through). */
  sendGate(): SendGateSettings | null;
  /** The number of findings in the draft in use changed: the toolbar badge shows it. */
  onCount(count: number): void;
}

interface HeldSend {
  session: ComposeSession;
  send: () => void;
  /** The selection to give back to the editor on Review. */
  restore: (() => void) | null;
}

interface CardState {
  session: ComposeSession;
  key: string;
  focused: boolean;
  /** Where the caret was when the card opened: Apply puts it back there. */
  caret: number | null;
  /** The selection to give back to the editor when a focused card closes. */
  restore: (() => void) | null;
}

interface Overlay {
  host: HTMLElement;
  app: HTMLElement;
  marks: HTMLElement;
  mirrors: HTMLElement;
}

function createOverlay(document: Document): Overlay {
  const host = document.createElement('even-keel-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS + GATE_CSS;
  const part = (className: string) => {
    const element = document.createElement('div');
    element.className = className;
    return element;
  };
  const overlay = { host, marks: part('marks'), mirrors: part('mirrors'), app: part('app') };
  shadow.append(style, overlay.marks, overlay.mirrors, overlay.app);
  document.documentElement.append(host);
  return overlay;
}

/** A session's report without the findings the user dismissed, its checklist regrouped to match. */
function reportOf(session: ComposeSession): Report | null {
  if (!session.report) return null;
  const findings = session.visible.map((shown) => shown.finding);
  return { ...session.report, findings, checklist: buildChecklist(findings, session.report.lang) };
}

function saveSelection(session: ComposeSession): (() => void) | null {
  const editor = session.editor;
  if (editor instanceof HTMLTextAreaElement) {
    const { selectionStart, selectionEnd } = editor;
    return () => {
      editor.focus({ preventScroll: true });
      editor.setSelectionRange(selectionStart, selectionEnd);
    };
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !editor.contains(selection.anchorNode)) return null;
  const range = selection.getRangeAt(0).cloneRange();
  // Gmail puts back its own remembered selection on focus: set ours after it.
  return () => {
    editor.focus({ preventScroll: true });
    const current = editor.ownerDocument.getSelection();
    current?.removeAllRanges();
    current?.addRange(range);
  };
}

export class ComposeController {
  private readonly sessions = new Map<HTMLElement, ComposeSession>();
  private readonly dismissed = new Map<string, Set<string>>();
  private overlay: Overlay | null = null;
  private painter: Painter | null = null;
  private card: CardState | null = null;
  private list: { session: ComposeSession; opener: HTMLButtonElement } | null = null;
  private focusedSession: ComposeSession | null = null;
  private frame = 0;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private pointerInCard = false;
  private held: HeldSend | null = null;
  private count = 0;
  private readonly host: SessionHost;

  constructor(private readonly options: ComposeOptions) {
    const { document, signal } = options;
    this.host = {
      analyze: options.analyze,
      signal,
      changed: (session) => this.changed(session),
      mirrorContainer: () => this.ensureOverlay().mirrors,
      dismissedFor: (key) => {
        const set = this.dismissed.get(key) ?? new Set<string>();
        this.dismissed.set(key, set);
        return set;
      },
    };

    onDomSettled(document, signal, () => this.scan());
    signal.addEventListener('abort', () => this.destroy());

    const listen = { signal, passive: true, capture: true };
    document.addEventListener('scroll', () => this.relayout(), listen);
    document.defaultView?.addEventListener('resize', () => this.relayout(), { signal, passive: true });
    document.addEventListener('mousemove', (event) => this.hover(event), listen);
    document.addEventListener('focusin', (event) => this.focusIn(event), { signal, capture: true });
    document.addEventListener('keydown', (event) => this.keyDown(event), { signal, capture: true });
    document.addEventListener('keyup', (event) => this.keyUp(event), { signal, capture: true });
    new SendGate(document, options.adapter, {
      signal,
      sessionFor: (target) => this.composeOf(target),
      verdict: (session) => this.verdict(session),
      hold: (session, send) => this.hold(session, send),
    });
    this.scan();
  }

  /** The keyboard command: open the next finding after the caret in the compose window in use. */
  nextFinding(): void {
    const session = this.activeSession();
    if (!session) return;
    const visible = session.visible;
    if (visible.length === 0) return;
    const caret = session.caret();
    const current = this.card?.session === session ? this.card.key : null;
    const currentIndex = visible.findIndex((shown) => shown.key === current);
    const next =
      currentIndex >= 0
        ? visible[(currentIndex + 1) % visible.length]
        : (visible.find((shown) => (shown.finding.start ?? Number.POSITIVE_INFINITY) >= (caret ?? 0)) ?? visible[0]);
    if (next) this.openCard(session, next.key, true);
  }

  /** The report of the compose window in use, without the findings the user dismissed. */
  currentReport(): Report | null {
    const session = this.activeSession();
    return session ? reportOf(session) : null;
  }

  /** The draft in use, as the popup shows it. */
  draftState(): DraftReportResponse {
    const session = this.activeSession();
    return { report: this.currentReport(), muted: session?.muted ?? false };
  }

  /** The popup's "not for this one" switch, on the draft in use. */
  mute(muted: boolean): DraftReportResponse {
    const session = this.activeSession();
    if (session) {
      if (this.card?.session === session) this.card = null;
      if (this.list?.session === session) this.list = null;
      session.mute(muted);
    }
    return this.draftState();
  }

  /** The popup's Apply: the hint card's path, on the same finding in the draft in use. */
  async applyFinding(target: Pick<Finding, 'rule' | 'start' | 'end'>, suggestion: number): Promise<ApplyResponse> {
    const session = this.activeSession();
    const shown = session?.visible.find((candidate) => sameFinding(candidate.finding, target));
    if (!session || !shown) return { applied: false, report: this.currentReport() };
    if (this.card?.session === session) this.card = null;
    const applied = session.apply(shown.key, suggestion, session.caret());
    if (applied) await session.checkNow();
    return { applied, report: this.currentReport() };
  }

  /** Settings changed: what is flagged, and how severe, may have too. */
  recheck(): void {
    for (const session of this.sessions.values()) void session.checkNow();
  }

  /** The compose window `target` is in: the session whose editor is nearest (Send sits beside it). */
  private composeOf(target: Node): ComposeSession | undefined {
    if (this.overlay?.host.contains(target)) return undefined;
    for (let node: Node | null = target; node; node = node.parentNode) {
      for (const session of this.sessions.values()) if (node.contains(session.editor)) return session;
    }
    return undefined;
  }

  private verdict(session: ComposeSession): Verdict {
    const gate = this.options.sendGate();
    if (!gate?.enabled || this.held || session.muted) return 'send';
    if (!session.upToDate) return session.source.read().text.trim() === '' ? 'send' : 'check';
    const findings = session.visible.map((shown) => shown.finding);
    return blocking(findings, gate.minSeverity).length > 0 ? 'stop' : 'send';
  }

  /** Shows the gate's dialog at once (not on the next frame: a background tab has none). */
  private hold(session: ComposeSession, send: () => void): void {
    clearTimeout(this.hoverTimer);
    this.card = null;
    this.list = null;
    this.held = { session, send, restore: saveSelection(session) };
    this.ensureOverlay();
    this.renderUi();
  }

  private release(send: boolean): void {
    const held = this.held;
    if (!held) return;
    this.held = null;
    this.renderUi();
    if (send) held.send();
    else if (held.restore) held.restore();
    else held.session.editor.focus({ preventScroll: true });
  }

  private activeSession(): ComposeSession | null {
    if (this.focusedSession && this.sessions.has(this.focusedSession.editor)) return this.focusedSession;
    return [...this.sessions.values()][0] ?? null;
  }

  private ensureOverlay(): Overlay {
    if (!this.overlay) {
      this.overlay = createOverlay(this.options.document);
      this.painter = new Painter(this.overlay.marks, this.options.document);
    }
    return this.overlay;
  }

  private scan(): void {
    if (this.options.signal.aborted) return;
    const found = new Set(this.options.adapter.findEditors(this.options.document));
    let changed = false;
    for (const [editor, session] of this.sessions) {
      // Pop-out destroys the editor; full screen moves it (still connected, same session).
      if (!found.has(editor) || !editor.isConnected) {
        this.drop(session);
        changed = true;
      }
    }
    for (const editor of found) {
      if (this.sessions.has(editor)) continue;
      this.ensureOverlay();
      this.sessions.set(editor, new ComposeSession(editor, this.options.adapter, this.host));
      changed = true;
    }
    // Any burst of DOM changes may have moved a compose window (a side panel opened, a thread
    // expanded) without a scroll or resize: measure again, once per frame at most.
    if (changed || this.sessions.size > 0) this.relayout();
  }

  private drop(session: ComposeSession): void {
    session.destroy();
    this.sessions.delete(session.editor);
    this.painter?.clear(session);
    if (this.card?.session === session) this.card = null;
    if (this.list?.session === session) this.list = null;
    if (this.focusedSession === session) this.focusedSession = null;
    // A send held for a compose window that is gone cannot be re-done: let it go as the user asked.
    if (this.held?.session === session) this.release(true);
  }

  private changed(session: ComposeSession): void {
    if (!this.sessions.has(session.editor)) return;
    if (this.card?.session === session && !session.find(this.card.key)) this.card = null;
    this.reportCount();
    this.paint(session);
    this.relayout();
  }

  private paint(session: ComposeSession): void {
    const active = this.card?.session === session ? this.card.key : null;
    const marks: PaintMark[] = session.visible
      .filter((shown) => shown.finding.start !== undefined)
      .map((shown) => ({
        key: shown.key,
        category: shown.finding.category,
        range: shown.range,
        rects: () => session.rects(shown),
      }));
    this.ensureOverlay();
    this.painter?.paint(session, marks, active, () => session.visibleRect(), session.source.kind === 'plain');
  }

  private relayout(): void {
    if (this.frame || !this.overlay) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.options.signal.aborted) return;
      this.painter?.reposition();
      this.renderUi();
    });
  }

  private openCard(session: ComposeSession, key: string, focused: boolean): void {
    clearTimeout(this.hoverTimer);
    const caret = session.caret();
    const restore = focused ? saveSelection(session) : null;
    this.card = { session, key, focused, caret, restore };
    this.list = null;
    const shown = session.find(key);
    if (shown && focused) shown.range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    this.paint(session);
    this.relayout();
  }

  private closeCard(returnFocus: boolean): void {
    const card = this.card;
    if (!card) return;
    this.card = null;
    this.pointerInCard = false;
    if (returnFocus) card.restore?.();
    this.paint(card.session);
    this.relayout();
  }

  private apply(index: number): void {
    const card = this.card;
    if (!card) return;
    this.card = null;
    if (!card.session.apply(card.key, index, card.caret)) card.restore?.();
    this.paint(card.session);
    this.relayout();
  }

  private dismiss(): void {
    const card = this.card;
    if (!card) return;
    this.card = null;
    card.session.dismiss(card.key);
    card.restore?.();
  }

  private sessionOf(target: EventTarget | null): ComposeSession | undefined {
    if (!(target instanceof Node)) return undefined;
    for (const session of this.sessions.values()) if (session.editor.contains(target)) return session;
    return undefined;
  }

  private hover(event: MouseEvent): void {
    if (this.card?.focused || this.sessions.size === 0) return;
    const session = this.sessionOf(event.target);
    const shown = session?.findingAt(event.clientX, event.clientY);
    clearTimeout(this.hoverTimer);
    if (session && shown) {
      if (this.card?.session === session && this.card.key === shown.key) return;
      this.hoverTimer = setTimeout(() => this.openCard(session, shown.key, false), HOVER_OPEN_MS);
    } else if (this.card && !this.pointerInCard) {
      this.hoverTimer = setTimeout(() => {
        if (!this.pointerInCard) this.closeCard(false);
      }, HOVER_CLOSE_MS);
    }
  }

  private focusIn(event: FocusEvent): void {
    const session = this.sessionOf(event.target);
    if (session) this.focusedSession = session;
    this.reportCount();
  }

  private keyDown(event: KeyboardEvent): void {
    if (isNextFindingKey(event)) {
      if (!this.sessionOf(event.target) && !this.overlay?.host.contains(event.target as Node)) return;
      event.preventDefault();
      event.stopPropagation();
      this.nextFinding();
      return;
    }
    if (event.key === 'Escape' && this.card && !this.card.focused && this.sessionOf(event.target)) {
      this.closeCard(false);
    }
  }

  /** Moving the caret into flagged words with the keyboard shows their card, without taking focus. */
  private keyUp(event: KeyboardEvent): void {
    if (!/^(Arrow|Home|End|Page)/.test(event.key)) return;
    const session = this.sessionOf(event.target);
    if (!session) return;
    const caret = session.caret();
    const shown =
      caret === null
        ? undefined
        : session.visible.find(
            (candidate) =>
              candidate.finding.start !== undefined &&
              candidate.finding.end !== undefined &&
              caret >= candidate.finding.start &&
              caret <= candidate.finding.end,
          );
    if (shown) this.openCard(session, shown.key, false);
    else if (this.card && !this.card.focused) this.closeCard(false);
  }

  private anchorFor(session: ComposeSession, shown: ShownFinding): DOMRect | null {
    const rects = session.rects(shown);
    if (rects.length > 0) return rects[0] ?? null;
    const visible = session.visibleRect();
    return new DOMRect(visible.right - 48, visible.bottom - 40, 40, 32);
  }

  private renderUi(): void {
    const overlay = this.overlay;
    if (!overlay) return;
    const card = this.card;
    const shown = card ? card.session.find(card.key) : undefined;
    const list = this.list;
    const held = this.held;
    this.reportCount();
    render(
      <>
        {[...this.sessions.values()].map((session) => {
          const listId = `${session.id}-list`;
          return (
            <StatusButton
              key={session.id}
              count={session.visible.length}
              partial={session.partial}
              rect={session.visibleRect()}
              expanded={list?.session === session}
              listId={listId}
              onToggle={(button) => {
                this.card = null;
                this.list = this.list?.session === session ? null : { session, opener: button };
                this.paint(session);
                this.relayout();
              }}
            />
          );
        })}
        {list ? (
          <FindingList
            id={`${list.session.id}-list`}
            findings={list.session.visible}
            anchor={() => list.opener.getBoundingClientRect()}
            onOpen={(key) => this.openCard(list.session, key, true)}
            onClose={() => {
              this.list = null;
              list.opener.focus();
              this.relayout();
            }}
          />
        ) : null}
        {card && shown ? (
          <HintCard
            key={`${card.session.id}-${card.key}`}
            finding={shown.finding}
            anchor={() => this.anchorFor(card.session, shown)}
            focused={card.focused}
            onApply={(index) => this.apply(index)}
            onDismiss={() => this.dismiss()}
            onClose={() => this.closeCard(true)}
            onPointer={(inside) => {
              this.pointerInCard = inside;
              if (!inside && !card.focused) {
                clearTimeout(this.hoverTimer);
                this.hoverTimer = setTimeout(() => {
                  if (!this.pointerInCard) this.closeCard(false);
                }, HOVER_CLOSE_MS);
              }
            }}
          />
        ) : null}
        {held ? (
          <GateDialog
            items={reportOf(held.session)?.checklist ?? []}
            onReview={() => this.release(false)}
            onSendAnyway={() => this.release(true)}
          />
        ) : null}
      </>,
      overlay.app,
    );
  }

  private reportCount(): void {
    const count = this.activeSession()?.visible.length ?? 0;
    if (count === this.count) return;
    this.count = count;
    this.options.onCount(count);
  }

  private destroy(): void {
    // Our listeners are gone: a send still held goes now rather than never.
    const held = this.held;
    this.held = null;
    held?.send();
    clearTimeout(this.hoverTimer);
    cancelAnimationFrame(this.frame);
    for (const session of this.sessions.values()) session.destroy();
    this.sessions.clear();
    this.painter?.destroy();
    if (this.overlay) {
      render(null, this.overlay.app);
      this.overlay.host.remove();
    }
    this.overlay = null;
    this.painter = null;
  }
}
