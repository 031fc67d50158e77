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
  /**
   * Whoever decides or delivers outside the writer's firm: courts and tribunals, public bodies,
   * lenders and insurers, the other side of a dispute, suppliers and trades, outside clinicians.
   * Staff of the writer's own office (nurse, receptionist, crew) are not here: they answer to the writer.
   */
  'third-party':
    '(the )?(other (side|party)|opposing (side|party|counsel)|defendant|claimant|plaintiff|respondent|prosecution|crown|(high |county |family |supreme )?court|judge|magistrates?|tribunal|jury|panel|adjudicator|arbitrators?|mediator|case ?(worker|officer|handler)|claims? handler|(planning |visa |immigration |enforcement )?officer|trustees?|deposit (protection )?scheme|dispute service|airline|board|committee|council|planning (office|department|authority)|local authority|authorit(y|ies)|regulator|ombudsman|inspectors?|assessor|examiner|registry|registrar|land registry|irs|hmrc|cra|uscis|home office|dvla|embassy|consulate|government|agency|bank|lenders?|mortgage (lender|provider|company)|underwriters?|insurers?|insurance( (company|provider))?|(loss )?adjuster|landlord|freeholder|managing agent|employer|buyer|seller|vendor|suppliers?|manufacturer|courier|carrier|contractor|subcontractor|builders?|electrician|plumber|roofer|glazier|surveyor|specialist|surgeon|hospital|publisher|journalist|google|facebook|meta|apple|amazon|algorithm)',
  /** Words that turn a claim into an expectation, a condition or someone else's report of it. */
  hedge:
    "expect(s|ed|ing)?|anticipate|hop(e|es|ed|ing|eful|efully)|optimistic|(un)?likely|probabl[ey]|possibl[ey]|perhaps|maybe|should|shouldn't|might|could|would|(?<!(in|by|of|from|until|before|after|early|late|mid|\\d|\\d(st|nd|rd|th)) )may(?! \\d)|(i|we) (think|believe|reckon|suspect)|in my (view|opinion|experience)|all (being|going) well|fingers crossed|with (any )?luck|assuming|if|unless|whether|provided|as long as|(can't|cannot|can not|couldn't|won't|wouldn't|don't|do not|doesn't|does not|never) (\\w+ )?(guarantee|promise|predict|say|tell|know|confirm|be sure|be certain)|no guarantee|not guaranteed|(not|n't) (sure|certain)|(do|doing) (my|our|their) (best|utmost)|everything (i|we) can|all (i|we) can|try(ing)? to|aim(ing)? to|intend|plan(ning)? to|depend(s|ing)?|subject to|chance|odds|estimate|typically|usually|normally|generally|tend to|in most cases|(has|have|had) (told|confirmed|said|promised|assured|committed)|told (me|us)|says|(they|he|she) (say|said)|according to",
  'time-unit': '(working |business )?(minutes?|hours?|days?|weeks?|months?)',
  /** Counting a repeat: by the third time, counting itself is the complaint. */
  'repeat-ordinal':
    'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|umpteenth|nth|hundredth|millionth|\\d+(st|nd|rd|th)',
};
