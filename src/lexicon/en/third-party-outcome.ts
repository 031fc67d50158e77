import type { Phrase } from '../types.ts';

/**
 * Every claim below runs through one of these words; a sentence without one is skipped before the
 * costlier patterns run.
 */
export const futureCues: Phrase[] = [
  { pattern: 'will|shall|going to|gonna' },
  { pattern: "'ll", note: 'the contraction hangs on its subject' },
];

// Each claim starts at its modal, written twice: "will" stands alone, "'ll" hangs on its subject.
// The rule finds the subject in front of it with the tagger and swaps the modal for "should".
const WILL = ['(will|shall|(is|are) going to|gonna)', "'(ll|s going to|re going to)"];
const future = (claim: string, note?: string): Phrase[] =>
  WILL.map((will) => ({ pattern: `${will}${claim}`, ...(note ? { note } : {}) }));
const SURELY = '( (definitely|certainly|surely|absolutely|now|also|then|eventually))?';

/**
 * Decisions only an outside party can make. Flagged when the subject is such a party (a court, an
 * insurer, a named person or body), never when it is the writer's firm ("we'll refund the fee") or
 * a thing ("the fee will cover two sessions").
 */
export const decisions: Phrase[] = [
  ...future(
    `${SURELY} (grant|accept(?! (payment|cards|returns|documents|applications|submissions|deliveries|post))|agree(?= (to|with|that)(?![\\p{L}])|\\s*([.,;!]|$))|sign (it|the|your)|award|allow|waive|dismiss|reverse|settle(?! (the|your|their) (invoice|bill|account|balance))|back down|withdraw|reimburse|compensate|refund|honou?r|rubber-stamp|say yes|reinstate)`,
    '"accept payment", "agree a date" and "settle the invoice" are procedure, not a decision in the client\'s favour',
  ),
  ...future(
    `${SURELY} (pay( (out|up|you|for|the|your|in full|everything|all))?|cover (everything|it|the|your|all|this|that|them)|drop (the|their|its|all|any) (charges?|claims?|case|complaint|objections?|appeal|action|proceedings)|release (the|your) (funds|money|deposit|payment)|lift (the|your|their) (ban|restriction|freeze|suspension|hold|stop)|restore (the|your) (listing|account|access|licen[cs]e|benefits?|payments?)|give (you|us) (custody|permission|the go-ahead|approval|the green light|a refund|your money back|the (job|contract|place|grant|loan))|let (you|us)(?! know))`,
    'payment, cover and concessions; "let you know" and "give you a call" are errands, not decisions',
  ),
];

/**
 * Verdicts only someone with authority gives: flagged for an outside party and for any subject that
 * is not the writer's side or the client ("the adjudicator", "the deposit scheme", "the review"),
 * since a thing cannot side with anyone: the words name a decision-maker whatever the noun.
 */
export const verdicts: Phrase[] = [
  ...future(
    `${SURELY} (side with|find (in|for)|rule (in|for)|uphold|overturn|sign (it |this |that |them )?off|rubber-stamp|say yes|back down|approve)`,
  ),
  // Apart from the list above, so that "see", "take" and "throw" alone do not wake it.
  ...future(
    `${SURELY} (see (straight |right )?through (him|her|them|it|this|that|his|their)|take (your|our) side|throw (it|this|that|the (case|claim|appeal|complaint|charges?)) out)`,
    '"the judge will see straight through him" is a verdict foretold; "the savings will see you through" is not here',
  ),
];

/** A decision reported as already made ("your mortgage will be approved"): anyone's but the writer's. */
export const passives: Phrase[] = [
  ...future(
    `${SURELY} be (approved|granted|accepted|waived|dismissed|overturned|upheld|awarded|signed off|rubber-stamped|reinstated|struck out|thrown out|written off|quashed|ordered to|found (in your favour|in favour|in favor|not guilty|liable)|paid (by|in full|out)|covered (by|in full)|settled (in your favour|out of court|in full)|closed (with|without) (no |any |a )?(penalty|penalties|fine|further action|charge))`,
  ),
  {
    pattern: `(penalty|penalties|fines?|charges?|surcharge|interest|points|conviction|ban|lien|restriction|freeze|enquiry|investigation|case|claim|complaint|objection|appeal|prosecution) (will|(is|are) going to)${SURELY} be (removed|dropped|cancell?ed|lifted|withdrawn|reduced|closed|thrown out|struck out)`,
    note: '"removed" and "cancelled" are decisions only for penalties and cases: "the old boiler will be removed" is our job',
  },
];

/** A remedy promised to work: a patch, tablets, a supplier's fix. Not when the writer's own side does it. */
export const remedies: Phrase[] = [
  ...future(
    `${SURELY} (fix|solve|cure|sort (it|this|that|the|your|everything|things)|resolve|clear (it |the |this |that |your )?up|get rid of|put an end to|stop (it|this|that|the|your)|do the trick|make (you|it|things) better|take care of (it|the problem|everything))`,
  ),
];

