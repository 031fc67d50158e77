// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMPOSE_FILES } from '../../../src/mail/content-scripts.ts';
import { startCompose } from '../../../src/mail/sites.ts';
import { onDomSettled } from '../../../src/mail/watch.ts';

/**
 * `scripting` as Chromium runs it, with this test's global standing in for the frame's isolated
 * world (one global per extension instance and frame): functions run there, files are recorded.
 */
function fakeScripting() {
  const started: string[] = [];
  const css: string[] = [];
  fakeBrowser.scripting.executeScript = (async (injection: { func?: () => unknown; files?: string[] }) => {
    if (injection.func) return [{ frameId: 0, result: injection.func() }];
    started.push(...(injection.files ?? []));
    return [{ frameId: 0, result: undefined }];
  }) as unknown as typeof fakeBrowser.scripting.executeScript;
  fakeBrowser.scripting.insertCSS = (async (injection: { files?: string[] }) => {
    css.push(...(injection.files ?? []));
  }) as unknown as typeof fakeBrowser.scripting.insertCSS;
  return { started, css };
}

describe('starting the compose script in a frame', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('evenKeelCompose', undefined);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts it once, however often the frame asks', async () => {
    const { started, css } = fakeScripting();
    const target = { tabId: 3, frameIds: [0] };
    expect(await Promise.all([startCompose(target), startCompose(target)])).toEqual([true, true]);
    expect(await startCompose(target)).toBe(true);
    expect(started).toEqual(COMPOSE_FILES.js);
    expect(css).toEqual(COMPOSE_FILES.css);
  });

  it('starts it again in a new world: the page reloaded, or the extension did', async () => {
    const { started } = fakeScripting();
    await startCompose({ tabId: 3, frameIds: [0] });
    // A new world: the frame's global starts empty again.
    vi.stubGlobal('evenKeelCompose', undefined);
    await startCompose({ tabId: 3, frameIds: [0] });
    expect(started).toEqual([...COMPOSE_FILES.js, ...COMPOSE_FILES.js]);
  });

  it('answers false when the frame is gone', async () => {
    fakeBrowser.scripting.executeScript = (async () => {
      throw new Error('No frame with id 0 in tab 3.');
    }) as unknown as typeof fakeBrowser.scripting.executeScript;
    expect(await startCompose({ tabId: 3, frameIds: [0] })).toBe(false);
  });
});

describe('looking again once the page settles', () => {
  it('looks once per burst of changes, and never after it is stopped', async () => {
    vi.useFakeTimers();
    try {
      const scan = vi.fn();
      const stop = new AbortController();
      onDomSettled(document, stop.signal, scan);
      for (let index = 0; index < 5; index += 1) document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(500);
      expect(scan).toHaveBeenCalledTimes(1);
      stop.abort();
      document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(500);
      expect(scan).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
