import { useRef } from 'preact/hooks';
import {
  addDays,
  describeHours,
  describeMoment,
  nextOpening,
  parseWallTime,
  type ScheduleWords,
  type WallTime,
} from '../../engine/schedule.ts';
import { LANGS, type Lang } from '../../engine/types.ts';
import { scheduleWords as enWords } from '../../lexicon/en/out-of-hours.ts';
import { scheduleWords as ptWords } from '../../lexicon/pt/out-of-hours.ts';
import { DEFAULT_WORDING } from '../../settings/defaults.ts';
import { effectiveTimeZone, scheduleStatus, toOfficeHours, wallClock } from '../../settings/hours.ts';
import type { Settings } from '../../settings/schema.ts';
import { fillFirm, PLACEHOLDERS, unknownPlaceholders } from '../../settings/wording.ts';
import { Group, Problems, Section } from './Group.tsx';
import { t } from './i18n.ts';
import type { SectionProps } from './types.ts';
import { useDraft } from './useDraft.ts';
import { useNow } from './useNow.ts';

const MAX_WORDING = 600;

const WORDS: Record<Lang, ScheduleWords> = { en: enWords, pt: ptWords };

/**
 * The wording as the client would read it if the reply were written now, filled the way the
 * engine fills it: when the office is open, with the opening after today's closing.
 */
export function previewWording(settings: Settings, wording: string, lang: Lang, now: Date): string {
  const hours = toOfficeHours(settings.officeHours);
  const from = parseWallTime(wallClock(now, effectiveTimeZone(settings.officeHours)));
  const status = scheduleStatus(settings.officeHours, now);
  let next: WallTime | null = null;
  if (hours && status.state === 'closed') next = status.next;
  if (hours && status.state === 'open') {
    const closes = status.until.minutes >= 24 * 60 ? { ...addDays(status.until.date, 1), minutes: 0 } : status.until;
    next = nextOpening(hours, closes);
  }
  return fillFirm(wording, settings, lang)
    .replaceAll('{hours}', hours ? describeHours(hours, WORDS[lang]) : '—')
    .replaceAll('{nextOpening}', next ? describeMoment(next, from, WORDS[lang]) : '—');
}

function TextSetting({
  id,
  label,
  value,
  locked,
  onSave,
}: {
  id: string;
  label: string;
  value: string;
  locked: boolean;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useDraft(value);
  return (
    <div class="row">
      <label for={id}>{label}</label>
      {locked && <span class="locked">{t('options_locked')}</span>}
      <input
        id={id}
        type="text"
        value={draft}
        disabled={locked}
        maxLength={160}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={(event) => onSave(event.currentTarget.value.trim())}
      />
    </div>
  );
}

function WordingEditor({
  lang,
  settings,
  now,
  onSave,
}: {
  lang: Lang;
  settings: Settings;
  now: Date;
  onSave: (text: string) => void;
}) {
  const saved = settings.wording[lang];
  const [draft, setDraft] = useDraft(saved);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = `wording-${lang}`;

  const insert = (placeholder: string) => {
    const element = area.current;
    const start = element?.selectionStart ?? draft.length;
    const end = element?.selectionEnd ?? draft.length;
    const next = draft.slice(0, start) + placeholder + draft.slice(end);
    setDraft(next);
    onSave(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };

  const problems = unknownPlaceholders(draft).map((word) => t('options_wording_unknown_placeholder', word));
  if (draft.includes('{urgentContact}') && settings.urgentContact.trim() === '') {
    problems.push(t('options_wording_no_urgent_contact'));
  }
  const preview = previewWording(settings, draft, lang, now);

  return (
    <div class="wording">
      <label for={id}>{t(`options_wording_lang_${lang}`)}</label>
      <textarea
        id={id}
        ref={area}
        rows={3}
        maxLength={MAX_WORDING}
        lang={lang === 'pt' ? 'pt-BR' : 'en'}
        value={draft}
        aria-describedby={`${id}-preview`}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={(event) => onSave(event.currentTarget.value)}
      />
      <fieldset class="plain placeholders">
        <legend>{t('options_wording_insert')}</legend>
        {PLACEHOLDERS.map((placeholder) => (
          <button key={placeholder} type="button" class="chip" onClick={() => insert(placeholder)}>
            {placeholder}
          </button>
        ))}
        <button
          type="button"
          class="quiet"
          disabled={draft === DEFAULT_WORDING[lang]}
          onClick={() => {
            setDraft(DEFAULT_WORDING[lang]);
            onSave(DEFAULT_WORDING[lang]);
          }}
        >
          {t('options_wording_restore')}
        </button>
      </fieldset>
      <Problems id={`${id}-problems`} problems={problems} />
      <div class="preview" id={`${id}-preview`}>
        <span class="preview-label">{t('options_wording_preview')}</span>{' '}
        <q lang={lang === 'pt' ? 'pt-BR' : 'en'} data-testid={`preview-${lang}`}>
          {preview}
        </q>
      </div>
    </div>
  );
}

export function WordingSection({ settings, isLocked, save, clock }: SectionProps & { clock: () => Date }) {
  const now = useNow(clock);
  return (
    <Section id="wording" title={t('options_wording_title')} intro={t('options_wording_intro')}>
      <Group legend={t('options_firm')} locked={false}>
        <TextSetting
          id="firm-name"
          label={t('options_firm_name')}
          value={settings.firmName}
          locked={isLocked('firmName')}
          onSave={(firmName) => void save({ firmName })}
        />
        <TextSetting
          id="urgent-contact"
          label={t('options_firm_urgent')}
          value={settings.urgentContact}
          locked={isLocked('urgentContact')}
          onSave={(urgentContact) => void save({ urgentContact })}
        />
      </Group>
      <Group legend={t('options_wording_sentence')} locked={isLocked('wording')} hint={t('options_wording_hint')}>
        {LANGS.map((lang) => (
          <WordingEditor
            key={lang}
            lang={lang}
            settings={settings}
            now={now}
            onSave={(text) => void save({ wording: { ...settings.wording, [lang]: text } })}
          />
        ))}
      </Group>
    </Section>
  );
}