/** Results nobody controls, whoever the subject: winning, targets, rankings, going viral. */
export const results: Phrase[] = [
  ...future(
    `${SURELY} (win (this|the|your|it)|beat (them|the other side)|get you (the|a|your) (full|whole|maximum|entire)|get (the|your) (visa|grant|mortgage|loan|job|place|permit|licen[cs]e|approval|money back|deposit back)|pass (the|your) (exam|test|inspection|audit|assessment|interview)|go viral|hit (the |our |your )?([\\p{L}-]+ )?(target|goal|numbers|number one|page one|the top)|hit \\d[\\d,.]*k? \\p{L}+|get you (onto|on|to|into) (the )?(first page|front page|page one|top (spot|position|result)|number one)|reach (number one|page one|the top|\\d[\\d,.]*k? \\p{L}+)|(double|triple) (your|the|our)|see (double|triple|twice|results|an? (big |huge |real |dramatic )?(improvement|difference|rise|increase|jump|boost)))`,
  ),
  ...future(
    `${SURELY} (handle|cope with|take|withstand) (any|whatever) (amount|number|volume|level) of (traffic|users|visitors|load|requests|orders|demand|weight|water|rain|wind|pressure|use)`,
    'capacity without limit ("it\'ll handle any amount of traffic"); a separate entry, so "take" alone does not wake the list above',
  ),
  {
    pattern: `(rankings?|traffic|sales|conversions|followers|revenue|numbers|figures|scores?|ratings?|reviews|engagement|leads|bookings|enquiries|inquiries|sign-?ups|visitors|share price|value|returns|profits?|results|performance) (will|(is|are) going to)${SURELY} (bounce back|recover|go (back )?up|rise|improve|increase|grow|double|triple|pick up|return|be back|come back|climb|soar|take off)`,
  },
];

/**
 * An outside party's timetable stated as fact ("the electrician will be there first thing
 * tomorrow"). The rule also needs a concrete time: "the insurer will respond" alone is procedure, and
 * "the court will decide on 3 May" says when, not what.
 */
export const timetables: Phrase[] = [
  {
    pattern: `{third-party} (will|shall|(is|are) going to|gonna)${SURELY} (be (there|on site|with you|round|over|in touch|back)|arrive|turn up|show up|come( (round|over|out|back))?|deliver|ship|call you|contact you|get back to (you|us)|respond|reply|see you|have (it|them|everything|the \\p{L}+|your \\p{L}+) (done|fixed|ready|sorted|in your account|with (you|us))|finish|complete|process|install|fit|repair|replace|fix)`,
  },
];

/**
 * Something arriving from elsewhere on a date ("it will arrive by the end of the month"): needs a
 * concrete time too. "Credited" and "refunded" are left out: the writer's firm usually does that.
 */
export const arrivals: Phrase[] = [
  ...future(
    `${SURELY} (arrive|land|come through|go through|clear|be (through|delivered|issued|released|in your account))`,
  ),
];

/** A third party's habit stated as a law ("the regulator always signs off"); the rule offers "usually". */
export const habits: Phrase[] = [
  {
    pattern:
      '{third-party} always (signs? off|approves?|accepts?|grants?|pays? (out|up)|agrees?|settles?|wins?|rules? in|finds? (in|for)|says? yes|backs? down)',
  },
];

/** The writer taking on someone else's decision ("I'll make sure the IRS accepts it"). */
export const takingOn: Phrase[] = [
  {
    pattern:
      "I('ll| will| am going to|'m going to) (personally )?(make sure|ensure|see to it)( that)?(?= … (gets?|accepts?|approves?|grants?|wins?|pays?|agrees?|passes?|(is|are) (approved|granted|accepted)))",
    rewrite: "I'll do everything I can so that",
  },
  {
    pattern:
      "we('ll| will| are going to|'re going to) (personally )?(make sure|ensure|see to it)( that)?(?= … (gets?|accepts?|approves?|grants?|wins?|pays?|agrees?|passes?|(is|are) (approved|granted|accepted)))",
    rewrite: "we'll do everything we can so that",
  },
];

/**
 * The writer's own people: when they are the subject, the work is in the writer's hands ("the team
 * will fix it"), unlike a supplier's.
 */
export const ownSide: Phrase[] = [
  {
    pattern:
      'finance|accounts|billing|legal|hr|management|head office|customer (service|services|care)|dispatch|warehouse|drivers?|team|crew|staff|engineers?|technicians?|office|colleagues?|developers?|support|helpdesk|help desk|nurse|doctor|receptionist|reception|practice|firm|partner|accountant|lawyer|solicitor|attorney|paralegal|associate|assistant|manager|fitters?|installers?',
  },
];

/**
 * A passive with the writer's side as its agent ("your order will be delivered by our driver on
 * Monday"): the writer's own logistics, not someone else's timetable.
 */
export const ownAgents: Phrase[] = [{ pattern: 'by (us|me|our|my|hand)(?![\\p{L}])' }];
