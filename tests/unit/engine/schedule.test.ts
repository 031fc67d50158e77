import { describe, expect, it } from 'vitest';
import {
  describeHours,
  describeMoment,
  isOpen,
  nextOpening,
  parseDays,
  parseOfficeHours,
  parseWallTime,
  ScheduleError,
  weeklyHours,
} from '../../../src/engine/schedule.ts';
import { scheduleWords as en } from '../../../src/lexicon/en/out-of-hours.ts';
import { scheduleWords as pt } from '../../../src/lexicon/pt/out-of-hours.ts';

const office = weeklyHours('Mon-Fri', '09:00', '17:30');
const open = (iso: string, hours = office) => isOpen(hours, parseWallTime(iso));

// 2026-03-09 is a Monday.
describe('isOpen', () => {
  it('is open on a weekday within hours, from the opening minute', () => {
    expect(open('2026-03-09T09:00')).toBe(true);
    expect(open('2026-03-11T12:15')).toBe(true);
    expect(open('2026-03-09T08:59')).toBe(false);
  });

  it('counts closing time itself as closed', () => {
    expect(open('2026-03-13T17:29')).toBe(true);
    expect(open('2026-03-13T17:30')).toBe(false);
  });

  it('is closed all weekend', () => {
    expect(open('2026-03-07T11:20')).toBe(false);
    expect(open('2026-03-08T12:00')).toBe(false);
  });

  it('is closed on a closed date, and opens again the next working day', () => {
    const holiday = { ...office, closedDates: ['2026-04-03'] };
    expect(open('2026-04-03T10:00', holiday)).toBe(false);
    expect(open('2026-04-02T10:00', holiday)).toBe(true);
    expect(nextOpening(holiday, parseWallTime('2026-04-02T18:00'))).toEqual({
      date: '2026-04-06',
      weekday: 1,
      minutes: 540,
    });
  });

  it('carries a span past midnight into the early hours of the next day', () => {
    const nights = weeklyHours('Mon-Fri', '22:00', '06:00');
    expect(open('2026-03-09T23:30', nights)).toBe(true);
    expect(open('2026-03-10T05:59', nights)).toBe(true);
    expect(open('2026-03-10T06:00', nights)).toBe(false);
    // Friday's night shift runs into Saturday morning; Sunday has no shift to carry into Monday.
    expect(open('2026-03-14T02:00', nights)).toBe(true);
    expect(open('2026-03-09T02:00', nights)).toBe(false);
  });

  it('does not carry a night shift over from a closed date', () => {
    const nights = { ...weeklyHours('Mon-Fri', '22:00', '06:00'), closedDates: ['2026-03-09'] };
    expect(open('2026-03-10T02:00', nights)).toBe(false);
  });

  it('reads 24:00 as midnight, so 00:00-24:00 is the whole day', () => {
    const always = weeklyHours('Mon-Sun', '00:00', '24:00');
    expect(open('2026-03-08T23:59', always)).toBe(true);
    expect(open('2026-03-08T00:00', always)).toBe(true);
  });
});

describe('nextOpening', () => {
  it('is later the same day before opening, the next weekday after closing', () => {
    expect(nextOpening(office, parseWallTime('2026-03-10T07:00'))).toEqual({
      date: '2026-03-10',
      weekday: 2,
      minutes: 540,
    });
    expect(nextOpening(office, parseWallTime('2026-03-10T17:30'))?.date).toBe('2026-03-11');
  });

  it('skips the weekend', () => {
    expect(nextOpening(office, parseWallTime('2026-03-13T18:20'))?.date).toBe('2026-03-16');
    expect(nextOpening(office, parseWallTime('2026-03-08T10:00'))?.date).toBe('2026-03-09');
  });

  it('is null for an office that never opens', () => {
    expect(nextOpening({ week: [[], [], [], [], [], [], []] }, parseWallTime('2026-03-09T10:00'))).toBeNull();
  });
});

