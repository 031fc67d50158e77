import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../../engine/types.ts';
import { CustomPhraseSchema } from '../../settings/schema.ts';
import { Group, Problems, Section } from './Group.tsx';
import { t } from './i18n.ts';
import { categoryLabel } from './RulesSection.tsx';
import type { SectionProps } from './types.ts';

const FIELD_LABELS: Record<string, string> = {
  phrase: 'options_phrases_phrase',
  message: 'options_phrases_message',
  alternatives: 'options_phrases_alternatives',
};

export function PhrasesSection({ settings, isLocked, save }: SectionProps) {
  const locked = isLocked('customPhrases');
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<Category>('escalation');
  const [message, setMessage] = useState('');
  const [alternatives, setAlternatives] = useState('');
  const [problems, setProblems] = useState<string[]>([]);

  const add = (event: Event) => {
    event.preventDefault();
    const candidate = {
      phrase,
      category,
      message: message.trim(),
      alternatives: alternatives
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
    const parsed = v.safeParse(CustomPhraseSchema, candidate);
    if (!parsed.success) {
      setProblems(
        parsed.issues.map((issue) => {
          const field = String(issue.path?.[0]?.key ?? '');
          const label = FIELD_LABELS[field];
          return label ? `${t(label as `options_${string}`)}: ${issue.message}` : issue.message;
        }),
      );
      return;
    }
    const exists = settings.customPhrases.some(
      (item) => item.phrase.toLowerCase() === parsed.output.phrase.toLowerCase(),
    );
    if (exists) {
      setProblems([t('options_phrases_duplicate', parsed.output.phrase)]);
      return;
    }
    setProblems([]);
    void save({ customPhrases: [...settings.customPhrases, parsed.output] });
    setPhrase('');
    setMessage('');
    setAlternatives('');
  };

  return (
    <Section id="phrases" title={t('options_phrases_title')} intro={t('options_phrases_intro')}>
      <Group legend={t('options_phrases_list')} locked={locked}>
        {settings.customPhrases.length === 0 ? (
          <p class="empty">{t('options_phrases_none')}</p>
        ) : (
          <ul class="phrases">
            {settings.customPhrases.map((item) => (
              <li key={item.phrase}>
                <p>
                  <strong>“{item.phrase}”</strong> · {categoryLabel(item.category)}
                </p>
                {item.message && <p>{item.message}</p>}
                {item.alternatives.length > 0 && (
                  <p>
                    {t('options_phrases_instead')} {item.alternatives.map((text) => `“${text}”`).join(', ')}
                  </p>
                )}
                <button
                  type="button"
                  class="quiet"
                  aria-label={t('options_phrases_remove', item.phrase)}
                  onClick={() =>
                    void save({ customPhrases: settings.customPhrases.filter((other) => other.phrase !== item.phrase) })
                  }
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Group>
      <Group legend={t('options_phrases_add')} locked={locked}>
        <form class="stack" onSubmit={add}>
          <label for="phrase-text">{t('options_phrases_phrase')}</label>
          <input id="phrase-text" type="text" value={phrase} onInput={(e) => setPhrase(e.currentTarget.value)} />
          <label for="phrase-category">{t('options_phrases_category')}</label>
          <select
            id="phrase-category"
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as Category)}
          >
            {CATEGORIES.map((item) => (
              <option key={item} value={item}>
                {categoryLabel(item)}
              </option>
            ))}
          </select>
          <label for="phrase-message">{t('options_phrases_message')}</label>
          <input id="phrase-message" type="text" value={message} onInput={(e) => setMessage(e.currentTarget.value)} />
          <label for="phrase-alternatives">{t('options_phrases_alternatives')}</label>
          <textarea
            id="phrase-alternatives"
            rows={2}
            value={alternatives}
            aria-describedby="phrase-alternatives-hint"
            onInput={(e) => setAlternatives(e.currentTarget.value)}
          />
          <p class="hint" id="phrase-alternatives-hint">
            {t('options_phrases_alternatives_hint')}
          </p>
          <Problems id="phrase-problems" problems={problems} />
          <div>
            <button type="submit">{t('options_phrases_add_button')}</button>
          </div>
        </form>
      </Group>
    </Section>
  );
}
