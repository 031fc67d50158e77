import type { Phrase } from '../types.ts';

/** Degree words that sit between a verb and the feeling ("so", "really", "completely"). */
const DEGREE =
  '((so|really|very|incredibly|genuinely|deeply|truly|completely|totally|understandably|such|a|an|real) )*';

/** What a situation does to the person in it; safe after any subject ("the deadline is stressful"). */
const IMPACT =
  '(stressful|frustrating|worrying|upsetting|disappointing|disruptive|unsettling|distressing|alarming|exhausting|' +
  'maddening|infuriating|nerve-?w?racking|agoni[sz]ing|scary|frightening|terrifying|painful|overwhelming|heartbreaking|' +
  'devastating|(a )?(real )?(pain|nightmare|worry|blow|shock|hassle|headache))';

/** Plain badness: an acknowledgement about "that" or "this", an excuse about the weather or the traffic. */
const EMOTIVE = `(${IMPACT}|awful|horrible|terrible|dreadful|miserable|unpleasant)`;

/** Things a writer can thank a client for that show the concern was heard (not "your email" or "the files"). */
const HEARD =
  '(raising|flagging|highlighting|mentioning|pointing (this|that|it|these|them) out|bringing (this|that|it|these|them)|' +
  'letting (me|us) know|telling (me|us)|sharing (your|this|that|how|what)|explaining|' +
  'being (so )?(honest|candid|open|frank|direct|clear|upfront|up front)|' +
  'your (honesty|candou?r|frankness|openness|persistence|concerns?)|' +
  'your (honest|candid|frank|detailed|thoughtful|careful) (email|message|note|letter|feedback|account)|' +
  'chasing|following up|checking (in|on|with)|asking|querying|questioning|challenging|the (heads-up|reminder|nudge)|' +
  'writing (to (me|us) )?(about|so)|reaching out about|getting in touch about|' +
  'speaking up|coming (to (me|us)|back to (me|us))|keeping (me|us) (updated|informed|posted|in the loop)|taking (this|it) up)';

/**
 * Thanks for waiting it out. A bare "thank you for your patience" or "thanks for bearing with us" is
 * boilerplate that any reply could carry; it acknowledges only when it names what the client bore
 * ("…while the heating was off", "…on the CRM issue").
 */
const ENDURED =
  '(being (so )?patient|your (continued |ongoing )?patience|(sticking|bearing|staying) with (me|us)|putting up with (this|it|that|us|me|the [\\p{L}-]+))' +
  '(?=,? (with|while|whilst|during|over|through|throughout|on|as|after|in|for|about|until) [\\p{L}\\d])';

/** Real apologies. Look-alikes that are not ("sorry if", "apologies for any inconvenience") are in `hollow`. */
export const apologies: Phrase[] = [
  {
    pattern: 'sorry',
    note: 'any "sorry" counts unless a hollow form or a rebuttal ("I\'m sorry, but…") takes it back',
  },
  { pattern: 'apologi[sz]e[a-z]*|apolog(y|ies)', note: '"I apologise", "my apologies", "I owe you an apology"' },
  { pattern: '(I|we) (deeply |sincerely |truly |really )?regret(?! to)', note: '"we regret to inform you" is not' },
  { pattern: 'forgive (me|us)' },
];

