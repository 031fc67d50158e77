import type { OfficeHours, TimeSpan } from './types.ts';

/** A local wall-clock moment: no time zone, because office hours are local by definition. */
export interface WallTime {
  /** YYYY-MM-DD */
  date: string;
  /** 0 = Sunday */
  weekday: number;
  /** Minutes since midnight. */
  minutes: number;
}

/** The words a language needs to describe a schedule; the lexicon supplies them. */
export interface ScheduleWords {
  /** Weekday names, Sunday first, as in `Date#getDay`. */
  weekdays: readonly string[];
  /** Month names, January first. */
  months: readonly string[];
  /** Joins the last two items of a list: " and ". */
  and: string;
  /** A run of three or more days: "{first} to {last}". */
  dayRange: string;
  /** One opening span: "{start}–{end}". */
  timeRange: string;
  /** Days and their hours: "{days}, {times}". */
  daysWithTimes: string;
  /** Every day alike: "every day". */
  everyDay: string;
  /** A moment within the coming week: "{day} at {time}". */
  moment: string;
  /** A moment further off, with its date: "{day} {date} at {time}". */
  datedMoment: string;
  /** "{day} {month}" */
  date: string;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const DAY_MINUTES = 24 * 60;
/** How a working week is read: Monday first. */
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

export class ScheduleError extends Error {}

function parseClock(value: string, what: string): number {
  const found = /^(\d{1,2})(?::(\d{2}))?$/.exec(value.trim());
  const hours = Number(found?.[1]);
  const minutes = Number(found?.[2] ?? 0);
  if (!found || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    throw new ScheduleError(`${what} "${value}" is not a time like 09:00`);
  }
  return hours * 60 + minutes;
}

/** "Mon", "Tues", "thursday" -> 4; three letters at least, so "Mo" or "T" cannot be misread. */
function dayIndex(name: string): number {
  const word = name.trim().toLowerCase();
  const index = word.length >= 3 ? DAY_NAMES.findIndex((day) => day.startsWith(word)) : -1;
  if (index < 0) throw new ScheduleError(`"${name.trim()}" is not a weekday (Mon, Tue, Wed, Thu, Fri, Sat, Sun)`);
  return index;
}

/** "Mon-Fri", "Mon,Wed,Fri", "Sat" -> weekday indexes (0 = Sunday); ranges may wrap ("Fri-Mon"). */
export function parseDays(days: string): number[] {
  const result = new Set<number>();
  for (const part of days.split(',')) {
    const ends = part.split('-');
    const [from, to] = ends;
    if (from === undefined || from.trim() === '' || ends.length > 2 || to?.trim() === '') {
      throw new ScheduleError(`"${days.trim()}" should name weekdays like "Mon-Fri" or "Mon,Wed,Fri"`);
    }
    const first = dayIndex(from);
    const last = to === undefined ? first : dayIndex(to);
    for (let day = first; ; day = (day + 1) % 7) {
      result.add(day);
      if (day === last) break;
    }
  }
  return [...result].sort((a, b) => a - b);
}

/**
 * The same hours on the given days, closed on the others. A closing time before the opening runs
 * past midnight ("22:00"–"06:00"); "24:00" closes at midnight.
 */
export function weeklyHours(days: string, start: string, end: string): OfficeHours {
  const span: TimeSpan = { start: parseClock(start, 'Opening time'), end: parseClock(end, 'Closing time') };
  if (span.start === DAY_MINUTES) throw new ScheduleError(`Opening time "${start}" should be before 24:00`);
  if (span.start === span.end) {
    throw new ScheduleError(
      `Office hours ${start}-${end} open and close at the same time; use 00:00-24:00 for all day`,
    );
  }
  const open = new Set(parseDays(days));
  return { week: Array.from({ length: 7 }, (_, day) => (open.has(day) ? [span] : [])) };
}

/** Parses the command line's "Mon-Fri 09:00-17:30" (several groups may be joined with ";"). */
export function parseOfficeHours(text: string): OfficeHours {
  if (text.trim() === '') throw new ScheduleError('Office hours are empty; give them like "Mon-Fri 09:00-17:30"');
  const week: TimeSpan[][] = Array.from({ length: 7 }, () => []);
  for (const group of text.split(';')) {
    const found = /^\s*([A-Za-z, -]+?)\s+(\d{1,2}(?::\d{2})?)\s*-\s*(\d{1,2}(?::\d{2})?)\s*$/.exec(group);
    if (!found?.[1] || !found[2] || !found[3]) {
      throw new ScheduleError(`Office hours "${group.trim()}" should look like "Mon-Fri 09:00-17:30"`);
    }
    const hours = weeklyHours(found[1], found[2], found[3]);
    for (const [day, spans] of hours.week.entries()) week[day]?.push(...spans);
  }
  return { week };
}

/** Parses a local ISO date-time ("2026-03-02T23:40"); any zone suffix is ignored, by design. */
export function parseWallTime(iso: string): WallTime {
  const found = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(
    iso.trim(),
  );
  if (!found) throw new ScheduleError(`"${iso}" is not a local date and time like 2026-03-02T23:40`);
  const [year, month, day, hour, minute] = found.slice(1).map(Number) as [number, number, number, number, number];
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  utc.setUTCFullYear(year, month - 1, day);
  if (utc.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
    throw new ScheduleError(`"${iso}" is not a real date and time`);
  }
  return { date: `${found[1]}-${found[2]}-${found[3]}`, weekday: utc.getUTCDay(), minutes: hour * 60 + minute };
}

/** The calendar day `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): { date: string; weekday: number } {
  const utc = new Date(`${date}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + days);
  return { date: utc.toISOString().slice(0, 10), weekday: utc.getUTCDay() };
}

function isClosedDate(hours: OfficeHours, date: string): boolean {
  return hours.closedDates?.includes(date) ?? false;
}

/** Whether the office opens at all on that day (it has hours, and the date is not a closed date). */
export function isWorkingDay(hours: OfficeHours, day: { date: string; weekday: number }): boolean {
  return !isClosedDate(hours, day.date) && (hours.week[day.weekday]?.length ?? 0) > 0;
}

/** Whether the office is open at `time`; a span past midnight counts for the early hours of the next day. */
export function isOpen(hours: OfficeHours, time: WallTime): boolean {
  const today = isClosedDate(hours, time.date) ? [] : (hours.week[time.weekday] ?? []);
  if (today.some((span) => contains(span, time.minutes))) return true;
  const yesterday = addDays(time.date, -1);
  if (isClosedDate(hours, yesterday.date)) return false;
  return (hours.week[yesterday.weekday] ?? []).some((span) => span.end <= span.start && time.minutes < span.end);
}

/** Closing time itself is closed: 17:30 is outside 09:00-17:30. */
function contains(span: TimeSpan, minutes: number): boolean {
  if (span.end > span.start) return minutes >= span.start && minutes < span.end;
  return minutes >= span.start;
}

/** The next moment the office opens after `time` (within a year), or null if it never does. */
export function nextOpening(hours: OfficeHours, time: WallTime): WallTime | null {
  for (let offset = 0; offset <= 366; offset++) {
    const day = offset === 0 ? { date: time.date, weekday: time.weekday } : addDays(time.date, offset);
    if (isClosedDate(hours, day.date)) continue;
    const starts = (hours.week[day.weekday] ?? [])
      .map((span) => span.start)
      .filter((start) => offset > 0 || start > time.minutes)
      .sort((a, b) => a - b);
    if (starts[0] !== undefined) return { ...day, minutes: starts[0] };
  }
  return null;
}

export function formatClock(minutes: number): string {
  const clamped = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** Fills `{name}` placeholders; unknown ones stay as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function list(items: readonly string[], words: ScheduleWords): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')}${words.and}${items.at(-1)}`;
}

/**
 * A short description of the weekly hours: "Monday to Friday, 09:00–17:30; Saturday, 09:00–13:00".
 * Days with the same hours are grouped, as runs when they follow each other.
 */
export function describeHours(hours: OfficeHours, words: ScheduleWords): string {
  const timesOf = (day: number) =>
    list(
      (hours.week[day] ?? []).map((span) =>
        fillTemplate(words.timeRange, {
          start: formatClock(span.start),
          end: span.end === DAY_MINUTES ? '24:00' : formatClock(span.end),
        }),
      ),
      words,
    );
  const runs: Array<{ days: number[]; times: string }> = [];
  for (const day of MONDAY_FIRST) {
    const times = timesOf(day);
    if (times === '') continue;
    const last = runs.at(-1);
    const previous = MONDAY_FIRST[MONDAY_FIRST.indexOf(day) - 1];
    if (last && last.times === times && last.days.at(-1) === previous) last.days.push(day);
    else runs.push({ days: [day], times });
  }
  const groups: Array<{ days: string[]; times: string }> = [];
  for (const run of runs) {
    const name = (day: number | undefined) => words.weekdays[day ?? 0] ?? '';
    const days =
      run.days.length === 7
        ? words.everyDay
        : run.days.length > 2
          ? fillTemplate(words.dayRange, { first: name(run.days[0]), last: name(run.days.at(-1)) })
          : list(run.days.map(name), words);
    const same = groups.find((group) => group.times === run.times);
    if (same) same.days.push(days);
    else groups.push({ days: [days], times: run.times });
  }
  return groups
    .map((group) => fillTemplate(words.daysWithTimes, { days: list(group.days, words), times: group.times }))
    .join('; ');
}

/**
 * A moment as a reader would want it: "Monday at 09:00", with the date when it is a week or more
 * after `from`, so the weekday cannot be misread.
 */
export function describeMoment(moment: WallTime, from: WallTime, words: ScheduleWords): string {
  const day = words.weekdays[moment.weekday] ?? '';
  const time = formatClock(moment.minutes);
  const daysAhead = Math.round((Date.parse(moment.date) - Date.parse(from.date)) / (DAY_MINUTES * 60_000));
  if (daysAhead < 7) return fillTemplate(words.moment, { day, time });
  const [, month, date] = moment.date.split('-').map(Number) as [number, number, number];
  const dated = fillTemplate(words.date, { day: String(date), month: words.months[month - 1] ?? '' });
  return fillTemplate(words.datedMoment, { day, date: dated, time });
}
