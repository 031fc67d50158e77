import type { WallTime } from '../../engine/schedule.ts';
import type { Weekday } from '../../settings/schema.ts';

/** Monday first: how a working week is read, in both languages the page speaks. */
export const WEEK_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** 4 January 2026 was a Sunday: any fixed Sunday works to name weekdays through Intl. */
export function weekdayName(weekday: number, locale: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2026, 0, 4 + weekday));
}

export function dateName(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "Monday", or "Monday, 5 January" when it is more than a week away, so it cannot be misread. */
export function openingDay(next: WallTime, today: string, locale: string): string {
  if (daysBetween(today, next.date) < 7) return weekdayName(next.weekday, locale);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${next.date}T00:00:00Z`),
  );
}
