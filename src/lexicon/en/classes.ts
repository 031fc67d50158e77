import type { WordClasses } from '../types.ts';

/** Word classes shared by the English phrase lists. */
export const classes: WordClasses = {
  weekday: 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun',
  month:
    'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  ordinal: '\\d{1,2}(st|nd|rd|th)',
  clock: '\\d{1,2}([:.]\\d{2})? ?(am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}[:.h]\\d{2}|noon|midday|midnight',
  'day-part': 'morning|afternoon|evening|lunchtime|lunch|close of business|end of (the )?day|cob|eod',
  number: '\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty-eight|a|an',
  'time-unit': '(working |business )?(minutes?|hours?|days?|weeks?|months?)',
};
