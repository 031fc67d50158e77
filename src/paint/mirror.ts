// A textarea's text cannot hold a Range, so its underlines are measured on a hidden copy laid out
// exactly like it (same box, font, wrapping and scroll), placed over it in our own shadow root.

const COPIED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontWeight',
  'fontVariant',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textAlign',
  'textIndent',
  'textTransform',
  'tabSize',
  'direction',
] as const;

export class TextareaMirror {
  private readonly box: HTMLDivElement;
  private readonly content: Text;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    container: Node,
  ) {
    this.box = textarea.ownerDocument.createElement('div');
    this.box.setAttribute('aria-hidden', 'true');
    this.content = textarea.ownerDocument.createTextNode('');
    this.box.append(this.content);
    container.appendChild(this.box);
  }

  /** Viewport rectangles of `[start, end)` in the textarea as it is laid out now. */
  rects(start: number, end: number): DOMRect[] {
    const { textarea, box, content } = this;
    const style = textarea.ownerDocument.defaultView?.getComputedStyle(textarea);
    if (!style) return [];
    for (const property of COPIED) box.style[property] = style[property];
    const rect = textarea.getBoundingClientRect();
    Object.assign(box.style, {
      position: 'fixed',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      margin: '0',
      overflow: 'hidden',
      visibility: 'hidden',
      pointerEvents: 'none',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      borderColor: 'transparent',
    });
    // A visible scrollbar narrows the textarea's text: the copy has none, so it pads instead.
    const borders = Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, textarea.offsetWidth - textarea.clientWidth - borders);
    box.style.paddingRight = `${Number.parseFloat(style.paddingRight) + scrollbar}px`;
    // A trailing newline needs a character after it to take up its line.
    const value = `${textarea.value}\u200b`;
    if (content.data !== value) content.data = value;
    box.scrollTop = textarea.scrollTop;
    box.scrollLeft = textarea.scrollLeft;
    if (end > textarea.value.length) return [];
    const range = textarea.ownerDocument.createRange();
    range.setStart(content, start);
    range.setEnd(content, end);
    return [...range.getClientRects()];
  }

  destroy(): void {
    this.box.remove();
  }
}
