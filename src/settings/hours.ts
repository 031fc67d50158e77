import { addDays, isOpen, nextOpening, parseWallTime, type WallTime } from '../engine/schedule.ts';
import type { OfficeHours, TimeSpan } from '../engine/types.ts';
import { isTimeZone, type OfficeHoursSetting, type Span, WEEKDAYS } from './schema.ts';

function minutes(clock: string): number {
  const [hours = 0, mins = 0] = clock.split(':').map(Number);
  return hours * 60 + mins;
}

/** A closing time not after the opening ("22:00"–"02:00", "09:00"–"00:00") runs past midnight, as in the engine. */
function toSpan(span: Span): TimeSpan {
  return { start: minutes(span.start), end: minutes(span.end) };
}

/** The engine's schedule (week[0] = Sunday, minutes since midnight), or null when no day has hours. */
export function toOfficeHours(setting: OfficeHoursSetting): OfficeHours | null {
  const week = WEEKDAYS.map((day) => setting.week[day].map(toSpan));
  if (week.every((spans) => spans.length === 0)) return null;
  return { week, closedDates: [...setting.closedDates] };
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone the schedule is read in: the firm's, else this browser's, else UTC if the name is not known here. */
export function effectiveTimeZone(setting: Pick<OfficeHoursSetting, 'timeZone'>): string {
  const zone = setting.timeZone || browserTimeZone();
  return isTimeZone(zone) ? zone : 'UTC';
}

/**
 * `now` as wall-clock time in `timeZone`, "YYYY-MM-DDTHH:mm". Intl applies the zone's rules for
 * that instant, so the hour a DST change skips never appears and the repeated hour maps correctly.
 */
export function wallClock(now: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const part of format.formatToParts(now)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** When the span open at `time` closes, following spans that join up (a late shift that runs on past midnight). */
function closingTime(hours: OfficeHours, time: WallTime): WallTime {
  let at = time;
  // A week of back-to-back spans is open all the time; stop there rather than loop.
  for (let step = 0; step < 8 * 6; step++) {
    const yesterday = addDays(at.date, -1);
    const candidates: WallTime[] = [];
    if (!hours.closedDates?.includes(at.date)) {
      for (const span of hours.week[at.weekday] ?? []) {
        const overnight = span.end <= span.start;
        if (at.minutes < span.start) continue;
        if (!overnight && at.minutes < span.end) candidates.push({ ...at, minutes: span.end });
        if (overnight) candidates.push({ ...addDays(at.date, 1), minutes: span.end });
      }
    }
    if (!hours.closedDates?.includes(yesterday.date)) {
      for (const span of hours.week[yesterday.weekday] ?? []) {
        if (span.end <= span.start && at.minutes < span.end) candidates.push({ ...at, minutes: span.end });
      }
    }
    const end = candidates.sort((a, b) => b.date.localeCompare(a.date) || b.minutes - a.minutes)[0];
    if (!end) return at;
    const next = end.minutes >= 24 * 60 ? { ...addDays(end.date, 1), minutes: end.minutes - 24 * 60 } : end;
    if (!isOpen(hours, next)) return end;
    at = next;
  }
  return at;
}

export type ScheduleStatus =
  | { state: 'open'; until: WallTime }
  | { state: 'closed'; next: WallTime | null }
  | { state: 'none' };

/** What the office is doing at `now` in the firm's zone: the live line on the options page. */
export function scheduleStatus(setting: OfficeHoursSetting, now: Date): ScheduleStatus {
  const hours = toOfficeHours(setting);
  if (!hours) return { state: 'none' };
  const time = parseWallTime(wallClock(now, effectiveTimeZone(setting)));
  if (isOpen(hours, time)) return { state: 'open', until: closingTime(hours, time) };
  return { state: 'closed', next: nextOpening(hours, time) };
}
