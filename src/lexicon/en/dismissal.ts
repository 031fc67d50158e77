import type { Phrase } from '../types.ts';

/** What ends a dismissive fragment: the end of the sentence, a break, or "and we can't…". */
const ENDS = "(?=\\s*([.!;,\\u2014]|$|and |i'm afraid|i am afraid))";

/** Shutting the conversation down: hiding behind policy, shrugging, waving the reader off. */
export const phrases: Phrase[] = [
  {
    pattern:
      "(i|we) (honestly |frankly |really |genuinely )?(don't|do not|fail to|can't|cannot|struggle to) see what the (problem|issue|fuss|big deal|complaint) (is|was)",
    note: 'the complaint waved away as no problem at all',
  },
  { pattern: "it is what it is|it's what it is", note: 'a shrug' },
  {
    pattern:
      '(we|i) (now |therefore )?consider (the|this) (matter|complaint|issue|case|correspondence) (to be )?(closed|resolved|concluded|at an end)',
    note: 'the door shut on the reader; "your complaint is now closed because we refunded you" reports a status and is not in the list',
  },
  {
    pattern:
      "you('re| are) not (our|the|my) only (client|customer|patient|tenant|member|resident|student)( (we|i) (have|serve|look after|deal with|work with)|(?=\\s*([.!,;]|$)))",
    note: 'the reader told to wait their turn; "you\'re not the only customer to raise this" is solidarity and is not in the list',
  },
  {
    pattern: `(that's|that is|it's|it is|this is) (just |simply |only |all )?(our|the|company|the company's|the firm's|the practice's|the practice|practice|firm|office|clinic|surgery|agency|house|standard) policy${ENDS}( and (we|i) (can't|cannot|don't|do not|won't|will not) make (any )?exceptions)?`,
    note: '"that\'s our policy." closes the door; "our policy is to refund within 14 days" explains',
  },
  { pattern: "(we|i) (can't|cannot|don't|do not|won't|will not) make (any )?exceptions|no exceptions" },
  { pattern: 'rules are rules|policy is policy' },
  {
    pattern:
      "(there's|there is|there's really|there really is) (really |honestly |simply )?nothing (more |else |further )?(i|we) can do|(i|we) (can't|cannot) do anything (more |else )?about (it|that|this)",
    note: '"we can\'t do anything until the plaster dries" gives a reason and is left alone',
  },
  {
    pattern:
      "(that's|that is|it's|it is) (just |simply )?(how|the way) (it|things|this|that|(the|our) ([\\w-]+ ){0,2}(system|process|policy|procedure|rules?)) (works?|is|are|goes)(?!\\s*:)",
  },
  { pattern: "(that|this)('s| is)? (not|isn't|is not) (going to happen|happening)" },
  { pattern: '(the|my|our) answer (is|remains) (still )?(the same|no|unchanged)' },
  {
    pattern: `(that's|that is|it's|it is) (just |simply |completely |perfectly |entirely )?(standard|normal|standard practice|standard procedure|procedure|the process)(?=\\s*[.!]?\\s*$)`,
    note: 'only as a closing verdict: "that\'s normal for this model, and it settles" informs',
  },
  {
    pattern:
      "these things take time|(it|this) takes as long as it takes|(it|this)('ll| will) (be|get) (ready|done|finished|sorted|fixed) when it's (ready|done|finished|sorted)",
  },
  {
    pattern:
      "(isn't|is not|wasn't|was not|not) (really |strictly |honestly )?(my|our) (problem|concern|issue|job|department|remit)( to (solve|fix|sort|deal with|worry about))?",
    note: '"not your problem" is kind and is not in the list',
  },
  { pattern: "(isn't|is not|wasn't|was not|not) (my|our) fault(, and neither is [^,.;:!?]+)?" },
  {
    pattern:
      "(there's|there is) no (point|use|sense) (in )?(you )?(ringing|calling|phoning|emailing|e-mailing|chasing|texting|messaging|asking|complaining|shouting|arguing|contacting|getting upset)",
  },
  {
    pattern:
      "(won't|will not|doesn't|does not|isn't going to|is not going to|can't|cannot) … any (faster|quicker|sooner)",
    note: '"shouting won\'t fix it any faster"',
  },
  {
    pattern:
      "(i'm|i am|we're|we are) (honestly |really |frankly |just )?(not sure|unsure) what (else|more) you (want|expect|would like)( (from|of) (us|me)| (us|me) to do)?|what (else|more) do you (want|expect)( (from|of) (us|me))?|(i|we) (don't|do not) know what (else|more) (you want|(i|we) can do)",
  },
  { pattern: "(it's|it is) (hard|difficult) to see what (more|else) (i|we) (can|could) (do|offer)" },
  {
    pattern:
      "(that|this)('s| is| was) (simply |just |frankly |absolutely |completely |totally |patently |plainly )?(not true|untrue|false|nonsense|rubbish(?! (when|for you|to (hear|deal|have|come))(?![\\p{L}])))|(that|this|it) (simply |just |frankly |absolutely |completely |totally |patently |plainly )(isn't|is not|wasn't|was not) (true|the case|correct|accurate)",
    note: 'a flat contradiction; "that isn\'t correct: the fee was £150" is left alone',
  },
  {
    pattern:
      "(i|we) (don't|do not) have time for this|get over it|(?<!(had to|have to|has to|having to|need to|needed to|'ll|will|can|could|we|i|they|who|someone|somebody) )deal with it|like it or not",
    note: '"just deal with it" waves the reader off; "sorry you had to deal with it on a Saturday" is sympathy',
  },
  { pattern: '(our|my) hands are tied' },
  {
    pattern: `(that's|that is|it's|it is|those are|them's) (just |simply )?the (rules?|rule book|procedure|system)${ENDS}`,
    note: 'only as a verdict; "those are the rules for April" informs',
  },
  { pattern: "lack of planning (on your part )?(does not|doesn't|is not|isn't) (constitute )?(an|our|my) emergency" },
  {
    pattern:
      "(?<!(if|whether|worried|afraid|think|feel) )you('re| are) (simply |just |completely |totally |absolutely |plainly |quite )?(wrong|mistaken|incorrect)",
  },
  {
    pattern:
      "(i'm|i am|we're|we are) (getting |growing )?(tired|sick|fed up|weary) of (your|these|this|the constant|all (the|these)|being)",
    note: '"I know you\'re fed up with the delays" is about the reader\'s feelings and is not in the list',
  },
  { pattern: "(i'm|i am|we're|we are) (just|only) doing (my|our) jobs?" },
  {
    pattern:
      "(i'm|i am|we're|we are) not (going to )?(argue|arguing|debate|debating) (with you|about (this|it|that))|(i|we) (won't|will not) (argue|debate) (with you|about (this|it|that)|the point)",
  },
  {
    pattern:
      "(i|we)( will|'ll)? (not|won't) (be )?(respond|responding|reply|replying|engage|engaging|enter|entering) (to |in |into )?(any )?(further|more) (emails|correspondence|messages|calls|discussion)|this (conversation|discussion|matter) is (now )?(closed|over)",
  },
];
