import { rules } from '../../engine/index.ts';
import { SEVERITIES, type Severity } from '../../engine/types.ts';
import { Group, Section } from './Group.tsx';
import { t } from './i18n.ts';
import type { SectionProps } from './types.ts';

export function severityLabel(severity: Severity): string {
  return t(`options_severity_${severity}`);
}

export function categoryLabel(category: string): string {
  return t(`options_category_${category.replaceAll('-', '_')}`);
}

/** One entry per rule in the engine's registry: nothing here is listed by hand. */
export function RulesSection({ settings, isLocked, save }: SectionProps) {
  const switchesLocked = isLocked('disabledRules');
  const severityLocked = isLocked('severity');
  const setEnabled = (id: string, enabled: boolean) => {
    const others = settings.disabledRules.filter((rule) => rule !== id);
    void save({ disabledRules: enabled ? others : [...others, id] });
  };
  const setSeverity = (id: string, severity: Severity, standard: Severity) => {
    const { [id]: _previous, ...others } = settings.severity;
    void save({ severity: severity === standard ? others : { ...others, [id]: severity } });
  };
  return (
    <Section id="rules" title={t('options_rules_title')} intro={t('options_rules_intro')}>
      {(switchesLocked || severityLocked) && <p class="locked">{t('options_locked')}</p>}
      <ul class="rules">
        {rules.map((rule) => {
          const enabled = !settings.disabledRules.includes(rule.id);
          const example = rule.examples.bad[0];
          const titleId = `rule-${rule.id}`;
          return (
            <li key={rule.id} class="rule" aria-labelledby={titleId}>
              <h3 id={titleId}>
                {categoryLabel(rule.category)} <code>{rule.id}</code>
              </h3>
              <p lang="en">{rule.description}</p>
              {example && (
                <p class="example">
                  <span>{t('options_rules_example')}</span>{' '}
                  <q lang={example.lang === 'pt' ? 'pt-BR' : 'en'}>{example.text}</q>
                </p>
              )}
              <div class="row">
                <label class="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={enabled}
                    aria-checked={enabled}
                    disabled={switchesLocked}
                    aria-describedby={titleId}
                    onChange={(event) => setEnabled(rule.id, event.currentTarget.checked)}
                  />
                  {t('options_rules_enabled')}
                </label>
                <label>
                  {t('options_rules_severity')}
                  <select
                    value={settings.severity[rule.id] ?? rule.severity}
                    disabled={severityLocked || !enabled}
                    aria-describedby={titleId}
                    onChange={(event) => setSeverity(rule.id, event.currentTarget.value as Severity, rule.severity)}
                  >
                    {SEVERITIES.map((severity) => (
                      <option key={severity} value={severity}>
                        {severityLabel(severity)}
                        {severity === rule.severity ? ` ${t('options_rules_standard')}` : ''}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            </li>
          );
        })}
      </ul>
      <Group legend={t('options_rules_all')} locked={switchesLocked}>
        <button type="button" class="quiet" onClick={() => void save({ disabledRules: [], severity: {} })}>
          {t('options_rules_reset')}
        </button>
      </Group>
    </Section>
  );
}
