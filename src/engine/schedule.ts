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

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY_MINUTES = 24 * 60;

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

function dayIndex(name: string): number {
  const index = DAY_NAMES.indexOf(name.trim().slice(0, 3).toLowerCase() as (typeof DAY_NAMES)[number]);
  if (index < 0) throw new ScheduleError(`"${name}" is not a weekday (Mon, Tue, … Sun)`);
  return index;
}

/** "Mon-Fri", "Mon,Wed,Fri", "Sat" -> weekday indexes (0 = Sunday); ranges may wrap ("Fri-Mon"). */
export function parseDays(days: string): number[] {
  const result = new Set<number>();
  for (const part of days.split(',')) {
    const [from, to] = part.split('-');
    if (from === undefined || from.trim() === '') throw new ScheduleError(`"${days}" names no weekday`);
    const first = dayIndex(from);
    const last = to === undefined ? first : dayIndex(to);
    for (let day = first; ; day = (day + 1) % 7) {
      result.add(day);
      if (day === last) break;
    }
  }
  return [...result].sort();
}

/** The same hours on the given days, closed on the others. */
export function weeklyHours(days: string, start: string, end: string): OfficeHours {
  const span: TimeSpan = { start: parseClock(start, 'Opening time'), end: parseClock(end, 'Closing time') };
  const open = new Set(parseDays(days));
  return { week: Array.from({ length: 7 }, (_, day) => (open.has(day) ? [span] : [])) };
}

/** Parses the command line's "Mon-Fri 09:00-17:30" (several groups may be joined with ";"). */
export function parseOfficeHours(text: string): OfficeHours {
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
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
    throw new ScheduleError(`"${iso}" is not a real date and time`);
  }
  return { date: utc.toISOString().slice(0, 10), weekday: utc.getUTCDay(), minutes: hour * 60 + minute };
}

function addDays(date: string, days: number): { date: string; weekday: number } {
  const utc = new Date(`${date}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() + days);
  return { date: utc.toISOString().slice(0, 10), weekday: utc.getUTCDay() };
}

function isClosedDate(hours: OfficeHours, date: string): boolean {
  return hours.closedDates?.includes(date) ?? false;
}

/** Whether the office is open at `time`; a span past midnight counts for the early hours of the next day. */
export function isOpen(hours: OfficeHours, time: WallTime): boolean {
  const today = isClosedDate(hours, time.date) ? [] : (hours.week[time.weekday] ?? []);
  if (today.some((span) => contains(span, time.minutes))) return true;
  const yesterday = addDays(time.date, -1);
  if (isClosedDate(hours, yesterday.date)) return false;
  return (hours.week[yesterday.weekday] ?? []).some((span) => span.end <= span.start && time.minutes < span.end);
}

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
