import type { Phrase } from '../types.ts';

/** The writer's own channels, personal and direct: "me", "my personal number". */
const ME = '(me|my( (personal|private|own|home|mobile|cell))* (number|mobile|cell|cellphone|phone|line))';

/** Sending a thing ("text me photos", "email me the form") is not an invitation to talk. */
const NO_OBJECT =
  '(?! (the|your|a|an|any(?! ?(time|hour))|some|those|these|them|it|over|through|across|back|photos?|pictures?|documents?|copies|forms?|files?)\\b)';

/**
 * The rest of a "whenever …" or "any time …" clause ("whenever another one arrives", "any time
 * you need to"): it starts with its subject or verb and stops before the next clause.
 */
const CLAUSE_TAIL =
  '( (you|it|anything|something|things|another|one|the|a|an|we|i|that|suits|is|works|there|your|he|she|they)( (?!(and|but|so|or|then|because|even|including)\\b)[^\\s,.;:!?]+){0,5})?';

/**
 * Invitations to reach the writer, or the writer's own availability. On their own they are
 * ordinary ("call me if anything changes"); next to an unbounded time they promise too much.
 * `rewrite` replaces the whole stretch from the invitation to the last unbounded time.
 */
export const invitations: Phrase[] = [
  {
    pattern: `(call|ring|phone|get hold of|reach|contact|get in touch with|get through to) ${ME}`,
    rewrite: 'call me during office hours',
  },
  {
    pattern: `(text|whatsapp|ping|dm|sms|message|send (me )?a (text|message) (to)?) ${ME}${NO_OBJECT}`,
    rewrite: 'call the office during opening hours',
    note: 'texting reaches a personal phone; the office line keeps the contact with the firm',
  },
  { pattern: 'give (me|us) a (call|ring|bell|shout|buzz)', rewrite: 'call the office during opening hours' },
  {
    pattern: `(ping|text|whatsapp|message) us${NO_OBJECT}`,
    rewrite: 'call the office during opening hours',
    note: 'a small team speaking as "us" promises the same hours as "me"',
  },
  {
    pattern: '(jump|hop|get) on a (quick )?(call|phone call|video call|zoom|teams call)',
    rewrite: 'set up a call during office hours',
  },
  {
    pattern: '(reach out|get in touch)( to me| with me)?',
    rewrite: 'get in touch during office hours',
    note: '"feel free to reach out anytime"',
  },
  {
    pattern: `(email|e-mail|write to|drop) ${ME}( a line)?${NO_OBJECT}`,
    rewrite: 'email me during office hours',
    note: '"email me the signed copy whenever it suits you" sends a document; it is not a conversation',
  },
  {
    pattern:
      '(?<=^|(?<!\\p{L})(so|just|please|and|to|can|then) |, )(call|ring|phone|text|message|ping|write back|get in touch)(?= (whenever|any ?time|at any|day|night|if|when|and|or)\\b|[,.;:!?]|$)',
    rewrite: 'call the office during opening hours',
    note: 'the bare imperative, "so call whenever you need to"; with an object ("call the crisis line") it is not the writer',
  },
  {
    pattern:
      "i('m| am|'ll be| will be)( (always|still|usually|normally|also))* (available|around|reachable|contactable|on call|here( for you)?|free|on (the end of )?the phone|at your disposal)",
    rewrite: "I'm available during office hours",
  },
  {
    pattern: "i('ll| will) (get|write|ring|call|come) (straight |right )?back( to you)?",
    rewrite: "I'll reply during office hours",
    note: 'a promise to answer is fine on its own; "…even late at night" makes it every hour',
  },
  {
    pattern:
      "i('ll| will| can)( (happily|gladly|always))? (put|set|drop) (it|everything|that|this|whatever i'm doing|what i'm doing|other work) (aside|down)",
    rewrite: "I'll make time for you during office hours",
    note: 'setting other work aside is fine once; "whenever you call" makes it every time',
  },
  {
    pattern:
      "i('m| am|'d be| would be) (always )?(happy|glad|more than happy) to (chat|talk|speak|hear from you|take (a |your )?calls?|pick up)",
    rewrite: "I'm happy to talk during office hours",
  },
  {
    pattern:
      'i (check|read|answer|reply to|respond to|monitor|keep an eye on) (my )?(e-?mails?|messages|texts|phone|inbox)',
    rewrite: 'I answer messages during office hours',
  },
  {
    pattern:
      "i('ll| will) be (checking|monitoring|keeping an eye on|answering) (my )?(e-?mails?|messages|texts|phone|inbox)",
    rewrite: "I'll answer messages during office hours",
  },
];

