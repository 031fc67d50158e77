// Flattens a contenteditable editor into the plain text the engine reads, keeping a map from text
// offsets back to DOM positions. Phrases cross element boundaries (`not <i>our</i> fault`), so
// matching happens on the flattened text and the map turns a finding back into one Range.

/** Elements that start a new line of text in an editor. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements whose content is never text the writer sees as words. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'OBJECT', 'IFRAME', 'TEXTAREA']);

/** Non-breaking and narrow spaces become plain spaces, one UTF-16 unit for one, so offsets agree. */
const SPACES = /[\u00a0\u202f\u2007]/g;

interface Segment {
  node: Text;
  /** Offset of the node's first character in the flattened text. */
  start: number;
  end: number;
}

export interface TextMap {
  /** The writer's text: quoted history and signature already cut off. */
  readonly text: string;
  /** A Range over `text[start, end)`, or null when the span has no text node (stale offsets). */
  rangeFor(start: number, end: number): Range | null;
  /** The text offset of a DOM position inside the editor, or null when it lies past the cut. */
  offsetOf(node: Node, offset: number): number | null;
}

export interface ExtractOptions {
  /** The first element for which this is true ends the writer's text (quoted history, signature). */
  isStop?: (element: Element) => boolean;
}

function isBlock(element: Element): boolean {
  return BLOCKS.has(element.tagName);
}

/** A `<br>` that only keeps an otherwise non-empty line open is not a line of its own. */
function isPlaceholderBreak(br: Element): boolean {
  if (br.nextSibling) return false;
  const parent = br.parentElement;
  return parent !== null && isBlock(parent) && (parent.textContent ?? '').length > 0;
}

export function extractText(root: Element, options: ExtractOptions = {}): TextMap {
  const segments: Segment[] = [];
  let text = '';
  // The last character added, kept aside: `text.endsWith` would flatten the growing string at every
  // line, which made a 1 MB paste take seconds.
  let last = '';
  let stopped = false;
  const append = (chunk: string) => {
    text += chunk;
    last = chunk.slice(-1) || last;
  };
  const newline = () => {
    if (text.length > 0 && last !== '\n') append('\n');
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ node: child as Text, start: text.length, end: text.length + data.length });
        append(data.replace(SPACES, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (options.isStop?.(element)) {
        stopped = true;
        return;
      }
      if (SKIPPED.has(element.tagName) || element.hasAttribute('hidden')) continue;
      if (element.tagName === 'BR') {
        if (!isPlaceholderBreak(element)) append('\n');
        continue;
      }
      const block = isBlock(element);
      if (block) newline();
      walk(element);
      if (block) newline();
    }
  };
  walk(root);

  // Gmail's default signature sits under a `-- ` line outside the signature element.
  const signatureLine = /\n-- ?\n*$/.exec(text);
  if (signatureLine) text = text.slice(0, signatureLine.index + 1);
  text = text.replace(/\s+$/, (trailing) => (trailing.includes('\n') ? '\n' : trailing));

  return createMap(text, segments);
}

function createMap(text: string, segments: Segment[]): TextMap {
  /** Index of the first segment whose end is after `offset` (the one holding it, or the next). */
  const segmentAfter = (offset: number): number => {
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((segments[middle] as Segment).end <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  return {
    text,
    rangeFor(start, end) {
      if (start < 0 || end > text.length || end < start) return null;
      const range = (startNode: Text, startOffset: number, endNode: Text, endOffset: number): Range | null => {
        if (!startNode.isConnected || !endNode.isConnected) return null;
        const result = startNode.ownerDocument.createRange();
        try {
          result.setStart(startNode, Math.min(startOffset, startNode.data.length));
          result.setEnd(endNode, Math.min(endOffset, endNode.data.length));
        } catch {
          return null;
        }
        return result;
      };
      const startIndex = segmentAfter(start);
      const first = segments[startIndex];
      if (start === end) {
        // An insertion point: inside the node that holds it, at the start of the next line's node,
        // or after the last character of the text.
        if (first)
          return range(first.node, Math.max(0, start - first.start), first.node, Math.max(0, start - first.start));
        const tail = segments[segments.length - 1];
        return tail ? range(tail.node, tail.end - tail.start, tail.node, tail.end - tail.start) : null;
      }
      if (!first || first.start >= end) return null;
      // The end belongs to the segment holding the span's last character; when that character is a
      // line break we add, the segment before it.
      let lastIndex = segmentAfter(end - 1);
      if (!segments[lastIndex] || (segments[lastIndex] as Segment).start >= end) lastIndex -= 1;
      const last = segments[lastIndex] as Segment;
      return range(first.node, Math.max(0, start - first.start), last.node, end - last.start);
    },
    offsetOf(node, offset) {
      if (node.nodeType === 3) {
        const segment = segments.find((candidate) => candidate.node === node);
        if (!segment) return null;
        const position = segment.start + Math.min(offset, segment.end - segment.start);
        return position <= text.length ? position : null;
      }
      // An element position: the text offset of the first text node at or after it.
      const child = node.childNodes[offset];
      const probe = node.ownerDocument?.createRange();
      if (!probe) return null;
      probe.setStart(node, offset);
      probe.collapse(true);
      for (const segment of segments) {
        if (child && (segment.node === child || child.contains(segment.node))) return segment.start;
        if (probe.comparePoint(segment.node, 0) >= 0) return segment.start <= text.length ? segment.start : null;
      }
      return text.length;
    },
  };
}

/** The map for a `<textarea>`: offsets are the value's own indices. */
export function textareaText(value: string): string {
  return value.replace(SPACES, ' ');
}
