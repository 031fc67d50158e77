import { describe, expect, it } from 'vitest';
import { formatClock, isOpen, parseWallTime } from '../../../src/engine/schedule.ts';
import { DEFAULT_OFFICE_HOURS } from '../../../src/settings/defaults.ts';
import { scheduleStatus, toOfficeHours, wallClock } from '../../../src/settings/hours.ts';
import type { OfficeHoursSetting } from '../../../src/settings/schema.ts';

const none = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };

function hours(overrides: Partial<OfficeHoursSetting>): OfficeHoursSetting {
  return { ...DEFAULT_OFFICE_HOURS, ...overrides };
}

function status(setting: OfficeHoursSetting, instant: string) {
  const result = scheduleStatus(setting, new Date(instant));
  if (result.state === 'open') return `open until ${result.until.date} ${formatClock(result.until.minutes)}`;
  if (result.state === 'closed') {
    return result.next ? `closed, next ${result.next.date} ${formatClock(result.next.minutes)}` : 'closed, never';
  }
  return 'none';
}

describe('toOfficeHours', () => {
  it('puts Sunday first and counts minutes since midnight', () => {
    const converted = toOfficeHours(
      hours({ week: { ...none, sun: [{ start: '10:00', end: '12:00' }], mon: [{ start: '08:30', end: '17:45' }] } }),
    );
    expect(converted?.week[0]).toEqual([{ start: 600, end: 720 }]);
    expect(converted?.week[1]).toEqual([{ start: 510, end: 1065 }]);
    expect(converted?.week[6]).toEqual([]);
  });

  it('keeps several spans a day and the closed dates', () => {
    const converted = toOfficeHours(
      hours({
        week: {
          ...none,
          tue: [
            { start: '09:00', end: '12:30' },
            { start: '14:00', end: '18:00' },
          ],
        },
        closedDates: ['2026-12-25'],
      }),
    );
    expect(converted?.week[2]).toEqual([
      { start: 540, end: 750 },
      { start: 840, end: 1080 },
    ]);
    expect(converted?.closedDates).toEqual(['2026-12-25']);
  });

  it('is null when no day has hours, so nothing counts as out of hours', () => {
    expect(toOfficeHours(hours({ week: none }))).toBeNull();
  });

  it('keeps a span past midnight as the engine reads it (end before start)', () => {
    const converted = toOfficeHours(hours({ week: { ...none, fri: [{ start: '22:00', end: '02:00' }] } }));
    expect(converted).not.toBeNull();
    if (!converted) return;
    expect(isOpen(converted, parseWallTime('2026-03-07T01:30'))).toBe(true); // Saturday, early hours
    expect(isOpen(converted, parseWallTime('2026-03-07T02:00'))).toBe(false);
  });

  it('reads 24:00 as the end of the day', () => {
    const converted = toOfficeHours(hours({ week: { ...none, mon: [{ start: '18:00', end: '24:00' }] } }));
    expect(converted?.week[1]).toEqual([{ start: 1080, end: 1440 }]);
  });
});

