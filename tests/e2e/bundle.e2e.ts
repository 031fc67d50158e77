// What a firm's IT department checks before allowing the extension, checked on the built package
// (`wxt build` output) rather than the sources: the manifest's policy and permissions, and that no
// shipped script can run code it did not bring with it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPOSE_MATCHES, WATCH_FILES } from '../../src/mail/content-scripts.ts';
import { EXTENSION_PATH } from './harness.ts';

function files(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

const built = existsSync(join(EXTENSION_PATH, 'manifest.json'));
const manifest = built ? JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) : {};
const scripts = built ? files(EXTENSION_PATH, '.js') : [];
const pages = built ? files(EXTENSION_PATH, '.html') : [];

/** Every API permission, with where the shipped code uses it: a permission nothing uses must go. */
const PERMISSION_USES: Record<string, RegExp> = {
  // Settings (sync), the firm's policy (managed) and their change events. Never the draft.
  storage: /\.storage\.(sync|managed|onChanged)\b/,
  // The compose script started where a compose window opens; the watcher on sites the user enables.
  scripting: /\.scripting\.(registerContentScripts|executeScript)\b/,
  // The popup reads the address of the tab it was opened on, to offer "Enable on this site".
  activeTab: /\.tabs\.query\(/,
};

/**
 * Ways a script can turn a string into code. Matched on minified output, so each pattern looks
 * for a call, not a word: `evaluate(` or `.eval` as a property name are not calls of the global.
 */
const DYNAMIC_CODE: [string, RegExp][] = [
  ['eval()', /(?<![\w$.])eval\s*\(/],
  ['new Function()', /\bnew\s+Function\s*\(/],
  ['Function() as a constructor', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['a string timer', /\b(setTimeout|setInterval)\s*\(\s*["'`]/],
  ['importScripts()', /\bimportScripts\s*\(/],
  ['import() of a URL', /\bimport\s*\(\s*["'`]https?:/],
  ['WebAssembly', /\bWebAssembly\.(compile|instantiate)/],
  ['document.write()', /\bdocument\.write(ln)?\s*\(/],
];

describe.skipIf(!built)('the built Chrome package', () => {
  it('has a strict content security policy for its own pages', () => {
    const policy: string = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toContain(directives.get('object-src')?.join(' '));
    expect(policy).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval|https?:|\*/);
    // No sandboxed pages (the one place MV3 allows eval).
    expect(manifest.sandbox).toBeUndefined();
  });

  it('asks only for permissions its code uses, and no host beyond Gmail and Outlook', () => {
    expect([...manifest.permissions].sort()).toEqual(Object.keys(PERMISSION_USES).sort());
    const code = scripts.map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const [permission, use] of Object.entries(PERMISSION_USES)) expect(code, permission).toMatch(use);
    // Exactly the hosts the compose script runs on (to restart it in open tabs after an update).
    expect(manifest.host_permissions).toEqual(COMPOSE_MATCHES);
    // Other sites only when the user grants one, from the popup or the options page.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches)).toEqual(
      COMPOSE_MATCHES,
    );
    // Only the small watcher loads with every webmail page; the compose script follows on demand.
    expect(manifest.content_scripts.flatMap((script: { js: string[] }) => script.js)).toEqual(WATCH_FILES.js);
    // Nothing of ours can be loaded by a web page, and no page or other extension may message us.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('ships no script that turns strings into code or loads code from elsewhere', () => {
    expect(scripts.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const [what, pattern] of DYNAMIC_CODE) {
        const match = pattern.exec(code);
        if (match)
          found.push(
            `${relative(EXTENSION_PATH, file)}: ${what} near "${code.slice(match.index - 40, match.index + 40)}"`,
          );
      }
    }
    expect(found).toEqual([]);
  });

  it('loads its pages only from packaged scripts: no inline script, no remote source, no inline handler', () => {
    expect(pages.map((page) => relative(EXTENSION_PATH, page)).sort()).toEqual(['options.html', 'popup.html']);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(tags.length, page).toBeGreaterThan(0);
      for (const [, attributes = '', body = ''] of tags) {
        const source = /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? '';
        expect(source, page).toMatch(/^\/[\w./-]+\.js$/);
        expect(existsSync(join(EXTENSION_PATH, source)), source).toBe(true);
        expect(body.trim(), page).toBe('');
      }
      expect(html, page).not.toMatch(/<(link|img|iframe|object|embed)\b[^>]*\b(href|src)="(https?:)?\/\//i);
      expect(html, page).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it('holds no network call, and no web address beyond the webmail it runs on and text in messages', () => {
    const text = [
      // XML namespaces Preact creates elements in.
      /^http:\/\/www\.w3\.org\/(2000\/svg|1998\/Math\/MathML|1999\/xlink|1999\/xhtml|XML\/1998\/namespace)$/,
      /^https:\/\/(mail\.google\.com|outlook\.(live|office|office365)\.com)\/?\*?$/,
      // A site typed without its scheme, made into an address to validate it (options page).
      /^https:\/\/\$\{\w+\}$/,
      // Help links in the errors `wxt/storage` throws outside an extension (tests, builds).
      /^https:\/\/(github\.com\/wxt-dev\/wxt\/issues\/\d+|wxt\.dev\/guide\/[\w/.-]+)$/,
      /^https:\/\/mail\.example\.com$/,
    ];
    const found = new Set<string>();
    for (const file of scripts) {
      for (const [url] of readFileSync(file, 'utf8').matchAll(/https?:\/\/[^\s"'`)<>\\,]+/g)) {
        if (!text.some((pattern) => pattern.test(url))) found.add(`${relative(EXTENSION_PATH, file)}: ${url}`);
      }
    }
    // Listed one by one so that a new address gets looked at; the privacy test proves none is requested.
    expect([...found]).toEqual([]);
    for (const file of scripts) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(
        /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|RTCPeerConnection)\b/,
      );
    }
  });
});