/** Times with no end to them: said of the writer's availability, they promise every hour. */
export const unboundedTimes: Phrase[] = [
  { pattern: `(at )?any ?time${CLAUSE_TAIL}`, note: '"call me anytime you need to"' },
  { pattern: `whenever${CLAUSE_TAIL}`, note: '"text me whenever another one arrives"' },
  {
    pattern:
      'whatever (the )?time( it is)?|no matter (what time|when|the hour)|at (any|all) hours?|any hour( of the (day|night))?( you like| you want)?',
  },
  {
    pattern:
      'day (or|and) night|night (or|and) day|(a|the) (round|around) the clock|(round|around) the clock|24/7|24 hours a day|(7|seven) days a week',
  },
  {
    pattern:
      '((even|including|also) )?((in|at|over|on|during) (the )?)?(evenings|nights|weekends|bank holidays|(saturday|sunday)s?( (nights?|mornings?|evenings?))?)(( and|,|, and| or) (evenings|nights|weekends|holidays))*( included| too| as well)?',
    note: '"evenings included", "even on Saturday nights", "nights, weekends"',
  },
  {
    pattern: '((even|including|also) )?(in|at|over|on|during) (the )?(evening|night|weekend)( included| too| as well)?',
    note: 'singular only after a preposition: "have a lovely weekend" is not an offer',
  },
  {
    pattern:
      '((even|including|also) )?((out of|after) hours|outside (office|working|business) hours|in the middle of the night)',
  },
  {
    pattern: '(even|however|no matter how) late|late (at night|in the evening)',
    note: '"late" alone is usually an apology for replying late',
  },
  { pattern: '(this|all|over the|at the|all the) weekend( long| too)?', note: 'weekend contact' },
  {
    pattern: 'the (second|moment|minute|instant) (anything|something|it|you|things?|there)( [^\\s,.;:!?]+){0,4}',
    note: '"ring me the second anything comes up"',
  },
];

/**
 * Bounds that make "any time" a stated window ("any time between 9 and 5", "whenever the office is
 * open", "any time tomorrow"): stating hours is exactly what we want. Weekend and evening words are
 * never bounds.
 */
export const bounds: Phrase[] = [
  { pattern: '(during|in|within) (our |the |normal |usual )?(office|working|business|opening|surgery|clinic) hours' },
  { pattern: "(the )?(office|practice|clinic|surgery|we)('s| is| are|'re) open" },
  {
    pattern:
      '(between|from) ({clock}|\\d{1,2}) (and|to|till|until|-|–) ({clock}|\\d{1,2})|(until|till|before|after) {clock}|{clock} (to|-|–) {clock}|nine to five',
  },
  { pattern: '((on|this|next) )?(monday|tuesday|wednesday|thursday|friday)s?|weekdays?|{weekday} to {weekday}' },
  { pattern: 'today|tomorrow|this (morning|afternoon|week)|next week|during the (day|week)' },
];

/** Before an invitation, these withdraw it: "please don't call me at weekends". */
export const negations: Phrase[] = [
  {
    pattern:
      "(don't|do not|never|can't|cannot|won't|will not|not|no need to|rather than|instead of|unable to|can no longer)( (be able to|try to|have to|need to|always|please))?",
  },
];