/** Acknowledging the concern or the feeling, agreeing with the client, or owning the failure. */
export const acknowledgements: Phrase[] = [
  {
    pattern:
      "(I|we|I'd|we'd) ((can|do|completely|totally|fully|really|absolutely|certainly|definitely|want to|like to|would like to) )*(understand|appreciate|see|imagine|hear|recogni[sz]e|realise|realize|acknowledge|tell) (how|why|what a)(?! to)",
    note: '"I can see why this is worrying", "I can see how my question came across"',
  },
  {
    pattern:
      '(I|we) ((completely|totally|fully|really|do) )*(know|get) (how (much|hard|long|important|difficult|tough)|why you|what a)',
    note: '"I know how much work was in that folder"; "we know how the system works" or "we know why the server failed" is no acknowledgement',
  },
  { pattern: '(totally|completely|fully) (get|understand|see) (why|how)', note: 'subject dropped: "Totally get why…"' },
  {
    pattern: '(I|we|totally|completely) ((really|completely|totally|do) )?hear you',
    note: '"I hear you"; a following "but" still takes it back',
  },
  {
    pattern:
      '(I|totally|completely) ((really|completely|totally|do) )?get (it|you)(?=\\s*([.,;:!\\u2014]|$)| (and|completely))',
    note: '"I get it." ("we get it to you by Friday" is not)',
  },
  {
    pattern:
      '(I|we) ((can|do|completely|totally|fully|really|absolutely) )*understand(?=\\s*([.,;:!\\u2014\\u2013]|$)| (and|completely|entirely|perfectly))',
    note: 'a bare "I understand." or "I completely understand:"; "I understand, but…" is caught by the contrast check',
  },
  {
    pattern:
      '(I|we) ((can|do|completely|totally|fully|really) )*understand (you )?(wanting|needing|hoping|being|feeling|the (need|wish|urge|desire))',
    note: 'understanding what the client wants: "I completely understand wanting your results quickly"',
  },
  {
    pattern:
      "(I|we) ((do|can|completely|totally|fully|really|absolutely|certainly) )*(understand|appreciate|realise|realize|recogni[sz]e) (that )?(you('re|'ve|'d| are| were| have been| had been| have had| have to| had to| need| needed| want| wanted| feel| felt| may| might| could| can)?|your (\\p{L}+ )?[\\p{L}-]+ (was|were|has|have|had|is|are|changed|fell|went|got|came|meant|left|took|caused|made))(?! (signed|agreed|accepted|received|read|chose|opted|decided|knew|((were|are|have been|had been) )?(told|sent|informed|advised|given|warned|made aware|aware|notified)))(?![\\p{L}])",
    note: 'understanding the client\'s situation in a clause of its own ("I do understand that your plans changed because of your daughter\'s illness"); "I understand you signed the quote" or "…were told" is a rebuttal, and a "but" after it is caught by the contrast check',
  },
  {
    pattern: "I can only imagine|I (can't|cannot) imagine (how|what)",
    note: '"I can only imagine how much that cost you"; "I can imagine the judge will…" is a forecast',
  },
  {
    pattern:
      "(I|we) ((completely|fully|really) )?(know|understand|realise|realize|appreciate) (that )?you('d| had| were| have been)? (hoped|hoping|wanted|expected|counting)",
    note: 'naming what the client hoped for',
  },
  {
    pattern:
      "(not|isn't|wasn't) (the|what) ((answer|news|outcome|result|update|decision|reply) )?you (were |had been )?(hoping for|wanted|expected|wanted to hear|needed)",
    note: '"I know this isn\'t the answer you were hoping for"',
  },
  {
    pattern: "(must|can't|cannot|couldn't) (be|have been|feel|have felt) ((so|very|at all) )?(easy|a lot)",
    note: '"that can\'t have been easy", "that must be a lot"',
  },
  {
    pattern: `(it|that|this|which)('s| is| was| has been| must be) ${DEGREE}${EMOTIVE}(?! (for|to) (us|me|my|our|the team|staff))`,
    note: '"that\'s awful", "this is so frustrating"; "difficult" and "hard" are left out because "it\'s hard to say" is no acknowledgement',
  },
  {
    pattern: `(is|are|was|were|has been|have been|had been) ${DEGREE}${IMPACT}(?! (for|to) (us|me|my|our|the team|staff))`,
    note: 'the situation named for what it does to the client ("the bank deadline is stressful"); "the traffic was terrible" is an excuse, so plain badness needs "that" or "this"',
  },
  {
    pattern: `what (a|an) ${DEGREE}${EMOTIVE}|^how ${DEGREE}${EMOTIVE}`,
    note: '"What a stressful week", "How awful."',
  },
  {
    pattern: `((it|that|this)'s|is|has been|was) a lot(?=\\s*([.,;!]|$))`,
    note: '"Three rounds of revisions is a lot"; "a lot of work" is not',
  },
  {
    pattern: "you('re| are| were| was) ((absolutely|completely|entirely|quite|totally|perfectly|so) )?right",
    note: '"you\'re right to ask", "you\'re right that…", "You\'re right, and I\'m sorry"',
  },
  { pattern: "you('re| are) not wrong|you('re| are) not (being )?unreasonable" },
  { pattern: 'you (had|have) (every|a|good) (right|reason)', note: '"You have every reason to be fed up"' },
  { pattern: "you('re| are| were) (entitled|justified|within your rights)" },
  {
    pattern:
      "(that's|that is|it's|it is|this is|what a)( (a|an|very|completely|entirely|totally|perfectly|really))* (fair|reasonable|valid|legitimate|good|great|important|understandable|natural) (question|point|concern|challenge|ask|request|criticism|worry|reaction|thing to (ask|want|worry about))",
    note: '"That\'s a fair question", "It\'s a fair concern"',
  },
  {
    pattern:
      "(it's|it is|that's|that is|totally|completely|entirely|perfectly|very)( (completely|entirely|totally|perfectly|very|quite))* (fair|reasonable|understandable|natural|normal) (to (ask|want|expect|be|feel|worry|query|question|push|chase|raise|have|get)|that you|for you to)",
    note: '"It\'s fair to ask", "Totally fair to be fed up", "It\'s completely understandable to feel anxious"; "it\'s fair to say" is a rebuttal opener, not this',
  },
  {
    pattern:
      "(that's|that is|it's|it is)( (completely|entirely|totally|perfectly|very|quite))* (fair|understandable)(?=\\s*([.,;!]|$))",
    note: '"I think that\'s fair."',
  },
  {
    pattern:
      '(your|the|this) (concern|question|point|frustration|anger|complaint|worry|criticism|feedback|request|reaction)s? (is|are|was|were) ((completely|entirely|totally|perfectly|very|quite) )?(fair|valid|reasonable|legitimate|understandable|justified|warranted)',
  },
  {
    pattern: '(good|great|fair|reasonable|important) (question|point)(?! of)|point taken|(I|we) take (your|the) point',
  },
  { pattern: "(I|we) ((can|completely|totally|fully) )*(see|get|understand) where you('re| are) coming from" },
  {
    pattern: "(you )?(shouldn't|should not) (have|need) to (chase|ask|call|wait|remind|write)",
    note: '"You shouldn\'t have to chase us"',
  },
  { pattern: "understandabl[ey]|no wonder you|of course you('re| are| feel| want| would|'d)" },
  { pattern: 'makes ((complete|total|perfect) )?sense (that|you|to (feel|be|want|worry)|why)' },
  {
    pattern: '(I|we) ((completely|fully|totally|entirely) )?agree((?=\\s*([.,;:!]|$))| with you| that)',
    note: '"I agree with you"; "the exercises we agree on" is not',
  },
  {
    pattern:
      "(I'm|I am|we're|we are) ((so|really|very|genuinely|truly) )?(glad|grateful) (that )?you (told|asked|called|raised|wrote|reached|got in touch|let|flagged|mentioned|came|spoke|said|shared|contacted)",
    note: '"I\'m glad you told me"',
  },
  {
    pattern: '(sad|saddened|concerned|dismayed|upset|distressed|troubled|sorry) to (hear|read|learn|see)',
    note: '"disappointed to read your review" is the writer\'s reaction, often before a rebuttal, so it is left out',
  },
  {
    pattern:
      "(I'd|I would|we'd|we would|anyone would|anybody would|most people would) (be|feel) ([a-z]+ )?(too|the same|the same way)",
    note: '"I\'d be frustrated too"',
  },
  { pattern: "you('re| are) not (a burden|alone|on your own|bothering)" },
  {
    pattern:
      "(I|we) ((really|definitely|certainly|absolutely) )?(should|ought to)(n't| not)? have ([a-z]+ed|been|told|done|sent|made|kept|caught|spotted|seen|known|given|taken|written|rung|spoken|said|let|picked|brought|set|put|got|found|drawn)",
    note: 'ownership ("I should have called you sooner"); "we should have the results by Friday" is not',
  },
  { pattern: "(you )?(shouldn't|should not) have had to", note: '"You shouldn\'t have had to clear it yourself"' },
  { pattern: "(shouldn't|should not|never should) have happened" },
  {
    pattern:
      "(that's|that is|that was|it's|it is|it was|this is|this was|the fault is)( (entirely|completely|all|totally|squarely))? (on (me|us)|(my|our) (fault|mistake|error|doing|oversight|responsibility|bad)|mine|ours)",
    note: '"That\'s on me", "that was our error"',
  },
  { pattern: '(mistake|error|oversight|failing|slip)s? on (my|our) part' },
  { pattern: '^(my|our) (mistake|bad|fault|error)' },
  {
    pattern:
      "(I|we) (let you down|dropped the ball|got (this|that|it) wrong|made (a|an) ([a-z]+ )?(mistake|error)|messed up|fell short|failed to|didn't (get|do) (this|that|it) right)",
    note: 'owning the failure; "you failed to" is blame and not here',
  },
  { pattern: "(not|isn't|wasn't|aren't|weren't) (acceptable|good enough|okay|ok) (from|of|on the part of) (us|me)" },
  { pattern: "(not|isn't|wasn't) the (service|standard|care|experience|level of service) (you|anyone|we)" },
  { pattern: '(you|anyone) deserved?s? (better|more|a (straight|proper|clear|full|prompt|better))' },
  {
    pattern: 'far too (long|slow|late)|longer than (it should|(I|we) (said|promised|planned|expected|estimated))',
    note: 'admitting the wait was too long',
  },
];

