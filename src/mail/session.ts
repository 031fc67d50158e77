// One compose editor while it lives: checks after a pause in typing (never mid-composition),
// keeps the latest findings with live Ranges over them, and applies or dismisses them.
import type { Finding, Report } from '../engine/types.ts';
import { TextareaMirror } from '../paint/mirror.ts';
import type { MailAdapter } from './adapters.ts';
import { applyEdit, combineEdits, type DraftSource, plainSource, richSource } from './source.ts';
import type { TextMap } from './text-map.ts';

/** Long enough to skip most keystrokes, short enough that underlines land within ~400 ms. */
export const CHECK_DELAY_MS = 250;

export interface ShownFinding {
  key: string;
  finding: Finding;
  /** Live Range over the words, for contenteditable editors. */
  range: Range | null;
}

export interface SessionHost {
  analyze(text: string, clientMessage: string | undefined): Promise<Report | null>;
  /** The findings or the editor's shape changed: repaint and re-render. */
  changed(session: ComposeSession): void;
  /** Where textarea mirrors live (our shadow root). */
  mirrorContainer(): Node;
  /** Dismissed findings per draft, shared by the editors of one draft (pop-out makes a new one). */
  dismissedFor(key: string): Set<string>;
  signal: AbortSignal;
}

/**
 * Longer drafts are checked up to here (some 8,000 words, far beyond any email) and the status
 * button says so: checking and painting a pasted book would hold up the page.
 */
export const CHECK_LIMIT = 50_000;

/** The part of `text` that is checked: up to the last line (or sentence) end within the limit. */
export function checkedPart(text: string): string {
  if (text.length <= CHECK_LIMIT) return text;
  const head = text.slice(0, CHECK_LIMIT);
  const end = Math.max(head.lastIndexOf('\n'), head.search(/[.!?]\s[^.!?]*$/) + 1);
  return end > CHECK_LIMIT / 2 ? text.slice(0, end + 1) : head.replace(/[\ud800-\udbff]$/, '');
}

const RETRY_DELAY_MS = 250;
const MAX_RETRIES = 4;

let nextId = 0;

export class ComposeSession {
  readonly id = `ek-${++nextId}`;
  readonly source: DraftSource;
  report: Report | null = null;
  /** The draft is longer than `CHECK_LIMIT`: only its beginning was checked. */
  partial = false;
  shown: ShownFinding[] = [];
  private map: TextMap | null = null;
  private version = 0;
  private composing = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly controller = new AbortController();
  private readonly observer: MutationObserver | null = null;
  private readonly resize: ResizeObserver;
  private mirror: TextareaMirror | null = null;
  private clippers: Element[] = [];
  private readonly dismissed: Set<string>;

  constructor(
    readonly editor: HTMLElement,
    private readonly adapter: MailAdapter,
    private readonly host: SessionHost,
  ) {
    this.source = editor instanceof HTMLTextAreaElement ? plainSource(editor) : richSource(editor, adapter);
    this.dismissed = host.dismissedFor(adapter.draftKey(editor) ?? this.id);
    const signal = AbortSignal.any([this.controller.signal, host.signal]);
    editor.addEventListener('input', () => this.schedule(), { signal });
    editor.addEventListener('compositionstart', () => this.startComposition(), { signal });
    editor.addEventListener('compositionend', () => this.endComposition(), { signal });
    if (this.source.kind === 'rich') {
      // The body also changes without typing (Gmail expands the quote, the webmail fills a draft).
      this.observer = new MutationObserver(() => this.schedule());
      this.observer.observe(editor, { childList: true, subtree: true, characterData: true });
    }
    this.resize = new ResizeObserver(() => host.changed(this));
    this.resize.observe(editor);
    this.findClippers();
    this.schedule(0);
  }

  /** Findings the user has not dismissed, in text order; none when Even Keel is off for this draft. */
  get visible(): ShownFinding[] {
    if (this.muted) return [];
    return this.shown.filter((shown) => !this.dismissed.has(dismissKey(shown.finding)));
  }

  /** "Not for this one": the user turned Even Keel off for this draft (kept with its dismissals). */
  get muted(): boolean {
    return this.dismissed.has(MUTED);
  }

  mute(muted: boolean): void {
    if (muted) this.dismissed.add(MUTED);
    else this.dismissed.delete(MUTED);
    this.host.changed(this);
  }

  find(key: string): ShownFinding | undefined {
    return this.visible.find((shown) => shown.key === key);
  }

  /** Where the words of a finding are on screen now. */
  rects(shown: ShownFinding): DOMRect[] {
    const { finding } = shown;
    if (finding.start === undefined || finding.end === undefined) return [];
    if (shown.range) return [...shown.range.getClientRects()];
    if (this.source.kind === 'plain') {
      this.mirror ??= new TextareaMirror(this.editor as HTMLTextAreaElement, this.host.mirrorContainer());
      return this.mirror.rects(finding.start, finding.end);
    }
    return [];
  }

