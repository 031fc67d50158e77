import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Field, Settings } from '../../settings/schema.ts';
import {
  type LoadedSettings,
  loadSettings,
  type SourceNotice,
  saveSettings,
  watchSettings,
} from '../../settings/storage.ts';
import { CheckingSection } from './CheckingSection.tsx';
import { t } from './i18n.ts';
import { OfficeHoursSection } from './OfficeHoursSection.tsx';
import { PhrasesSection } from './PhrasesSection.tsx';
import { RulesSection } from './RulesSection.tsx';
import { SitesSection } from './SitesSection.tsx';
import { TransferSection } from './TransferSection.tsx';
import { WordingSection } from './WordingSection.tsx';

function fieldLabel(field: Field): string {
  return t(`options_field_${field}`);
}

function Notices({ notices, onRepair }: { notices: readonly SourceNotice[]; onRepair: () => void }) {
  if (notices.length === 0) return null;
  const own = notices.some((notice) => notice.source === 'sync');
  return (
    <section class="notices" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('options_notices_title')}</h2>
      <ul>
        {notices.map((notice) => (
          <li key={`${notice.source}:${notice.field}:${notice.path}`}>
            {t(
              notice.source === 'managed' ? 'options_notice_managed' : 'options_notice_sync',
              fieldLabel(notice.field),
              notice.path ? `${notice.path}: ${notice.problem}` : notice.problem,
            )}
          </li>
        ))}
      </ul>
      {own && (
        <button type="button" onClick={onRepair}>
          {t('options_notices_repair')}
        </button>
      )}
    </section>
  );
}

const NAV: Array<[string, `options_${string}`]> = [
  ['hours', 'options_hours_title'],
  ['wording', 'options_wording_title'],
  ['rules', 'options_rules_title'],
  ['phrases', 'options_phrases_title'],
  ['sites', 'options_sites_title'],
  ['checking', 'options_checking_title'],
  ['transfer', 'options_transfer_title'],
];

export function OptionsApp({ clock = () => new Date() }: { clock?: () => Date }) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    // Reads can finish out of order when changes come quickly: only the latest one may show.
    let latest = 0;
    let mounted = true;
    const reload = () => {
      const ticket = ++latest;
      void loadSettings().then((next) => {
        if (mounted && ticket === latest) setLoaded(next);
      });
    };
    reload();
    const stop = watchSettings(reload);
    return () => {
      mounted = false;
      stop();
    };
  }, []);

  const save = useCallback(async (values: Partial<Settings>) => {
    try {
      await saveSettings(values);
      setStatus(t('options_saved'));
    } catch (error) {
      setStatus(t('options_save_failed', String(error)));
    }
  }, []);

  if (!loaded) return <p class="loading">{t('options_loading')}</p>;

  const locked = new Set(loaded.locked);
  const props = { settings: loaded.settings, isLocked: (field: Field) => locked.has(field), save };
  const repair = () => {
    const fields = [...new Set(loaded.notices.filter((n) => n.source === 'sync').map((n) => n.field))];
    void save(Object.fromEntries(fields.map((field) => [field, loaded.settings[field]])) as Partial<Settings>);
  };

  return (
    <>
      <header class="page-header">
        <h1>{t('options_title')}</h1>
        <p>{t('options_intro')}</p>
        {loaded.locked.length > 0 && <p class="locked-summary">{t('options_locked_summary')}</p>}
        <nav aria-label={t('options_nav')}>
          <ul>
            {NAV.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <Notices notices={loaded.notices} onRepair={repair} />
        <OfficeHoursSection {...props} clock={clock} />
        <WordingSection {...props} clock={clock} />
        <RulesSection {...props} />
        <PhrasesSection {...props} />
        <SitesSection {...props} />
        <CheckingSection {...props} />
        <TransferSection {...props} />
      </main>
      <p class="save-status" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
