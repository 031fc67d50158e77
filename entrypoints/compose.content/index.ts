import './highlights.css';
import { browser } from 'wxt/browser';
import type { Report } from '../../src/engine/types.ts';
import { adapterFor } from '../../src/mail/adapters.ts';
import { COMPOSE_MATCHES } from '../../src/mail/content-scripts.ts';
import {
  type BackgroundRequest,
  isOwnSender,
  parseAnalyzeResponse,
  parseSendGate,
  parseTabRequest,
  type SendGateSettings,
} from '../../src/messaging/index.ts';
import { ComposeController } from '../../src/ui/controller.tsx';

const INVALIDATION_CHECK_MS = 2000;

// Thin wiring: the engine runs in the background; this script reads editors and paints.
// Not in the manifest: the watcher (entrypoints/watch.ts) asks the background to start it
// in a frame once a compose editor is there, so webmail pages without one never load it.
export default defineContentScript({
  matches: COMPOSE_MATCHES,
  registration: 'runtime',
  // A copy replaced after an update is told with a DOM event; WXT's extra window message would
  // reach the page's own listeners, and tell the page our extension id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const analyze = async (text: string, clientMessage: string | undefined): Promise<Report | null> => {
      const request: BackgroundRequest = { type: 'analyze', text, ...(clientMessage ? { clientMessage } : {}) };
      try {
        const response = parseAnalyzeResponse(await browser.runtime.sendMessage(request));
        return response?.ok ? response.report : null;
      } catch {
        // Reading `isInvalid` notices an extension that was reloaded or disabled, and stops everything.
        void ctx.isInvalid;
        return null;
      }
    };

    const ask = (request: BackgroundRequest) => browser.runtime.sendMessage(request);

    // Until the background answers, the gate is open: sends are never held on a guess.
    let sendGate: SendGateSettings | null = null;
    const loadGate = () =>
      ask({ type: 'send-gate' }).then(
        (answer) => {
          sendGate = parseSendGate(answer);
        },
        () => {},
      );

    const controller = new ComposeController({
      document,
      adapter: adapterFor(location.hostname),
      signal: ctx.signal,
      analyze,
      sendGate: () => sendGate,
      onCount: (count) => void ask({ type: 'badge', count }).catch(() => {}),
    });
    void loadGate();

    // Settings changed (here, in the options page, or by policy): the gate and the findings follow.
    const onSettings = (_changes: unknown, area: string) => {
      if (area !== 'sync' && area !== 'managed') return;
      void loadGate();
      controller.recheck();
    };
    browser.storage.onChanged.addListener(onSettings);

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const request = parseTabRequest(message);
      if (request?.type === 'next-finding') {
        controller.nextFinding();
        return undefined;
      }
      if (request?.type === 'draft-report') return Promise.resolve(controller.draftState());
      if (request?.type === 'mute') return Promise.resolve(controller.mute(request.muted));
      if (request?.type === 'apply') return controller.applyFinding(request, request.suggestion);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // An extension that is updated or disabled sends no event to its old scripts: look now and then,
    // so the underlines and buttons go away even if the user never types again.
    ctx.setInterval(() => {}, INVALIDATION_CHECK_MS);
    // After an update or uninstall, `browser.runtime` itself is gone.
    ctx.onInvalidated(() => {
      browser.runtime?.onMessage?.removeListener(onMessage);
      browser.storage?.onChanged?.removeListener(onSettings);
    });
  },
});
