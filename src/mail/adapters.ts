// Where each webmail keeps its compose editors, its quoted history and its signature. Facts from
// ../shared/WEBMAIL.md: prefer attribute hooks to Gmail's build-specific class names, and keep
// every lookup scoped to one compose window.

export interface MailAdapter {
  readonly name: 'gmail' | 'outlook' | 'generic';
  /** Every compose editor in the document: contenteditable hosts or textareas. */
  findEditors(document: Document): HTMLElement[];
  /** The first element for which this is true starts the quoted history or the signature. */
  isStop(element: Element): boolean;
  /** A key that survives pop-out and full screen (the same draft in a new editor), when the webmail has one. */
  draftKey(editor: HTMLElement): string | null;
  /** The client's message being answered, when the compose window or thread shows it. */
  clientMessage(editor: HTMLElement): string | undefined;
}

/** The client's message is evidence, not the draft: a few thousand characters are plenty. */
const CLIENT_MESSAGE_LIMIT = 20_000;

const GMAIL_STOP = '.gmail_quote, .gmail_quote_container, .gmail_signature, [data-smartmail="gmail_signature"]';
const OUTLOOK_STOP =
  '#appendonsend, hr[tabindex="-1"], #divRplyFwdMsg, #mail-editor-reference-message-container, #Signature';
const GENERIC_STOP = `${GMAIL_STOP}, ${OUTLOOK_STOP}, blockquote[type="cite"], .moz-cite-prefix, .moz-signature`;

function isVisible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

function clip(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed.slice(0, CLIENT_MESSAGE_LIMIT) : undefined;
}

/** The text of the editor from its first quoted-history element to its end. */
function quotedText(editor: HTMLElement, selector: string): string | undefined {
  const first = editor.querySelector(selector);
  if (!first) return undefined;
  const range = editor.ownerDocument.createRange();
  range.setStartBefore(first);
  range.setEnd(editor, editor.childNodes.length);
  return clip(range.toString());
}

function isEditingHost(element: HTMLElement): boolean {
  return element.isContentEditable && !element.parentElement?.isContentEditable;
}

export const gmail: MailAdapter = {
  name: 'gmail',
  findEditors(document) {
    const editors = new Set<HTMLElement>();
    for (const element of document.querySelectorAll<HTMLElement>(
      'div[g_editable="true"][contenteditable="true"], .Ap [g_editable="true"]',
    )) {
      if (element.isContentEditable) editors.add(element);
    }
    return [...editors];
  },
  isStop: (element) => element.matches(GMAIL_STOP),
  draftKey(editor) {
    const root = editor.closest('.M9, [role="dialog"]');
    const input = root?.querySelector<HTMLInputElement>('input[name="draft"], input[name="composeid"]');
    return input?.value ? `gmail:${input.value}` : null;
  },
  clientMessage(editor) {
    const quote = editor.querySelector('blockquote.gmail_quote');
    if (quote) return clip(quote.textContent);
    // An inline reply sits in the thread below the message it answers (the read view's `.a3s`).
    let answered: Element | undefined;
    for (const message of editor.ownerDocument.querySelectorAll('.a3s')) {
      if (message.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) answered = message;
    }
    return clip(answered?.textContent);
  },
};

export const outlook: MailAdapter = {
  name: 'outlook',
  findEditors(document) {
    return [
      ...document.querySelectorAll<HTMLElement>('div[role="textbox"][contenteditable="true"][aria-multiline="true"]'),
    ].filter(
      // The To/Cc fields are editable textboxes too.
      (element) => element.isContentEditable && !/^(to|cc|bcc)\b/i.test(element.getAttribute('aria-label') ?? ''),
    );
  },
  isStop: (element) => element.matches(OUTLOOK_STOP),
  draftKey: () => null,
  clientMessage: (editor) => quotedText(editor, OUTLOOK_STOP.replace(', #Signature', '')),
};

export const generic: MailAdapter = {
  name: 'generic',
  findEditors(document) {
    const editors: HTMLElement[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('textarea, [contenteditable]')) {
      if (element instanceof HTMLTextAreaElement) {
        if (!element.readOnly && !element.disabled && isVisible(element)) editors.push(element);
      } else if (isEditingHost(element) && isVisible(element)) {
        editors.push(element);
      }
    }
    return editors;
  },
  isStop: (element) => element.matches(GENERIC_STOP),
  draftKey: () => null,
  clientMessage: (editor) => (editor instanceof HTMLTextAreaElement ? undefined : quotedText(editor, GENERIC_STOP)),
};

export function adapterFor(hostname: string): MailAdapter {
  if (hostname === 'mail.google.com') return gmail;
  if (/^outlook\.(live|office|office365)\.com$/.test(hostname)) return outlook;
  return generic;
}
