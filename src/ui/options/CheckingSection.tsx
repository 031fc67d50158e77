import { SEVERITIES, type Severity } from '../../engine/types.ts';
import type { LanguageSetting } from '../../settings/schema.ts';
import { Group, Section } from './Group.tsx';
import { t } from './i18n.ts';
import type { SectionProps } from './types.ts';

const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'pt'];

export function CheckingSection({ settings, isLocked, save }: SectionProps) {
  const gate = settings.sendGate;
  return (
    <Section id="checking" title={t('options_checking_title')}>
      <Group legend={t('options_gate')} locked={isLocked('sendGate')} hint={t('options_gate_hint')}>
        <div class="row">
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={gate.enabled}
              aria-checked={gate.enabled}
              onChange={(event) => void save({ sendGate: { ...gate, enabled: event.currentTarget.checked } })}
            />
            {t('options_gate_enabled')}
          </label>
          <label>
            {t('options_gate_severity')}
            <select
              value={gate.minSeverity}
              disabled={!gate.enabled}
              onChange={(event) =>
                void save({ sendGate: { ...gate, minSeverity: event.currentTarget.value as Severity } })
              }
            >
              {SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {t(`options_gate_at_least_${severity}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </Group>
      <Group legend={t('options_language')} locked={isLocked('language')} hint={t('options_language_hint')}>
        {LANGUAGES.map((language) => (
          <label key={language} class="choice">
            <input
              type="radio"
              name="language"
              value={language}
              checked={settings.language === language}
              onChange={() => void save({ language })}
            />
            {t(`options_language_${language}`)}
          </label>
        ))}
      </Group>
    </Section>
  );
}