/**
 * Openings that acknowledge only when a feeling (from `feelings`) follows in the same clause:
 * "I know the hearing is weighing on you" does, "I know the form was posted" does not. The feeling
 * may sit far from the opening ("I know waiting for the verdict is agonising"), further than the
 * pattern language's gap reaches, so the rule looks for it in the rest of the clause.
 */
export const feelingFrames: Phrase[] = [
  {
    pattern:
      "(I|we|I'd|we'd) ((can|do|completely|totally|fully|really|absolutely|certainly|want to|like to|would like to) )*(understand|know|appreciate|see|hear|recogni[sz]e|realise|realize|get|imagine|sense|acknowledge|tell)(?! (it )?if(?![\\p{L}]))",
    note: 'understanding a feeling ("I understand your frustration"); understanding a fact ("I understand the form was posted") is not validation, nor is a request ("I\'d appreciate it if future concerns…")',
  },
  {
    pattern: '(it|that|this) (sounds|sounded|seems|seemed|must feel|feels)( like| as if| as though)?',
    note: '"It sounds like the last few weeks have been really hard"',
  },
  {
    pattern: "(must (be|have been|feel|have felt)|can't (be|have been)|cannot (be|have been)|sounds( like)?|sounded)",
    note: '"That must have been awful", "that sounds exhausting"',
  },
  { pattern: '(anyone|anybody|most people|I|we) would (be|feel|have been|have felt)', note: '"Anyone would be upset"' },
  {
    pattern:
      '(?<=^|^(hi|hello|hey|dear|morning|good morning|afternoon|good afternoon|evening)[^,.!?]{0,30}, )(totally|completely|fully|really|absolutely) (get|understand|see|hear|feel)',
    note: 'the subject dropped in a casual reply: "Totally get the nerves before a launch like this", "Hi Jade, totally understand, it\'s a lot of money"',
  },
];

