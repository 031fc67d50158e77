import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { formatClock, parseWallTime } from '../../engine/schedule.ts';
import { browserTimeZone, effectiveTimeZone, scheduleStatus, wallClock } from '../../settings/hours.ts';
import {
  OfficeHoursSchema,
  type OfficeHoursSetting,
  type Span,
  WEEKDAYS,
  type Weekday,
} from '../../settings/schema.ts';
import { dateName, openingDay, WEEK_ORDER, weekdayName } from './format.ts';
import { Group, Problems, Section } from './Group.tsx';
import { t, uiLocale } from './i18n.ts';
import type { SectionProps } from './types.ts';
import { useDraft } from './useDraft.ts';
import { useNow } from './useNow.ts';

function shiftClock(clock: string, minutes: number): string {
  const [hours = 0, mins = 0] = clock.split(':').map(Number);
  return formatClock(Math.min(hours * 60 + mins + minutes, 23 * 60 + 59));
}

/** A new span starts where the day's last one ends, so adding an afternoon needs one edit, not four. */
function nextSpan(spans: readonly Span[]): Span {
  const last = spans.at(-1);
  if (!last || !/^\d\d:\d\d$/.test(last.end)) return { start: '09:00', end: '17:30' };
  return { start: shiftClock(last.end, 60), end: shiftClock(last.end, 4 * 60) };
}

export function StatusLine({ setting, clock }: { setting: OfficeHoursSetting; clock: () => Date }) {
  const now = useNow(clock);
  const locale = uiLocale();
  const status = scheduleStatus(setting, now);
  const today = wallClock(now, effectiveTimeZone(setting)).slice(0, 10);
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const day = (date: string, weekday: number) =>
    date === today
      ? t('options_today')
      : date === tomorrow
        ? t('options_tomorrow')
        : openingDay({ date, weekday, minutes: 0 }, today, locale);
  let text: string;
  if (status.state === 'none') text = t('options_now_no_hours');
  else if (status.state === 'open') {
    const until = formatClock(status.until.minutes);
    const ends = parseWallTime(`${status.until.date}T00:00`);
    text =
      status.until.date === today
        ? t('options_now_open', until)
        : t('options_now_open_day', day(ends.date, ends.weekday), until);
  } else if (status.next) {
    text = t('options_now_closed', day(status.next.date, status.next.weekday), formatClock(status.next.minutes));
  } else text = t('options_now_closed_never');
  return (
    <p class={`now now-${status.state}`} data-testid="now-line">
      {text}
    </p>
  );
}

function DayRow({ day, spans, onChange }: { day: Weekday; spans: readonly Span[]; onChange: (spans: Span[]) => void }) {
  const name = weekdayName(WEEKDAYS.indexOf(day), uiLocale());
  const id = `day-${day}`;
  const update = (index: number, part: Partial<Span>) =>
    onChange(spans.map((span, at) => (at === index ? { ...span, ...part } : span)));
  return (
    <fieldset class="day" aria-labelledby={id}>
      <legend class="day-name" id={id}>
        {name}
      </legend>
      <div class="spans">
        {spans.length === 0 && <span class="closed">{t('options_hours_closed_day')}</span>}
        {spans.map((span, index) => (
          <div class="span" key={index}>
            <label>
              {t('options_hours_opens')}
              <input
                type="time"
                value={span.start}
                onChange={(event) => update(index, { start: event.currentTarget.value })}
              />
            </label>
            <label>
              {t('options_hours_closes')}
              <input
                type="time"
                value={span.end}
                onChange={(event) => update(index, { end: event.currentTarget.value })}
              />
            </label>
            <button
              type="button"
              class="quiet"
              aria-label={t('options_hours_remove_span', name, span.start, span.end)}
              onClick={() => onChange(spans.filter((_, at) => at !== index))}
            >
              {t('options_remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="quiet"
          aria-label={t('options_hours_add_span_to', name)}
          onClick={() => onChange([...spans, nextSpan(spans)])}
        >
          {t('options_hours_add_span')}
        </button>
      </div>
    </fieldset>
  );
}

function problemText(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue) ?? '';
  const [section, day] = path.split('.');
  if (section === 'week' && day) {
    return t('options_hours_problem_day', weekdayName(WEEKDAYS.indexOf(day as Weekday), uiLocale()));
  }
  return issue.message;
}

export function OfficeHoursSection({ settings, isLocked, save, clock }: SectionProps & { clock: () => Date }) {
  const saved = settings.officeHours;
  const locked = isLocked('officeHours');
  const [draft, setDraft] = useDraft(saved);
  const [problems, setProblems] = useState<string[]>([]);
  const [newDate, setNewDate] = useState('');

  const commit = (next: OfficeHoursSetting) => {
    setDraft(next);
    const parsed = v.safeParse(OfficeHoursSchema, next);
    if (!parsed.success) {
      setProblems([...new Set(parsed.issues.map(problemText))]);
      return;
    }
    setProblems([]);
    void save({ officeHours: parsed.output });
  };

  const addDate = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newDate)) {
      setProblems([t('options_hours_problem_date')]);
      return;
    }
    if (!draft.closedDates.includes(newDate)) commit({ ...draft, closedDates: [...draft.closedDates, newDate].sort() });
    setNewDate('');
  };

  const zones = Intl.supportedValuesOf('timeZone');
  if (draft.timeZone && !zones.includes(draft.timeZone)) zones.unshift(draft.timeZone);
  const locale = uiLocale();

  return (
    <Section id="hours" title={t('options_hours_title')} intro={t('options_hours_intro')}>
      <StatusLine setting={saved} clock={clock} />
      <Group legend={t('options_hours_week')} locked={locked} hint={t('options_hours_week_hint')}>
        {WEEK_ORDER.map((day) => (
          <DayRow
            key={day}
            day={day}
            spans={draft.week[day]}
            onChange={(spans) => commit({ ...draft, week: { ...draft.week, [day]: spans } })}
          />
        ))}
        <Problems id="hours-problems" problems={problems} />
      </Group>
      <Group legend={t('options_hours_zone')} locked={locked}>
        <label for="time-zone">{t('options_hours_zone_label')}</label>
        <select
          id="time-zone"
          value={draft.timeZone}
          onChange={(event) => commit({ ...draft, timeZone: event.currentTarget.value })}
        >
          <option value="">{t('options_hours_zone_browser', browserTimeZone())}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </Group>
      <Group legend={t('options_hours_closed')} locked={locked} hint={t('options_hours_closed_hint')}>
        {draft.closedDates.length === 0 ? (
          <p class="empty">{t('options_hours_closed_none')}</p>
        ) : (
          <ul class="dates">
            {draft.closedDates.map((date) => (
              <li key={date}>
                <span>{dateName(date, locale)}</span>
                <button
                  type="button"
                  class="quiet"
                  aria-label={t('options_hours_remove_date', dateName(date, locale))}
                  onClick={() => commit({ ...draft, closedDates: draft.closedDates.filter((d) => d !== date) })}
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="row">
          <label for="new-closed-date">{t('options_hours_closed_add_label')}</label>
          <input
            id="new-closed-date"
            type="date"
            value={newDate}
            onInput={(event) => setNewDate(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addDate();
              }
            }}
          />
          <button type="button" onClick={addDate}>
            {t('options_add')}
          </button>
        </div>
      </Group>
    </Section>
  );
}
