import { browser } from 'wxt/browser';
import { Analyzer } from '../src/engine/index.ts';
import { injectIntoOpenComposeTabs, injectIntoOpenTabs, startCompose, syncGrantedSites } from '../src/mail/sites.ts';
import { answerAnalyze } from '../src/messaging/analysis.ts';
import { isOwnSender, parseBackgroundRequest, type SendGateSettings, type TabRequest } from '../src/messaging/index.ts';
import { loadEngineInput } from '../src/settings/index.ts';

export default defineBackground(() => {
  const analyzer = new Analyzer();

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    if (request.type === 'badge') {
      // Per tab: the browser clears it when the tab navigates away.
      if (sender.tab?.id !== undefined) void showCount(sender.tab.id, request.count);
      return undefined;
    }
    if (request.type === 'start-compose') {
      const tabId = sender.tab?.id;
      const started: Promise<boolean> =
        tabId === undefined ? Promise.resolve(false) : startCompose({ tabId, frameIds: [sender.frameId ?? 0] });
      return started;
    }
    if (request.type === 'send-gate') {
      const answer: Promise<SendGateSettings> = loadEngineInput(new Date()).then((input) => input.sendGate);
      return answer;
    }
    return answerAnalyze(analyzer, request, loadEngineInput);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'next-finding') return;
    const target = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target === undefined) return;
    const request: TabRequest = { type: 'next-finding' };
    await browser.tabs.sendMessage(target, request).catch(() => {});
  });

  const sync = () => void syncGrantedSites().catch(() => {});
  browser.runtime.onInstalled.addListener(() => {
    sync();
    if (!import.meta.env.FIREFOX) void injectIntoOpenComposeTabs().catch(() => {});
  });
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void syncGrantedSites()
      .then(() => injectIntoOpenTabs(origins))
      .catch(() => {});
  });
  browser.permissions.onRemoved.addListener(sync);
});

/** The toolbar badge: how many findings the tab's active draft has, nothing when none. */
async function showCount(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b57d0' });
  } catch {
    // The tab closed meanwhile.
  }
}