/** What an upset, anxious or let-down client feels, or what their situation is to them. */
export const feelings: Phrase[] = [
  {
    pattern:
      'frustrat[a-z]*|annoy[a-z]*|irritat[a-z]*|infuriat[a-z]*|aggravat[a-z]*|maddening|angry|anger|furious|livid|fed up|upset[a-z]*|unhappy|not happy|dissatisf[a-z]*|disappoint[a-z]*|let down|hurt[a-z]*|dismissed|judged|ignored|disrespect[a-z]*|embarrass[a-z]*|humiliat[a-z]*',
    note: 'anger, disappointment and hurt',
  },
  {
    pattern:
      'worr[a-z]*|anxi[a-z]*|nervous|nerves|nerve-?w?racking|on edge|stress[a-z]*|pressure|concern(s|ed)?|scar(y|ed|ing)|fright[a-z]*|terrif[a-z]*|alarm[a-z]*|shock[a-z]*|unsettl[a-z]*|distress[a-z]*|overwhelm[a-z]*|exhaust[a-z]*|draining|confus[a-z]*|hopeless|lonely|sad|sadness|saddened|grie[a-z]*|heartbreak[a-z]*|devastat[a-z]*|agoni[sz][a-z]*',
    note: 'worry, fear and distress',
  },
  {
    pattern:
      "difficult|hard(est|er)?(?! (drive|disk|cop))|tough(est|er)?|not welcome|awful|terrible|horrible|dreadful|miserable|unpleasant|painful|nightmare|pain|hassle|headache|blow|disrupt[a-z]*|inconvenien[a-z]*|unfair|urgen(t|cy)|rattled|unwelcome|a lot of money|(not|isn't|aren't|wasn't) (sitting|feeling) right",
    note: 'what the situation is to the client; "hard drive" is not',
  },
  {
    pattern:
      'endless|never-ending|relentless|unbearable|too much|getting you down|weighing on you|hanging over you|(the )?last thing you need(ed)?|a lot to (carry|deal with|handle|take in|cope with)',
  },
];

