// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gmail, outlook } from '../../../src/mail/adapters.ts';
import { extractText } from '../../../src/mail/text-map.ts';

function editor(html: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  // Test input only: the extension itself never writes HTML strings into a page.
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

/** What a Range covers, as the flattened text shows it (no line breaks of ours, plain spaces). */
function covered(range: Range | null): string | undefined {
  return range?.toString().replace(/[\u00a0\u202f]/g, ' ');
}

describe('extractText', () => {
  it('reads Gmail lines: a bare first line, a div per line, <div><br></div> for a blank line', () => {
    const map = extractText(
      editor('Hi Ana,<div><br></div><div>We will fix it soon.</div><div>Best,</div><div>Ian</div>'),
    );
    expect(map.text).toBe('Hi Ana,\n\nWe will fix it soon.\nBest,\nIan\n');
  });

  it('reads <br> lines and ignores the <br> that only holds a line open', () => {
    expect(extractText(editor('one<br>two<br><br>three')).text).toBe('one\ntwo\n\nthree');
    expect(extractText(editor('<div>one<br></div><div>two</div>')).text).toBe('one\ntwo\n');
    expect(extractText(editor('<p>one</p><p>two</p>')).text).toBe('one\ntwo\n');
  });

  it('maps a phrase across formatting back to one Range', () => {
    const root = editor('<div>This was not <i>our</i> fault at <b>all</b>.</div>');
    const map = extractText(root);
    const start = map.text.indexOf('not our fault');
    const range = map.rangeFor(start, start + 'not our fault'.length);
    expect(covered(range)).toBe('not our fault');
    expect(range?.startContainer.parentElement).toBe(root.querySelector('div'));
  });

  it('turns non-breaking and narrow spaces into plain spaces without moving offsets', () => {
    const root = editor('in the coming\u00a0days at 9:14\u202fAM');
    const map = extractText(root);
    expect(map.text).toBe('in the coming days at 9:14 AM');
    const range = map.rangeFor(0, 'in the coming days'.length);
    expect(range?.toString()).toBe('in the coming\u00a0days');
  });

  it('stops at Gmail quoted history and signature, and drops the "-- " line', () => {
    const root = editor(
      '<div gmail_original="1">Hi Dana,<div>We will sort it soon.</div></div>' +
        '<div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On Tue wrote:</div>' +
        '<blockquote class="gmail_quote">soon</blockquote></div>' +
        '<br clear="all"><div><br></div>-- <br><div class="gmail_signature" data-smartmail="gmail_signature">soon</div>',
    );
    expect(extractText(root, { isStop: gmail.isStop }).text).toBe('Hi Dana,\nWe will sort it soon.\n');
    const signatureFirst = editor(
      'Thanks.<div><br></div><br clear="all"><div><br></div>-- <br><div class="gmail_signature">Ian</div><div class="gmail_quote">old</div>',
    );
    expect(extractText(signatureFirst, { isStop: gmail.isStop }).text).toBe('Thanks.\n');
  });

  it('stops at Outlook history markers and the signature', () => {
    const root = editor(
      '<div class="elementToProof">Hi Priya,</div><div class="elementToProof">Soon.</div>' +
        '<div id="Signature"><div>Ian</div></div><div id="appendonsend"></div><hr tabindex="-1">' +
        '<div id="divRplyFwdMsg"><b>From:</b> Priya</div><div>old text</div>',
    );
    expect(extractText(root, { isStop: outlook.isStop }).text).toBe('Hi Priya,\nSoon.\n');
    const noSignature = editor('<div>Hi,</div><hr tabindex="-1"><div>old</div>');
    expect(extractText(noSignature, { isStop: outlook.isStop }).text).toBe('Hi,\n');
  });

  it('gives insertion points at a line start and at the end of the text', () => {
    const root = editor('Hi Ana,<div><br></div><div>Thanks.</div>');
    const map = extractText(root);
    const lineStart = map.rangeFor(9, 9);
    expect(lineStart?.collapsed).toBe(true);
    expect(lineStart?.startContainer.textContent).toBe('Thanks.');
    expect(lineStart?.startOffset).toBe(0);
    const end = map.rangeFor(map.text.length, map.text.length);
    expect(end?.startContainer.textContent).toBe('Thanks.');
  });

  it('finds the text offset of a DOM position', () => {
    const root = editor('Hi<div>there <i>you</i></div>');
    const map = extractText(root);
    const italic = root.querySelector('i')?.firstChild as Text;
    expect(map.offsetOf(italic, 1)).toBe(map.text.indexOf('you') + 1);
    expect(map.offsetOf(root.querySelector('div') as Node, 0)).toBe(map.text.indexOf('there'));
  });

  it('returns null for spans that no longer fit the text', () => {
    const map = extractText(editor('short'));
    expect(map.rangeFor(2, 99)).toBeNull();
    expect(map.rangeFor(3, 2)).toBeNull();
  });

  it('maps every span of words back to exactly those words, whatever the formatting', () => {
    const word = fc.constantFrom('not', 'our', 'fault', 'soon', 'the', 'coming', 'days');
    const inline = fc.tuple(fc.constantFrom('', 'i', 'b', 'span'), word);
    const line = fc.array(inline, { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (lines, a, b) => {
        const html = lines
          .map(
            (parts, index) =>
              (index === 0 ? '' : '<div>') +
              parts.map(([tag, text]) => (tag ? `<${tag}>${text}</${tag}>` : text)).join('\u00a0') +
              (index === 0 ? '' : '</div>'),
          )
          .join('');
        const map = extractText(editor(html));
        const words = [...map.text.matchAll(/\S+/g)].map((match) => [match.index, match.index + match[0].length]);
        const first = words[a % words.length] as number[];
        const last = words[Math.max(a % words.length, b % words.length)] as number[];
        const [start, end] = [first[0] as number, last[1] as number];
        expect(covered(map.rangeFor(start, end))).toBe(map.text.slice(start, end).replace(/\n/g, ''));
      }),
      { numRuns: 200 },
    );
  });

  it('maps every span back to the text it came from, in random nested markup with <br>, NBSP and emoji', () => {
    // Characters that stress offsets: surrogate pairs, a ZWJ sequence, the spaces we normalise.
    const character = fc.constantFrom('a', 'b', 'Z', ' ', '.', ',', '\u00a0', '\u202f', '😀', '👩‍⚖️', 'é', 'ç');
    type Tree = string | { tag: string; children: Tree[] };
    const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((recurse) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ unit: character, minLength: 1, maxLength: 6 }),
        recurse('node'),
      ),
      node: fc.record({
        tag: fc.constantFrom('div', 'p', 'span', 'b', 'i', 'br', 'li', 'blockquote'),
        children: fc.array(recurse('tree'), { maxLength: 4 }),
      }),
    }));
    const build = (parent: Node, child: Tree) => {
      if (typeof child === 'string') {
        parent.appendChild(document.createTextNode(child));
        return;
      }
      const element = document.createElement(child.tag);
      if (child.tag !== 'br') for (const grandchild of child.children) build(element, grandchild);
      parent.appendChild(element);
    };
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (children, a, b) => {
        const root = editor('');
        for (const child of children) build(root, child);
        const map = extractText(root);
        // Trailing white space is folded into one line break: words end before it.
        const length = map.text.trimEnd().length;
        const start = a % (length + 1);
        const end = start + (b % (length - start + 1));
        const expected = map.text.slice(start, end);
        const range = map.rangeFor(start, end);
        if (expected.replace(/\n/g, '') !== '') {
          expect(range).not.toBeNull();
          // The Range holds the page's own characters; the text has plain spaces for NBSPs and a
          // line break where a block or <br> ends a line.
          expect(range?.toString().replace(/[\u00a0\u202f]/g, ' ')).toBe(expected.replace(/\n/g, ''));
        }
        // And back: every character of every text node kept is found at its own offset.
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let index = 0; index < node.data.length; index += 1) {
            const offset = map.offsetOf(node, index);
            if (offset === null || offset >= length) continue;
            expect(map.text[offset]).toBe((node.data[index] as string).replace(/[\u00a0\u202f]/, ' '));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
