// What the sources may never do, checked on every file the extension is built from: write a string
// into a page as HTML, run a string as code, or answer a message without checking who sent it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOwnSender, parseBackgroundRequest, parseTabRequest } from '../../../src/messaging/index.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

/** The code without its comments, so that a comment explaining a rule does not break it. */
function code(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

// The command-line tool runs in Node and never in a page; everything else ships in the extension.
const SHIPPED = [...sources('src'), ...sources('entrypoints')].filter((path) => !path.startsWith(join('src', 'cli')));

const HTML_SINKS: [string, RegExp][] = [
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\s*(\+?=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
  ['DOMParser', /\bDOMParser\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['setHTML / parseHTMLUnsafe', /\b(setHTMLUnsafe|setHTML|parseHTMLUnsafe)\s*\(/],
];

const CODE_FROM_STRINGS: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['a string timer', /\b(setTimeout|setInterval)\s*\(\s*["'`]/],
  ['a script element', /createElement\(\s*["'`]script["'`]/],
  ['import() of a variable or URL', /\bimport\s*\(\s*(?!["'`]\.{1,2}\/)/],
];

describe('the shipped sources', () => {
  it('are all scanned', () => {
    expect(SHIPPED.length).toBeGreaterThan(30);
    expect(SHIPPED).toContain(join('entrypoints', 'compose.content', 'index.ts'));
  });

  it('never write a string into a page as HTML: every node is built with DOM calls or Preact', () => {
    const found = SHIPPED.flatMap((path) =>
      HTML_SINKS.filter(([, pattern]) => pattern.test(code(path))).map(([what]) => `${path}: ${what}`),
    );
    expect(found).toEqual([]);
  });

  it('never turn a string into code', () => {
    const found = SHIPPED.flatMap((path) =>
      CODE_FROM_STRINGS.filter(([, pattern]) => pattern.test(code(path))).map(([what]) => `${path}: ${what}`),
    );
    expect(found).toEqual([]);
  });

  it('listen to no page, other extension or external port: only runtime messages, each checked', () => {
    for (const path of SHIPPED) {
      const text = code(path);
      expect(text, path).not.toMatch(
        /onMessageExternal|onConnectExternal|onConnect\b|addEventListener\(\s*["'`]message["'`]/,
      );
      expect(text, path).not.toMatch(/\bwindow\.onmessage\b/);
      // Every runtime message listener starts by rejecting senders that are not this extension.
      for (const match of text.matchAll(/onMessage\.addListener\(\s*(\w+|\()/g)) {
        const listener = match[1] === '(' ? 'inline' : (match[1] ?? '');
        const declared = listener === 'inline' ? (match.index ?? 0) : text.indexOf(`const ${listener} = (`);
        expect(declared, `${path}: ${listener}`).toBeGreaterThanOrEqual(0);
        const body = text.slice(text.indexOf('=> {', declared) + 4).trim();
        expect(body.split('\n')[0], `${path}: ${listener}`).toBe(
          'if (!isOwnSender(sender, browser.runtime.id)) return undefined;',
        );
      }
    }
    const listeners = SHIPPED.filter((path) => /onMessage\.addListener/.test(code(path)));
    expect(listeners.map((path) => relative('.', path)).sort()).toEqual([
      join('entrypoints', 'background.ts'),
      join('entrypoints', 'compose.content', 'index.ts'),
    ]);
  });
});

describe('messages between the extension contexts', () => {
  it('are answered only for this extension', () => {
    expect(isOwnSender({ id: 'ours' }, 'ours')).toBe(true);
    expect(isOwnSender({ id: 'another-extension' }, 'ours')).toBe(false);
    expect(isOwnSender({ url: 'https://mail.google.com/', origin: 'https://mail.google.com' }, 'ours')).toBe(false);
    expect(isOwnSender({}, 'ours')).toBe(false);
  });

  it('are validated: anything else is ignored', () => {
    expect(parseTabRequest({ type: 'draft-report' })).toEqual({ type: 'draft-report' });
    for (const message of [
      null,
      'draft-report',
      { type: 'eval', code: 'alert(1)' },
      { type: 'apply', rule: 'x', suggestion: -1 },
      { type: 'mute', muted: 'yes' },
    ]) {
      expect(parseTabRequest(message)).toBeNull();
    }
    expect(parseBackgroundRequest({ type: 'analyze', text: 'x'.repeat(1_000_000) })).toBeNull();
    expect(parseBackgroundRequest({ type: 'badge', count: -1 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'analyze', text: 'Hi', sentAtLocal: 'now' })).toBeNull();
  });
});