describe('wallClock', () => {
  it('gives the local wall-clock time in the named zone', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    expect(wallClock(now, 'UTC')).toBe('2026-06-15T12:00');
    expect(wallClock(now, 'America/Sao_Paulo')).toBe('2026-06-15T09:00');
    expect(wallClock(now, 'Asia/Kolkata')).toBe('2026-06-15T17:30');
    expect(wallClock(now, 'Pacific/Kiritimati')).toBe('2026-06-16T02:00');
  });

  it('shows midnight as 00, never 24', () => {
    expect(wallClock(new Date('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01T00:00');
  });

  it('follows daylight saving time across the spring change (Europe/London)', () => {
    // Clocks go from 01:00 GMT to 02:00 BST on 29 March 2026.
    expect(wallClock(new Date('2026-03-29T00:59:00Z'), 'Europe/London')).toBe('2026-03-29T00:59');
    expect(wallClock(new Date('2026-03-29T01:00:00Z'), 'Europe/London')).toBe('2026-03-29T02:00');
  });

  it('follows the autumn change, when an hour repeats (America/New_York)', () => {
    // 1 November 2026: 02:00 EDT becomes 01:00 EST.
    expect(wallClock(new Date('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30');
    expect(wallClock(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01T01:30');
  });
});

describe('scheduleStatus', () => {
  const weekdays = hours({ timeZone: 'Europe/Lisbon' });

  it('says when an open office closes', () => {
    // Wednesday 4 March 2026, 10:00 in Lisbon (WET = UTC).
    expect(status(weekdays, '2026-03-04T10:00:00Z')).toBe('open until 2026-03-04 17:30');
  });

  it('skips the weekend to Monday', () => {
    expect(status(weekdays, '2026-03-06T18:00:00Z')).toBe('closed, next 2026-03-09 09:00');
    expect(status(weekdays, '2026-03-08T12:00:00Z')).toBe('closed, next 2026-03-09 09:00');
  });

  it('skips closed dates (holidays)', () => {
    const holiday = hours({ timeZone: 'Europe/Lisbon', closedDates: ['2026-12-24', '2026-12-25'] });
    expect(status(holiday, '2026-12-23T18:00:00Z')).toBe('closed, next 2026-12-28 09:00');
    expect(status(holiday, '2026-12-24T10:00:00Z')).toBe('closed, next 2026-12-28 09:00');
  });

  it('reads the clock in the firm zone, not the machine one', () => {
    const saoPaulo = hours({ timeZone: 'America/Sao_Paulo' });
    // 11:30 UTC is 08:30 in São Paulo: not open yet.
    expect(status(saoPaulo, '2026-03-04T11:30:00Z')).toBe('closed, next 2026-03-04 09:00');
    expect(status(saoPaulo, '2026-03-04T12:30:00Z')).toBe('open until 2026-03-04 17:30');
    // 21:00 UTC Friday is 18:00 in São Paulo, 21:00 in Lisbon: both closed, the date differs from Tokyo.
    const tokyo = hours({ timeZone: 'Asia/Tokyo' });
    expect(status(tokyo, '2026-03-06T21:00:00Z')).toBe('closed, next 2026-03-09 09:00');
    expect(status(tokyo, '2026-03-09T00:30:00Z')).toBe('open until 2026-03-09 17:30');
  });

  it('is right on the morning after a DST change', () => {
    const london = hours({ timeZone: 'Europe/London' });
    // Monday 30 March 2026 08:30 UTC is 09:30 BST: open. A fixed UTC offset would say closed.
    expect(status(london, '2026-03-30T08:30:00Z')).toBe('open until 2026-03-30 17:30');
    // Friday 27 March 08:30 UTC is 08:30 GMT: not yet open.
    expect(status(london, '2026-03-27T08:30:00Z')).toBe('closed, next 2026-03-27 09:00');
    const newYork = hours({ timeZone: 'America/New_York' });
    // Monday 2 November 2026 13:30 UTC is 08:30 EST (it would be 09:30 under EDT).
    expect(status(newYork, '2026-11-02T13:30:00Z')).toBe('closed, next 2026-11-02 09:00');
  });

  it('follows a span past midnight to its end the next day', () => {
    const night = hours({ timeZone: 'UTC', week: { ...none, fri: [{ start: '22:00', end: '02:00' }] } });
    expect(status(night, '2026-03-06T23:00:00Z')).toBe('open until 2026-03-07 02:00');
    expect(status(night, '2026-03-07T01:00:00Z')).toBe('open until 2026-03-07 02:00');
    expect(status(night, '2026-03-07T03:00:00Z')).toBe('closed, next 2026-03-13 22:00');
  });

  it('joins spans that meet, so "open until" is when it really closes', () => {
    const joined = hours({
      timeZone: 'UTC',
      week: { ...none, mon: [{ start: '18:00', end: '24:00' }], tue: [{ start: '00:00', end: '06:00' }] },
    });
    expect(status(joined, '2026-03-02T19:00:00Z')).toBe('open until 2026-03-03 06:00');
  });

  it('gives the next span of a split day', () => {
    const split = hours({
      timeZone: 'UTC',
      week: {
        ...none,
        wed: [
          { start: '09:00', end: '12:00' },
          { start: '14:00', end: '18:00' },
        ],
      },
    });
    expect(status(split, '2026-03-04T10:00:00Z')).toBe('open until 2026-03-04 12:00');
    expect(status(split, '2026-03-04T13:00:00Z')).toBe('closed, next 2026-03-04 14:00');
  });

  it('has nothing to say without hours', () => {
    expect(status(hours({ week: none }), '2026-03-04T10:00:00Z')).toBe('none');
  });

  it('falls back to the browser zone when none is set', () => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const instant = '2026-03-04T10:00:00Z';
    expect(status(hours({ timeZone: '' }), instant)).toBe(status(hours({ timeZone: browserZone }), instant));
  });
});