/** Thanks that show the concern was heard; "thank you for your email" or "for the files" does not. */
export const thanks: Phrase[] = [
  {
    pattern: `(thank you|thanks|many thanks|(I'm|I am|we're|we are) ((so|very|really) )?grateful|(I|we) ((really|truly|do) )?appreciate( it)?)( (so|very) much)?( again)? (for|that you) ${HEARD}`,
    note: '"Thank you for raising this", "Thanks for letting me know"; "thank you for your understanding" presumes the client has accepted the answer, so it is left out',
  },
  {
    pattern: `(thank you|thanks|many thanks|(I|we) ((really|truly|do) )?appreciate( it)?)( (so|very) much)?( again)? (for|that you) ${ENDURED}`,
    note: '"thank you for your patience while the lift was out"; a bare "thanks for bearing with us" is boilerplate',
  },
  {
    pattern:
      '(I|we) ((really|truly|do) )?appreciate (you|your) (being (?!patient)|taking (the time )?to (tell|explain|write|raise|flag)|raising|flagging|letting|telling|bringing|sharing|honesty|candou?r|frankness|openness)',
    note: '"I appreciate you being so open about the pressure"',
  },
];

/**
 * Words that look like validation and are not: the non-apology, the conditional apology, the
 * boilerplate apology for "any inconvenience", and ownership that is denied.
 */
export const hollow: Phrase[] = [
  {
    pattern:
      'sorry (that )?you (feel|felt|see|saw|take|took|think|thought|view|viewed)( it| this| that| things)? ((that|this) way|like that|so)',
    note: 'the non-apology "I\'m sorry you feel that way" (also escalation)',
  },
  {
    pattern:
      "sorry (that )?you (feel|felt|have felt|thought|think|believe)( that)? (the need|it necessary|compelled|obliged|forced|you (had|have|needed|need) to|your|the|this|it|it's|things|our|my|we|i)(?![\\p{L}])",
    note: 'sorry for the reader\'s view or choice ("sorry you felt the need to leave a review", "sorry you feel your stay was ruined"), not for what happened (also escalation)',
  },
  {
    pattern:
      "(sorry|regret|apologi[sz]e|apologies)( to (hear|learn|read|see))?( that)? you( (were|are|have been|had been|felt|feel|seem|may have been|might have been|were left|have been left|'ve been left)|'re|'ve been)? (dissatisfied|unhappy|not happy|not satisfied|unsatisfied|displeased|less than (happy|satisfied|impressed))",
    note: '"We regret that you were dissatisfied" is sorry for the client\'s verdict, not for what went wrong; "I\'m sorry the parcel was late" names it',
  },
  {
    pattern: "sorry (that )?you('re| are| were| have been| felt| feel| got)? (offended|insulted)",
    note: '"sorry you were offended" blames the reader\'s reaction',
  },
  {
    pattern: '(sorry|apologi[sz]e|apologies|regret) if',
    note: 'the conditional apology: "sorry if my comment upset you"',
  },
  {
    pattern:
      '(sorry|apologi[sz]e|apologies|regret) (for|about) the inconvenience( (this|that|it) (may have |might have |has )?caused| caused)?(?=\\s*([.,;!]|$))',
    note: 'boilerplate: "We apologise for the inconvenience." names nothing; "sorry for the trouble you\'ve had with the app" does',
  },
  {
    pattern: '(sorry|apologi[sz]e|apologies|regret) ((for|about) )?any',
    note: 'a hedged "for any…" names nothing: "Apologies for any inconvenience caused", "We regret any inconvenience"',
  },
  { pattern: 'sorry to (say|inform|tell you|have to|bother|trouble|chase)', note: 'announcing, not apologising' },
  { pattern: "(not|isn't|wasn't|aren't|weren't) (my|our) (fault|mistake|error|problem|doing)" },
  { pattern: "(no|not|isn't|wasn't) (a |an |any )?([a-z]+ )?(mistake|error|oversight|failing) on (my|our) part" },
  {
    pattern: 'should have (received|heard|obtained)',
    note: 'an expectation ("we should have received it by now"), not ownership',
  },
];