describe('parseOfficeHours', () => {
  it('reads the command line form, with several groups', () => {
    const hours = parseOfficeHours('Mon-Fri 09:00-17:30; Sat 10:00-13:00');
    expect(hours.week[1]).toEqual([{ start: 540, end: 1050 }]);
    expect(hours.week[6]).toEqual([{ start: 600, end: 780 }]);
    expect(hours.week[0]).toEqual([]);
  });

  it('accepts day lists, wrapping ranges, full names and hours without minutes', () => {
    expect(parseDays('Mon,Wed,Fri')).toEqual([1, 3, 5]);
    expect(parseDays('Fri-Mon')).toEqual([0, 1, 5, 6]);
    expect(parseDays('Tuesday-Thurs')).toEqual([2, 3, 4]);
    expect(parseOfficeHours('Mon-Fri 9-17').week[3]).toEqual([{ start: 540, end: 1020 }]);
  });

  it.each([
    ['', /empty/],
    ['Mon-Fri', /should look like "Mon-Fri 09:00-17:30"/],
    ['Mon-Fri 09:00', /should look like/],
    ['Mo-Fr 09:00-17:00', /"Mo" is not a weekday/],
    ['Monkey-Fri 09:00-17:00', /"Monkey" is not a weekday/],
    ['Mon- 09:00-17:00', /should name weekdays/],
    ['Mon-Fri 25:00-17:30', /Opening time "25:00" is not a time like 09:00/],
    ['Mon-Fri 09:00-17:75', /Closing time "17:75" is not a time/],
    ['Mon-Fri 09:00-24:30', /Closing time "24:30" is not a time/],
    ['Mon-Fri 24:00-06:00', /Opening time "24:00" should be before 24:00/],
    ['Mon-Fri 09:00-09:00', /open and close at the same time/],
  ])('rejects %j with a clear message', (text, message) => {
    expect(() => parseOfficeHours(text)).toThrow(ScheduleError);
    expect(() => parseOfficeHours(text)).toThrow(message);
  });
});

describe('parseWallTime', () => {
  it('reads local ISO time, ignoring seconds and any zone suffix', () => {
    expect(parseWallTime('2026-03-02T23:40')).toEqual({ date: '2026-03-02', weekday: 1, minutes: 1420 });
    expect(parseWallTime('2026-03-07 08:15:30')).toEqual({ date: '2026-03-07', weekday: 6, minutes: 495 });
    expect(parseWallTime('2026-03-02T23:40:00.000Z').minutes).toBe(1420);
    expect(parseWallTime('2026-03-02T23:40+05:30').date).toBe('2026-03-02');
  });

  it('does not read a two-digit year as the 1900s', () => {
    expect(parseWallTime('0099-01-01T10:00').date).toBe('0099-01-01');
  });

  it.each([
    ['tonight', /is not a local date and time like 2026-03-02T23:40/],
    ['2026-03-02', /is not a local date and time/],
    ['2026-3-2T9:00', /is not a local date and time/],
    ['2026-02-30T10:00', /is not a real date and time/],
    ['2026-13-01T10:00', /is not a real date and time/],
    ['2026-03-02T24:00', /is not a real date and time/],
    ['2026-03-02T10:60', /is not a real date and time/],
  ])('rejects %j with a clear message', (text, message) => {
    expect(() => parseWallTime(text)).toThrow(ScheduleError);
    expect(() => parseWallTime(text)).toThrow(message);
  });
});

describe('describing the schedule', () => {
  it('groups runs of days with the same hours', () => {
    expect(describeHours(office, en)).toBe('Monday to Friday, 09:00–17:30');
    expect(describeHours(office, pt)).toBe('segunda-feira a sexta-feira, 09:00–17:30');
    expect(describeHours(parseOfficeHours('Mon-Fri 09:00-17:30; Sat 10:00-13:00'), en)).toBe(
      'Monday to Friday, 09:00–17:30; Saturday, 10:00–13:00',
    );
  });

  it('joins days apart that share hours, and spans within a day', () => {
    expect(describeHours(parseOfficeHours('Mon,Wed,Fri 09:00-12:00'), en)).toBe(
      'Monday, Wednesday and Friday, 09:00–12:00',
    );
    expect(describeHours(parseOfficeHours('Mon-Fri 09:00-12:30; Mon-Fri 13:30-17:30'), pt)).toBe(
      'segunda-feira a sexta-feira, 09:00–12:30 e 13:30–17:30',
    );
    expect(describeHours(weeklyHours('Mon-Sun', '00:00', '24:00'), en)).toBe('every day, 00:00–24:00');
  });

  it('names the next opening by weekday, adding the date when it is a week or more away', () => {
    const from = parseWallTime('2026-03-13T18:20');
    expect(describeMoment(parseWallTime('2026-03-16T09:00'), from, en)).toBe('Monday at 09:00');
    expect(describeMoment(parseWallTime('2026-03-16T09:00'), from, pt)).toBe('segunda-feira às 09:00');
    expect(describeMoment(parseWallTime('2026-03-23T09:00'), from, en)).toBe('Monday 23 March at 09:00');
    expect(describeMoment(parseWallTime('2026-03-23T09:00'), from, pt)).toBe('segunda-feira, 23 de março, às 09:00');
  });
});
