// Shared launcher for the end-to-end tests: real Chromium (Debian's package) with the built
// extension loaded, a fresh profile per launch, and fixture pages served at the real webmail URLs
// so the production match patterns are what runs.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The `wxt build` output; `EVEN_KEEL_EXTENSION` points elsewhere (a build of some entrypoints only). */
export const EXTENSION_PATH = process.env.EVEN_KEEL_EXTENSION ?? join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Defaults to the `wxt build` output. */
  extensionPath?: string;
  /** Headless unless `EVEN_KEEL_HEADED=1`. */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /**
   * Origins the user has enabled beyond Gmail and Outlook (say `https://desk.example.org/*`).
   * Chromium cannot accept a permission prompt without a person, so the extension is loaded with
   * these origins already granted (as install-time host permissions): at start-up the background
   * finds them in `permissions.getAll()` and registers the compose script for them, exactly the
   * path a grant from the popup or options page ends in.
   */
  grantOrigins?: string[];
  /**
   * Chromium's developer mode (the switch on chrome://extensions that "Load unpacked" needs).
   * Without it, an unpacked extension that reloads itself (`chrome.runtime.reload()`, what an
   * update does to the running extension) comes back disabled
   * (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION): the old instance stops and no new one starts.
   * With it, the reload really loads the built extension again and fires `onInstalled`.
   */
  developerMode?: boolean;
}

/**
 * Starts Chromium with the extension. Every http(s) request that no fixture route answers is
 * aborted, so a test can never reach the network (and a page that tries shows up as a failure).
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: run \`sh .ci/bootstrap.sh chromium\` (or set CHROMIUM_PATH).`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'even-keel-e2e-'));
  if (options.developerMode) {
    await mkdir(join(profile, 'Default'));
    await writeFile(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
    );
  }
  let loaded = extensionPath;
  if (options.grantOrigins?.length) {
    loaded = join(profile, 'extension');
    await cp(extensionPath, loaded, { recursive: true });
    const manifestPath = join(loaded, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...options.grantOrigins];
    await writeFile(manifestPath, JSON.stringify(manifest));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? process.env.EVEN_KEEL_HEADED !== '1',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${loaded}`,
      `--load-extension=${loaded}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
    ],
  });
  try {
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    const serviceWorker = await extensionWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      async close() {
        await context.close().catch(() => {});
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The extension's service worker. It starts in about a second, but on a loaded machine it can take
 * much longer, and it may have started before anyone listened: look, then wait a little, repeatedly.
 */
async function extensionWorker(context: BrowserContext, timeout = 45_000): Promise<Worker> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    if (Date.now() > deadline) throw new Error(`The extension's service worker did not start within ${timeout} ms.`);
    await context
      .waitForEvent('serviceworker', {
        predicate: (candidate) => candidate.url().startsWith('chrome-extension://'),
        timeout: 1000,
      })
      .catch(() => undefined);
  }
}

/** Absolute path of a file under tests/fixtures/. */
export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

/**
 * Answers requests for `url` (a page URL; query and hash ignored) with a fixture file. Later
 * routes win over earlier ones, so this overrides the catch-all abort from `launchExtension`.
 */
export async function serveFixture(context: BrowserContext, url: string, fixture: string): Promise<void> {
  const target = new URL(url);
  const body = await readFile(fixturePath(fixture));
  const contentType = CONTENT_TYPES[extname(fixture)] ?? 'application/octet-stream';
  await context.route(
    (candidate) => candidate.origin === target.origin && candidate.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, body, contentType }),
  );
}

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors raised in the page, in order. */
  errors: string[];
}

/** Serves `fixture` at `url`, opens it in a new tab and records the page's errors. */
export async function openFixture(context: BrowserContext, url: string, fixture: string): Promise<OpenedPage> {
  await serveFixture(context, url, fixture);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

/** Opens one of the extension's own pages (`popup.html`, `options.html`, …). */
export async function openExtensionPage(session: ExtensionSession, path: string): Promise<OpenedPage> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return { page, errors };
}
