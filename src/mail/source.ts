// One editor seen as text: read the writer's words, turn text spans back into places on screen,
// and change text through the editor's own input path so its undo stack and the webmail's model
// (Gmail saves the draft from its own events) stay in sync.
import type { Edit } from '../engine/types.ts';
import type { MailAdapter } from './adapters.ts';
import { extractText, type TextMap, textareaText } from './text-map.ts';

export interface DraftSource {
  readonly editor: HTMLElement;
  /** `rich`: a contenteditable, painted with Ranges; `plain`: a textarea, painted from a mirror. */
  readonly kind: 'rich' | 'plain';
  read(): TextMap;
  /** The caret's text offset, when the editor holds the selection. */
  caret(map: TextMap): number | null;
  /** Focuses the editor and selects `[start, end)` (a caret when equal). */
  select(map: TextMap, start: number, end: number): boolean;
}

export function richSource(editor: HTMLElement, adapter: MailAdapter): DraftSource {
  const isStop = (element: Element) => adapter.isStop(element);
  return {
    editor,
    kind: 'rich',
    read: () => extractText(editor, { isStop }),
    caret(map) {
      const selection = editor.ownerDocument.getSelection();
      if (!selection || selection.rangeCount === 0) return null;
      const focus = selection.focusNode;
      if (!focus || !editor.contains(focus)) return null;
      return map.offsetOf(focus, selection.focusOffset);
    },
    select(map, start, end) {
      const range = map.rangeFor(start, end);
      if (!range) return false;
      editor.focus({ preventScroll: true });
      const selection = editor.ownerDocument.getSelection();
      if (!selection) return false;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
  };
}

export function plainSource(editor: HTMLTextAreaElement): DraftSource {
  return {
    editor,
    kind: 'plain',
    read() {
      const text = textareaText(editor.value);
      return {
        text,
        rangeFor: () => null,
        offsetOf: () => null,
      };
    },
    caret: (map) =>
      editor.ownerDocument.activeElement === editor ? Math.min(editor.selectionEnd, map.text.length) : null,
    select(map, start, end) {
      if (end > map.text.length) return false;
      editor.focus({ preventScroll: true });
      editor.setSelectionRange(start, end);
      return true;
    },
  };
}

/** Joins a suggestion's edits into one replacement, so that one Ctrl+Z undoes all of it. */
export function combineEdits(text: string, edits: readonly Edit[]): Edit | null {
  if (edits.length === 0) return null;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const start = (sorted[0] as Edit).start;
  let end = start;
  let replacement = '';
  for (const edit of sorted) {
    if (edit.start < end) return null;
    replacement += text.slice(end, edit.start) + edit.text;
    end = edit.end;
  }
  return { start, end, text: replacement };
}

/**
 * Editors built on a framework model (ProseMirror, Lexical, Draft.js) may refuse `execCommand`;
 * they read `beforeinput` and make the change themselves, which shows as a cancelled event.
 */
function replaceThroughBeforeInput(editor: HTMLElement, text: string): boolean {
  const event = new InputEvent('beforeinput', {
    inputType: text === '' ? 'deleteContentBackward' : 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  return !editor.dispatchEvent(event);
}

/**
 * Replaces `text[edit.start, edit.end)` as if the user had typed the new words: select the span,
 * then `insertText` (or `delete`). Puts the caret back where the user was, shifted by the edit.
 * Returns false when the editor refused (the text moved under us): nothing has changed then.
 */
export function applyEdit(source: DraftSource, edit: Edit, caretBefore: number | null): boolean {
  const before = source.read();
  if (!source.select(before, edit.start, edit.end)) return false;
  const document = source.editor.ownerDocument;
  const done =
    (edit.text === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, edit.text)) ||
    replaceThroughBeforeInput(source.editor, edit.text);
  if (!done) return false;
  if (caretBefore !== null) {
    const delta = edit.text.length - (edit.end - edit.start);
    const caret =
      caretBefore <= edit.start
        ? caretBefore
        : caretBefore >= edit.end
          ? caretBefore + delta
          : edit.start + edit.text.length;
    const after = source.read();
    source.select(after, Math.min(caret, after.text.length), Math.min(caret, after.text.length));
  }
  return true;
}
