// Which tab the popup reads, and what it can tell about it.
import { browser } from 'wxt/browser';
import {
  type ApplyResponse,
  type DraftReportResponse,
  parseApplyResponse,
  parseDraftReportResponse,
  type TabRequest,
} from '../../messaging/index.ts';

export interface TargetTab {
  id: number;
  /** The page's origin when the browser lets us see it (activeTab, or a site we run on). */
  origin: string | null;
}

/**
 * The tab the popup is about: the active tab of its window. Opened as an ordinary page (tests,
 * or a user who bookmarks popup.html) the active tab is the popup itself, so `?tab=ID` names one.
 */
export async function targetTab(search: string): Promise<TargetTab | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  return { id: tab.id, origin: webOrigin(tab.url) };
}

function webOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The focused draft's report; undefined when no content script answers in that tab. */
export async function askReport(tabId: number): Promise<DraftReportResponse | undefined> {
  const request: TabRequest = { type: 'draft-report' };
  try {
    return parseDraftReportResponse(await browser.tabs.sendMessage(tabId, request)) ?? undefined;
  } catch {
    return undefined;
  }
}

export async function askMute(tabId: number, muted: boolean): Promise<DraftReportResponse | undefined> {
  const request: TabRequest = { type: 'mute', muted };
  try {
    return parseDraftReportResponse(await browser.tabs.sendMessage(tabId, request)) ?? undefined;
  } catch {
    return undefined;
  }
}

export async function askApply(tabId: number, request: Extract<TabRequest, { type: 'apply' }>): Promise<ApplyResponse> {
  try {
    return parseApplyResponse(await browser.tabs.sendMessage(tabId, request)) ?? { applied: false, report: null };
  } catch {
    return { applied: false, report: null };
  }
}
