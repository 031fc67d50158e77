import { useEffect, useState } from 'preact/hooks';
import { WEBMAIL_SITES } from '../../settings/defaults.ts';
import { normalizeOrigin } from '../../settings/schema.ts';
import { disableSite, enableSite, grantedOrigins, isWebmail } from '../../settings/sites.ts';
import { Group, Problems, Section } from './Group.tsx';
import { t } from './i18n.ts';
import type { SectionProps } from './types.ts';

export function SitesSection({ settings, isLocked }: SectionProps) {
  const locked = isLocked('sites');
  const [granted, setGranted] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const sitesKey = settings.sites.join(' ');
  // Grants change with the list (adding or removing a site asks or gives back a permission).
  useEffect(() => {
    void grantedOrigins().then(setGranted);
  }, [sitesKey]);

  const missingWebmail = WEBMAIL_SITES.filter((site) => !settings.sites.includes(site));
  // A site granted from the popup is shown too, so it can be removed here like any other.
  const shown = [...settings.sites, ...granted.filter((origin) => !settings.sites.includes(origin))];

  const add = async (event: Event) => {
    event.preventDefault();
    const origin = normalizeOrigin(address);
    if (!origin) {
      setProblems([t('options_sites_problem_address')]);
      return;
    }
    try {
      if (!(await enableSite(origin))) {
        setProblems([t('options_sites_problem_denied', origin)]);
        return;
      }
    } catch (error) {
      setProblems([t('options_sites_problem_denied', origin), String(error)]);
      return;
    }
    setProblems([]);
    setAddress('');
  };

  return (
    <Section id="sites" title={t('options_sites_title')} intro={t('options_sites_intro')}>
      <Group legend={t('options_sites_list')} locked={locked}>
        {shown.length === 0 ? (
          <p class="empty">{t('options_sites_none')}</p>
        ) : (
          <ul class="sites">
            {shown.map((site) => {
              const needsPermission = !isWebmail(site) && !granted.includes(site);
              return (
                <li key={site}>
                  <span class="site">{site.replace(/^https:\/\//, '')}</span>
                  <span class="tag">{isWebmail(site) ? t('options_sites_webmail') : t('options_sites_added')}</span>
                  {needsPermission && (
                    <button
                      type="button"
                      onClick={() => void enableSite(site).then(() => grantedOrigins().then(setGranted))}
                    >
                      {t('options_sites_allow')}
                    </button>
                  )}
                  <button
                    type="button"
                    class="quiet"
                    aria-label={t('options_sites_remove', site)}
                    onClick={() => void disableSite(site).then(() => grantedOrigins().then(setGranted))}
                  >
                    {t('options_remove')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {missingWebmail.length > 0 && (
          <button type="button" class="quiet" onClick={() => void Promise.all(missingWebmail.map(enableSite))}>
            {t('options_sites_restore')}
          </button>
        )}
      </Group>
      <Group legend={t('options_sites_add')} locked={locked} hint={t('options_sites_add_hint')}>
        <form class="row" onSubmit={(event) => void add(event)}>
          <label for="site-address">{t('options_sites_address')}</label>
          <input
            id="site-address"
            type="text"
            inputMode="url"
            placeholder="mail.example.com"
            value={address}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
          <button type="submit">{t('options_add')}</button>
        </form>
        <Problems id="site-problems" problems={problems} />
      </Group>
    </Section>
  );
}