/** Wording that is over-available on its own, at any hour. */
export const overAvailable: Phrase[] = [
  {
    pattern:
      'my (personal|private|own|home)( (mobile|cell))? (mobile|cell|cellphone|phone|number|line|whatsapp|instagram|facebook|signal|telegram|snapchat|tiktok)( number| account| page)?',
    rewrite: 'the office number',
    note: 'a personal number makes the writer reachable at every hour; "my work mobile" is a firm channel',
  },
  {
    pattern: "my (door|inbox|phone|line)('s| is) always open",
    rewrite: "I'm available during office hours",
    note: 'the same promise as "I\'m always available", in a figure of speech',
  },
  {
    pattern:
      '(evenings|nights|weekends|late nights|bank holidays)((,|, and| and| or) (evenings|nights|weekends|bank holidays))* (are|is) (absolutely |totally |also |always )?(fine|ok|okay|no problem|no bother)( (for me|with me|by me|too|as well))?(?=\\s*([.,;!\\u2014]|$))',
    rewrite: 'office hours are best',
    note: 'offering the writer\'s own evenings and weekends; "weekends are fine for the install crew" names someone else and is not here',
  },
  {
    pattern:
      "(here's|here is) my ((home|personal|private) )?(cell|cellphone|cell phone|landline|home number|home phone)( number)?",
    rewrite: "here's the office number",
    note: 'a cell number handed out is a personal line',
  },
  {
    pattern: 'my (personal|private|home) e-?mail( address)?',
    rewrite: 'the office email address',
  },
  {
    pattern: '(just|simply|feel free to|you can always|you can also|always) (text|whatsapp|sms) me',
    rewrite: 'call the office',
    note: 'a standing invitation to text reaches the writer\'s own phone; "text me photos tonight" is only a problem at night',
  },
  {
    pattern:
      '(add|follow|friend|find|dm|message) me (on|over on) (instagram|insta|facebook|snapchat|tiktok|twitter|x|whatsapp|signal|telegram)',
    rewrite: 'email me at the office',
    note: "personal social media moves the relationship off the firm's channels",
  },
  {
    pattern:
      "(i('m| am)|we('re| are))( (also|still))? always( (happy to be|just))? (available|around|reachable|contactable|on call|on hand|at your disposal|here for you|on (the end of )?the phone|a (phone )?(call|text|message) away)( for you)?",
    rewrite: "I'm available during office hours",
    note: 'a promise nobody can keep; "I\'m always happy to help" is courtesy and stays',
  },
  {
    pattern:
      "(i'm|i am) (usually |normally |often |always |generally )?(up|awake|online) (till|until|to|past) (midnight|late|the small hours|(1[0-2]|[1-9])( ?(am|pm))?)",
    rewrite: "I'm available during office hours",
    note: 'telling the client how late the writer is up invites messages at that hour',
  },
  {
    pattern:
      "i('ll| will| can| would|'d)( (be )?(happy|glad) to)? drop (everything|whatever i'm doing|what i'm doing)( (and|to) [^,.;:!?]{1,40})?",
    rewrite: "I'll look at it during office hours",
  },
  {
    pattern:
      "(i('ll| will) (keep|leave|have) my phone (on|with me|by (the|my) bed|next to (me|the bed|my bed)|beside (me|the bed|my bed))|my phone('s| is) (always )?on)( (all|every|over the|at the|this) (weekend|night|evening|day)( long)?| overnight| 24/7| day and night)?",
    rewrite: "I'll check messages during office hours",
  },
  {
    pattern:
      '(pop|come|drop|swing|stop)( (round|over|by|in))+( to)? (mine|my (place|house|flat|home))( (any|one|some) (evening|night|weekend|time))?',
    rewrite: 'come to the office',
    note: "the writer's home is not a meeting room",
  },
  {
    pattern:
      "i('ll| will)( always)? (answer|reply|respond|write back|get back to you|pick up|call you back|ring you back|turn (it|them|this|that|things|everything) (round|around))( (them|it|each one|every (message|time)|to you))? (right away|straight away|immediately|instantly|at once|within minutes|the same (evening|night)|that (evening|night)|as (they|it) (come|comes|arrive|arrives) in|the (second|moment|minute) (you|it|they))(?! (once|when|after|as soon as) (?!you)\\w)",
    rewrite: "I'll reply within one working day",
    note: '"I\'ll reply straight away once the bank confirms" waits on someone else and is not flagged',
  },
];
