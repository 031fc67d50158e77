import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Finding, Report } from '../../engine/types.ts';
import type { DraftReportResponse } from '../../messaging/index.ts';
import { enableSite, grantedOrigins, isWebmail } from '../../settings/sites.ts';
import { t } from '../i18n.ts';
import { Checklist } from './Checklist.tsx';
import { isReady } from './checklist.ts';
import { askApply, askMute, askReport, type TargetTab, targetTab } from './tab.ts';

type View =
  | { kind: 'loading' }
  | { kind: 'draft'; tab: TargetTab; report: Report; muted: boolean }
  /** Even Keel runs in the tab but no draft is open (or the tab is a page we cannot read). */
  | { kind: 'none' }
  | { kind: 'enable'; tab: TargetTab; origin: string; refused: boolean };

/** After a grant the background starts the compose script in the tab: give it a moment to answer. */
const START_WAIT_MS = 3000;
const START_POLL_MS = 150;

function draftView(tab: TargetTab, answer: DraftReportResponse | undefined): View {
  return answer?.report
    ? { kind: 'draft', tab, report: answer.report, muted: answer.muted === true }
    : { kind: 'none' };
}

async function viewFor(tab: TargetTab | null): Promise<View> {
  if (!tab) return { kind: 'none' };
  const answer = await askReport(tab.id);
  if (answer) return draftView(tab, answer);
  const origin = tab.origin;
  if (origin && !isWebmail(origin) && !(await grantedOrigins()).includes(origin)) {
    return { kind: 'enable', tab, origin, refused: false };
  }
  return { kind: 'none' };
}

export function PopupApp({ search }: { search: string }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void targetTab(search)
      .then(viewFor)
      .then(setView, () => setView({ kind: 'none' }));
  }, [search]);

  const apply = useCallback(
    async (finding: Finding, suggestion: number) => {
      if (view.kind !== 'draft') return;
      const { rule, start, end } = finding;
      const answer = await askApply(view.tab.id, {
        type: 'apply',
        rule,
        ...(start !== undefined ? { start } : {}),
        ...(end !== undefined ? { end } : {}),
        suggestion,
      });
      setNotice(
        answer.applied
          ? t('popup_applied', 'Changed in your draft. Undo there with Ctrl+Z.')
          : t('popup_apply_failed', 'The draft changed meanwhile: nothing was changed. Look again below.'),
      );
      setView(draftView(view.tab, answer.report ? { report: answer.report } : await askReport(view.tab.id)));
    },
    [view],
  );

  const mute = useCallback(
    async (muted: boolean) => {
      if (view.kind !== 'draft') return;
      setNotice('');
      setView(draftView(view.tab, await askMute(view.tab.id, muted)));
    },
    [view],
  );

  const enable = useCallback(async () => {
    if (view.kind !== 'enable') return;
    const { tab, origin } = view;
    const granted = await enableSite(origin).catch(() => false);
    if (!granted) {
      setView({ ...view, refused: true });
      return;
    }
    setView({ kind: 'loading' });
    const deadline = Date.now() + START_WAIT_MS;
    for (;;) {
      const answer = await askReport(tab.id);
      if (answer || Date.now() > deadline) {
        setView(draftView(tab, answer));
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, START_POLL_MS));
    }
  }, [view]);

  return (
    <main class="popup">
      <h1>Even Keel</h1>
      {view.kind === 'loading' ? <p class="muted">{t('popup_loading', 'Reading your draft…')}</p> : null}
      {view.kind === 'draft' ? (
        <DraftView report={view.report} muted={view.muted} onApply={apply} onMute={mute} />
      ) : null}
      {view.kind === 'none' || view.kind === 'enable' ? <Explanation /> : null}
      {view.kind === 'enable' ? (
        <section class="enable" aria-labelledby="ek-enable-title">
          <p id="ek-enable-title">{t('popup_site_off', 'Even Keel is not on for $1.', [view.origin])}</p>
          <button type="button" class="primary" onClick={() => void enable()}>
            {t('popup_enable_site', 'Enable on this site')}
          </button>
          {view.refused ? (
            <p role="alert">{t('popup_enable_refused', 'The browser did not allow it: nothing changed.')}</p>
          ) : null}
        </section>
      ) : null}
      <p class="notice" role="status">
        {notice}
      </p>
      <p class="footer">
        <a
          href={browser.runtime.getURL('/options.html')}
          target="_blank"
          rel="noreferrer"
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('popup_options', 'Settings: office hours, wording, sites')}
        </a>
      </p>
    </main>
  );
}

interface DraftViewProps {
  report: Report;
  muted: boolean;
  onApply(finding: Finding, suggestion: number): void;
  onMute(muted: boolean): void;
}

function DraftView({ report, muted, onApply, onMute }: DraftViewProps) {
  const ready = isReady(report.checklist);
  const count = report.findings.length;
  const toggle = (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={!muted}
        aria-checked={!muted}
        onChange={(event) => onMute(!event.currentTarget.checked)}
      />
      {t('popup_check_this_draft', 'Check this draft')}
    </label>
  );
  if (muted) {
    return (
      <section aria-labelledby="ek-summary">
        <p id="ek-summary" class="summary">
          {t('popup_muted', 'Even Keel is off for this draft: no underlines, no stop before sending.')}
        </p>
        {toggle}
      </section>
    );
  }
  return (
    <section aria-labelledby="ek-summary">
      {toggle}
      <p id="ek-summary" class={`summary ${ready ? 'ready' : 'todo'}`}>
        {ready
          ? t('popup_ready', 'Ready to send: nothing to change.')
          : count === 1
            ? t('popup_summary_one', '1 suggestion before you send')
            : t('popup_summary_many', '$1 suggestions before you send', [String(count)])}
      </p>
      <Checklist items={report.checklist} onApply={onApply} idPrefix="ek-popup" />
    </section>
  );
}

function Explanation() {
  return (
    <section class="explain">
      <p>
        {t(
          'popup_no_draft',
          'No draft here. Open a reply in Gmail or Outlook (or a site you enabled): Even Keel underlines wording that could overpromise or inflame, and this window shows a checklist before you send.',
        )}
      </p>
      <p class="muted">{t('popup_private', 'Your draft is checked on this device and never leaves the browser.')}</p>
    </section>
  );
}
