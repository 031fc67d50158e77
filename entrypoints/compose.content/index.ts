import './highlights.css';
import { browser } from 'wxt/browser';
import type { Report } from '../../src/engine/types.ts';
import { adapterFor } from '../../src/mail/adapters.ts';
import { COMPOSE_MATCHES } from '../../src/mail/sites.ts';
import {
  type BackgroundRequest,
  type DraftReportResponse,
  isOwnSender,
  parseAnalyzeResponse,
  parseTabRequest,
} from '../../src/messaging/index.ts';
import { ComposeController } from '../../src/ui/controller.tsx';

const INVALIDATION_CHECK_MS = 2000;

// Thin wiring: the engine runs in the background; this script reads editors and paints.
export default defineContentScript({
  matches: COMPOSE_MATCHES,
  runAt: 'document_idle',
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

    const controller = new ComposeController({
      document,
      adapter: adapterFor(location.hostname),
      signal: ctx.signal,
      analyze,
    });

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const request = parseTabRequest(message);
      if (request?.type === 'next-finding') {
        controller.nextFinding();
        return undefined;
      }
      if (request?.type === 'draft-report') {
        const response: DraftReportResponse = { report: controller.currentReport() };
        return Promise.resolve(response);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // An extension that is updated or disabled sends no event to its old scripts: look now and then,
    // so the underlines and buttons go away even if the user never types again.
    ctx.setInterval(() => {}, INVALIDATION_CHECK_MS);
    // After an update or uninstall, `browser.runtime` itself is gone.
    ctx.onInvalidated(() => browser.runtime?.onMessage?.removeListener(onMessage));
  },
});
