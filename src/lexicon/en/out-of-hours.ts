import type { Phrase } from '../types.ts';

/**
 * The sentence an out-of-hours draft gains, unless the firm set its own. `{hours}` and
 * `{nextOpening}` are filled in; it must read well as it is and trigger nothing.
 */
export const officeHoursWording =
  "I'm writing outside our office hours ({hours}), so I'll reply properly when we reopen on {nextOpening}.";

/** How {hours} and {nextOpening} are written: "Monday to Friday, 09:00–17:30", "Monday at 09:00". */
export const scheduleWords = {
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  and: ' and ',
  dayRange: '{first} to {last}',
  timeRange: '{start}–{end}',
  daysWithTimes: '{days}, {times}',
  everyDay: 'every day',
  moment: '{day} at {time}',
  datedMoment: '{day} {date} at {time}',
  date: '{day} {month}',
};

/** The writer's next contact, or the office's next opening, as a statement about the future. */
export const nextContact: Phrase[] = [
  {
    pattern:
      "(i|we)('ll| will| shall|'m going to| am going to|'re going to| are going to| can| plan to| aim to)( (then|also|properly|personally|first|be able to))* (reply|respond|answer|get back|come back|be (back )?in touch|write|call|ring|phone|email|e-mail|update|confirm|look|pick|review|go through|deal with|follow up|send|check|speak|talk|text|message|contact)",
    note: '"I\'ll reply properly…", "we\'ll call you…", "I\'ll text you by 9am"',
  },
  {
    pattern:
      "(our|the|my) (team|office|staff|reception|receptionist|front desk|surgery|practice|clinic|nurse|engineer|colleague|assistant)('ll| will| is going to) (call|ring|phone|text|email|e-mail|contact|reply|respond|be (back )?in touch|get back)",
    note: 'someone else at the firm making the next contact: "our team will call you at 9am"',
  },
  {
    pattern: "(i|we)('m| am|'re| are|'ll be| will be) back( in the office)?",
    note: '"I\'m back in the office on Monday"',
  },
  {
    pattern: "(i|we)('m| am|'re| are|'ll be| will be) (out of (the )?office|away|off|on leave|closed) (until|till)",
    note: '"I\'m out of the office until Monday"',
  },
  {
    pattern:
      "((our|the) )?office('s| is| will be) (closed|shut|open)|(office|opening) hours are|we('re| are) (closed|open)",
    note: "the office's next opening counts as much as the writer's next reply",
  },
];

/**
 * When the next contact will be: a later working day or an office-hours time, never tonight. Day
 * words are placed on the calendar, so "tomorrow" written on a Friday night does not count.
 */
export const nextDay: Phrase[] = [{ pattern: 'tomorrow' }];

/** Weekday names, Sunday first: the position is the weekday. */
export const weekdayNames: Phrase[] = [
  { pattern: 'sunday' },
  { pattern: 'monday' },
  { pattern: 'tuesday' },
  { pattern: 'wednesday' },
  { pattern: 'thursday' },
  { pattern: 'friday' },
  { pattern: 'saturday' },
];

export const laterTimes: Phrase[] = [
  {
    pattern:
      "next week|first thing|in the morning|(the )?(next|following) (working|business) day|within (one|1|a|two|2) (working|business) days?|when (i'm|i am|we're|we are|i get) (back|in)|when i return|on my return|(when|once) (we|the office) (re)?opens?",
  },
  { pattern: '{ordinal}( of {month})?|\\d{1,2} {month}|{month} \\d{1,2}', note: 'a date' },
];

/** A clock time counts only within the office's hours: "by 10:30", "at 9:30", but not "at 9pm". */
export const clockTimes: Phrase[] = [{ pattern: '{clock}' }];

/** Clock words without digits, in minutes since midnight. */
export const namedClocks: Readonly<Record<string, number>> = { noon: 720, midday: 720, midnight: 0 };

/**
 * An invitation to an immediate back-and-forth: fine at 11 am, a boundary problem at 11 pm ("text
 * me photos tonight and I'll look right away", "I'm still at my desk, so send them over now").
 */
export const backAndForth: Phrase[] = [
  {
    pattern:
      '(^|(please|just|so|then|and|can you|could you|feel free to|you can|go ahead and|do) )(send|text|email|e-mail|message|reply|write back|call|ring|phone|ping|forward|whatsapp|drop)( [^\\s,.;:!?]+){0,6} (tonight|now|right now|this evening|straight away|right away)',
    note: 'the reader is asked to write now; "I\'ll send it tonight" is the writer\'s own action',
  },
  {
    pattern:
      "(i|we)('ll| will| can)( [^\\s,.;:!?]+){0,2} (look|answer|reply|respond|go through|talk|chat|check|tell you|get back|take a look|review|jump on|get on|deal with)( [^\\s,.;:!?]+){0,6} (?<!not )(right away|straight away|immediately|as (they|it) (come|comes|arrive|arrives) in|tonight|now|this evening)",
  },
  {
    pattern: "i('m| am) (still )?(up|awake|online|at my desk|in the office)(?= ?([,;.]|so\\b|and\\b))",
    note: '"I\'m still at my desk, so…": being there now is the invitation',
  },
];