  /** The part of the editor that is on screen: inside the viewport and every scrolling ancestor. */
  visibleRect(): DOMRect {
    const rect = this.editor.getBoundingClientRect();
    const view = this.editor.ownerDocument.defaultView;
    let left = Math.max(rect.left, 0);
    let top = Math.max(rect.top, 0);
    let right = Math.min(rect.right, view?.innerWidth ?? rect.right);
    let bottom = Math.min(rect.bottom, view?.innerHeight ?? rect.bottom);
    for (const clipper of this.clippers) {
      const clip = clipper.getBoundingClientRect();
      left = Math.max(left, clip.left);
      top = Math.max(top, clip.top);
      right = Math.min(right, clip.right);
      bottom = Math.min(bottom, clip.bottom);
    }
    return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
  }

  /** The finding under a point, if any (the underline sits a little below the glyphs). */
  findingAt(x: number, y: number): ShownFinding | undefined {
    return this.visible.find((shown) =>
      this.rects(shown).some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom + 3),
    );
  }

  /** The text offset of the caret, when the editor has it. */
  caret(): number | null {
    return this.source.caret(this.source.read());
  }

  apply(key: string, suggestionIndex: number, caretBefore: number | null): boolean {
    const shown = this.find(key);
    const suggestion = shown?.finding.suggestions[suggestionIndex];
    const map = this.source.read();
    if (!shown || !suggestion || !this.map || map.text !== this.map.text) return false;
    const edit = combineEdits(map.text, suggestion.edits);
    if (!edit) return false;
    return applyEdit(this.source, edit, caretBefore);
  }

  dismiss(key: string): void {
    const shown = this.find(key);
    if (!shown) return;
    this.dismissed.add(dismissKey(shown.finding));
    this.host.changed(this);
  }

  /** Whether the findings describe the text in the editor now: no edit since the last check. */
  get upToDate(): boolean {
    return this.map !== null && this.source.read().text === this.map.text;
  }

  /** Checks at once, without waiting for a pause in typing (before a send, after an Apply). */
  async checkNow(): Promise<void> {
    clearTimeout(this.timer);
    await this.check();
  }

  /** Places the caret (and focus) at the start of a finding. */
  reveal(shown: ShownFinding): void {
    const { start } = shown.finding;
    if (start !== undefined) this.source.select(this.source.read(), start, start);
  }

  destroy(): void {
    this.controller.abort();
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.resize.disconnect();
    this.mirror?.destroy();
    this.version += 1;
  }

  private findClippers(): void {
    const view = this.editor.ownerDocument.defaultView;
    this.clippers = [];
    for (let node = this.editor.parentElement; node && view; node = node.parentElement) {
      const style = view.getComputedStyle(node);
      if (/(auto|scroll|hidden|clip)/.test(style.overflowX + style.overflowY)) this.clippers.push(node);
    }
  }

  private schedule(delay = CHECK_DELAY_MS): void {
    if (this.composing || this.host.signal.aborted) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), delay);
  }

  private startComposition(): void {
    this.composing = true;
    clearTimeout(this.timer);
  }

  private endComposition(): void {
    this.composing = false;
    this.schedule();
  }

  private async check(): Promise<void> {
    const map = this.source.read();
    const version = ++this.version;
    if (map.text.trim() === '') {
      this.partial = false;
      this.update(map, null);
      return;
    }
    const checked = checkedPart(map.text);
    const report = await this.host.analyze(checked, this.adapter.clientMessage(this.editor));
    // The user kept typing, or a composition started: a newer check will paint.
    if (version !== this.version || this.composing || this.source.read().text !== map.text) return;
    if (!report && this.failures < MAX_RETRIES) {
      // The service worker may still be starting (or was stopped mid-check): try again shortly,
      // so a draft that nobody touches again still gets checked.
      this.failures += 1;
      this.schedule(RETRY_DELAY_MS * 2 ** this.failures);
      return;
    }
    this.failures = report ? 0 : this.failures;
    this.partial = checked.length < map.text.length;
    this.update(map, report);
  }

  private update(map: TextMap, report: Report | null): void {
    this.map = map;
    this.report = report;
    const seen = new Map<string, number>();
    this.shown = (report?.findings ?? []).map((finding) => {
      const base = `${finding.rule}\u0000${finding.text ?? ''}`;
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      const range =
        this.source.kind === 'rich' && finding.start !== undefined && finding.end !== undefined
          ? map.rangeFor(finding.start, finding.end)
          : null;
      return { key: `${base}\u0000${occurrence}`, finding, range };
    });
    this.findClippers();
    this.host.changed(this);
  }
}

/** Kept among a draft's dismissals: no dismiss key is empty, since each holds a rule id. */
const MUTED = '';

function dismissKey(finding: Finding): string {
  return `${finding.rule}\u0000${(finding.text ?? '').toLowerCase()}`;
}