/**
 * What turns an acknowledgement into "yes, but": a contrast in the same clause, or a contrast or
 * a reminder ("As I said…") opening the next one.
 */
export const contrasts: Phrase[] = [
  { pattern: '(?<!(all|nothing|anything|not only) )but(?! also)' },
  { pattern: 'however|that said|having said that|nevertheless|nonetheless|even so' },
  {
    pattern:
      "as (I|we)('ve| have| had)?( (already|previously|repeatedly|clearly))? (said|explained|mentioned|stated|told you|discussed|advised|pointed out|made clear|noted|set out|confirmed)",
  },
  { pattern: 'as (previously|already|repeatedly) (said|stated|explained|mentioned|advised|discussed|noted)' },
  { pattern: "as you('ll| will)? (no doubt|surely|of course) (know|recall|remember|be aware|appreciate|see)" },
  { pattern: "as you('ll| will) (recall|remember|be aware)" },
  { pattern: 'per my (last|previous|earlier)|with (all )?due respect' },
];

/**
 * Words that make the acknowledgement after them a concession, with the rebuttal in the main clause:
 * "While I understand your frustration, the policy is clear."
 */
export const concessions: Phrase[] = [{ pattern: 'while|whilst|although|though|even though|even if|albeit' }];

/** What may follow "but" and keep the acknowledgement: reassurance or the writer's own next step. */
export const reassurances: Phrase[] = [
  {
    pattern:
      "(I|we)('ll| will| promise| am going to|'m going to| are going to|'re going to| want to|'d like to| would like to| can (assure|promise|tell you|help|fix|sort|offer|arrange|make sure|look))",
  },
  {
    pattern:
      "(I|we)('ve| have)( (now|just|also|already))? (booked|arranged|asked|spoken|written|fixed|sorted|escalated|chased|moved|refunded|waived|credited|raised|logged|ordered|found|put|rebooked|scheduled|reduced|removed|cancell?ed|corrected|resolved|started|taken)",
  },
  { pattern: "(I|we)('m| am|'re| are) (here|glad|pleased|happy|committed|determined|on it|now able)" },
  { pattern: "you('ll| will) (feel|be|get|have|see|not be|start)|you('re| are) not (alone|a burden|on your own)" },
  { pattern: "(it|things|this)( really)?( will|'ll| does| do| can) (get|feel|be) (better|easier)" },
  { pattern: "(there is|there's) (a|an|some|still|good) (way|option|solution|hope|plan|fix|chance)" },
  { pattern: "(the )?good news|(please|rest) (know|be assured|assured)|here's what|what (I|we) can (do|tell|offer)" },
  { pattern: "let (me|us)|let's|together" },
];

/**
 * How a rebuttal opens. A named apology ("I'm sorry the parcel was late, but the courier…") keeps
 * its meaning through a plain explanation; only these take it back ("…, but you signed the quote").
 */
export const rebuttals: Phrase[] = [
  { pattern: "you|your|you're|you've|you'd", note: 'the reader as the subject: blame or correction' },
  {
    pattern:
      "(that's|that is|it's|it is|this is) (how|our|the|just|standard|policy|not)|(the|our) (contract|lease|policy|terms|agreement|rules|procedure|process|engagement letter|brief|quote)",
  },
  {
    pattern:
      "(I|we) (can't|cannot|can not|don't|do not|won't|will not|are unable|am unable|have no|only)|(we're|I'm) (unable|not able)|unfortunately|there('s| is) (nothing|no)|these things|nothing",
  },
];

/** Intensifiers that, written in capitals inside thanks or an apology, make it sarcastic ("Thanks SO much"). */
export const shoutedIntensifiers: readonly string[] = [
  'so',
  'really',
  'very',
  'truly',
  'such',
  'much',
  'thank',
  'thanks',
];

/** The sentence the fix inserts after the greeting: it fits any complaint without knowing its details. */
export const insertedAcknowledgement = "Thank you for raising this, and I'm sorry for the frustration it has caused.";
