import type { Phrase } from '../types.ts';

/** What may follow a reminder before its comma: "As I said on the phone," "as I explained in March,". */
const REMINDER_TAIL = '( [^,.;:!?]{1,60})?,';
/** Words that turn a neutral "as I mentioned" into "as I have told you again and again". */
const REPEATED =
  '(already|before|previously|again|twice|three times|several times|many times|multiple times|numerous times|more than once|repeatedly|a number of times|last (time|week|month)|in my (last|previous|earlier|prior) (email|e-mail|message|note|letter|reply))';

/**
 * After "as I said", the writer's own promise ("sorry it wasn't sent on Monday as I said it would
 * be", "as I told you I would"): owning a slip, not a reminder that the reader should have listened.
 */
const OWN_WORD =
  "(?! (i|we|it|they|he|she|this|that|everything)('d| would|'ll| will| was going| were going| might| could)(?![\\p{L}]))";

/** Talking down to the reader: reminders that they should have listened, and "this is simple". */
export const phrases: Phrase[] = [
  {
    pattern: `as (i|we)( have|'ve| had|'d)? (already |previously |repeatedly |clearly )?(said|stated|explained|told you|made clear|pointed out)(?! to (your|the|my|our|him|her|them)(?![\\p{L}]))${OWN_WORD}${REMINDER_TAIL}`,
    rewrite: 'to recap,',
    note: '"as I said" and "as I explained" carry "you should have listened"; the comma version keeps the sentence whole',
  },
  {
    pattern: `as (i|we)( have|'ve| had)? (already |previously |repeatedly )(mentioned|discussed|noted|advised|outlined|informed you|highlighted|emphasi[sz]ed)${REMINDER_TAIL}`,
    rewrite: 'to recap,',
  },
  {
    pattern: `as (i|we)( have|'ve| had)? (mentioned|discussed|noted|advised|outlined|informed you|highlighted)( [^,.;:!?]{0,40})? ${REPEATED}( [^,.;:!?]{1,40})?,`,
    rewrite: 'to recap,',
    note: 'a plain "as I mentioned" or "as discussed" is ordinary; counting the times is not',
  },
  {
    pattern: `as (previously|already|repeatedly) (stated|explained|mentioned|advised|noted|discussed|communicated|indicated|said|outlined|confirmed)${REMINDER_TAIL}`,
    rewrite: 'to recap,',
  },
  {
    pattern: `as (stated|mentioned|explained|noted|outlined|advised|said|discussed|set out) (in (my|our) (last|previous|earlier|prior) (email|e-mail|message|letter|reply|response|correspondence)|(previously|before|already|several times|multiple times|numerous times|repeatedly))${REMINDER_TAIL}`,
    rewrite: 'to recap,',
    note: '"as mentioned earlier in this email" points inside the same message and is left alone',
  },
  {
    pattern: `as (clearly|plainly|explicitly) (stated|explained|set out|outlined|mentioned|written|indicated)( [^,.;:!?]{1,60})?`,
    note: '"clearly" says the reader should have seen it',
  },
  {
    pattern: `(as )?per my (last|previous|earlier|prior) (email|e-mail|message|note|letter|reply|response|voicemail)${REMINDER_TAIL}`,
    rewrite: 'to recap,',
  },
  {
    pattern: `as you('ll| will| may| might| can)? (no doubt )?(see|recall|remember|note) from (the|my|our) [^,.;:!?]{0,30}(previous|earlier|past|prior|last|many|several|countless) [^,.;:!?]{0,30}(emails|e-mails|messages|letters|correspondence|calls|conversations|meetings|reminders)${REMINDER_TAIL}`,
    rewrite: 'to recap,',
    note: 'pointing at a pile of earlier messages; "as you\'ll see from the attached" is left alone',
  },
  {
    pattern: `as you('ll| will| should| must)? (surely |well |no doubt )?(know|be aware|have (seen|heard|read|noticed|realised|realized|gathered)) by now${REMINDER_TAIL}`,
    rewrite: 'to recap,',
    note: '"by now" says the reader has had every chance to learn it',
  },
  {
    pattern: `as you('ll| will| should| must)? (surely |well |no doubt )?(know|be aware|have (seen|heard|read|noticed|realised|realized|gathered)) by now`,
    rewrite: '',
  },
  { pattern: 'as you (should|ought to) (know|be aware|recall|remember)', rewrite: '' },
  {
    pattern: `as you('ll| will)? (well |surely |no doubt |must |should )(know|be aware|recall|remember|have (seen|read|noticed|realised|realized))${REMINDER_TAIL}`,
    rewrite: 'to recap,',
    note: 'a bare "as you know" is ordinary; "as you well know" and "as you\'ll no doubt recall" needle',
  },
  {
    pattern: `as (i|we)( have|'ve| had|'d)? (already |previously |repeatedly )?(said|stated|explained|told you)(?! to (your|the|my|our|him|her|them)(?![\\p{L}]))${OWN_WORD}( (before|already|previously|again|twice|several times|many times|more than once))?`,
    rewrite: '',
    note: 'the same reminder without a comma to end it: the words alone go',
  },
  {
    pattern: `as (previously|already|repeatedly) (stated|explained|mentioned|advised|said)|(as )?per my (last|previous|earlier) (email|e-mail|message)`,
    rewrite: '',
  },
  {
    pattern:
      'as (clearly )?(stated|displayed|posted|shown|signposted|advertised) (on|in) (our|the) (website|web site|site|sign|signs|notice|notices|noticeboard|poster|posters|leaflet|portal|door|screen|faq|faqs)( and [^,.;:!?]{1,40})?',
    note: 'telling the reader the notice was there to read; "as set out in the engagement letter" is ordinary',
  },
  {
    pattern:
      "(i'm|i am|we're|we are) not sure how (else (to|i can|we can|i could|we could) (explain|put|say|make)|(to|i can|we can|i could|we could) (explain|put|say|make) (this|it|that|things|myself|ourselves) (any )?(clearer|more clearly|plainer|more plainly|simpler|more simply|any other way|differently))( [^,.;:!?]{1,40})?",
    note: '"how else" and "how to make this clearer" say the reader is slow; "not sure how to make the deadline work" is an honest limit',
  },
  {
    pattern:
      "(i|we) (don't|do not|really don't) know how (else )?(to|i can|we can|i could) (make (this|it|that|things) (any )?(clearer|more clear|more obvious|plainer)|explain (this|it|that) (any )?(more )?(clearly|simply|plainly|better))|(i|we) (don't|do not) know how else (to|i can|we can) (explain|put|say)( [^,.;:!?]{1,40})?",
  },
  {
    pattern:
      "(?<!(sorry|apologi[sz]e|regret)( that)? )((i'm|i am|we're|we are) not sure|(i|we) (don't|do not) know) how (much )?(clearer|plainer|more clearly|more plainly|more simply) (i|we) (can|could) (make|put|say|explain|be)( (this|it|that|things|myself|ourselves))?|(?<!(sorry|apologi[sz]e|regret)( that)? )(i|we) (can't|cannot|can not|couldn't|could not) (make|put|explain|say) (this|it|that|things) (any )?(clearer|plainer|more clearly|more plainly|simpler|more simply)|(i|we) (couldn't|could not) have (been|made (this|it|that)|put (this|it|that)) (any )?(clearer|plainer|more clearly)",
    note: 'how much clearer the writer can be, so the reader must be slow; "I\'m sorry I couldn\'t make it clearer" owns the muddle',
  },
  {
    pattern:
      "(i|we) (don't|do not|really don't) know how many (more )?times (i|we) (can|have to|need to|must|should) (explain|say|tell you|repeat|go over)( (this|it|that))?( [^,.;:!?]{1,40})?",
    note: 'counting the explanations, like "I don\'t know how to make this clearer"',
  },
  {
    pattern:
      "(we've|we have|i've|i have) (already )?been (over|through) this( (already|before|several times|many times|more than once|twice))?(?! (with|together|in (detail|depth)|carefully))",
    rewrite: 'to recap',
    note: 'a reminder that the reader should have kept up; "been over this with the supplier" reports work and is left alone',
  },
  {
    pattern:
      "(let me|i'll|i will|i'm going to|i shall) (explain|put|say|spell|go over|go through) (this|it|that|everything) (out )?(again|once more|one more time|more slowly)( in (simpler|plainer|simple|basic|layman's) (terms|words|language))?",
    note: 'explaining it again, more slowly, for the reader',
  },
  {
    pattern: "in (simpler|plainer|layman's) terms",
    note: 'simpler than the first explanation, which the reader "missed"',
  },
  {
    pattern:
      "(it's|it is|this is|that's|that is|it really is) (really |actually |honestly |very |quite |pretty |all )*(really |quite |very |pretty )(simple|straightforward|easy|basic)(?=\\s*([.!:;,\\u2014]|$))",
    note: '"it\'s really quite simple" ends the thought; "it\'s very simple to book online" goes on to help',
  },
  {
    pattern:
      "(it's|it is|this is|that's|that is|it|this) (really |honestly |actually |just |simply )?(not|isn't|is not) (that |very |all that |really |exactly )?(complicated|difficult|hard|rocket science|brain surgery)(?! (to|for) )",
    note: '"it isn\'t hard to see why you\'re upset" is left alone',
  },
  {
    pattern: 'with (all )?(due|the (greatest|utmost)) respect',
    rewrite: '',
    note: 'announces that disrespect follows',
  },
  { pattern: 'for the (last|final|hundredth|umpteenth|nth) time', rewrite: '' },
  { pattern: 'no offen[cs]e,? but', rewrite: '', note: 'like "with all due respect": the offence follows' },
  {
    pattern: 'with respect(?=,)',
    rewrite: '',
    note: 'the British "With respect," before a rebuttal; "with respect to" is left alone',
  },
  {
    pattern:
      "how many (more )?times (do|must|will|should|have|shall) (i|we) (have to |need to |got to )?(tell|explain|say|remind|repeat|ask|go over|go through|point out)|(don't|do not) know how many (more )?times (i|we) (have|need|must|am going) to (tell|explain|say|remind|repeat)",
  },
  {
    pattern:
      "(i'm|i am|we're|we are) not (going to )?(repeat|repeating) (myself|ourselves|this|it)( again)?|(i|we) (won't|will not) (repeat|keep repeating) (myself|ourselves|this)",
  },
  {
    pattern:
      "(i'm|i am|we're|we are) not (going to|gonna) (go over|go through|explain|repeat|discuss) (it|this|that|the (matter|point|issue))( all)? (again|any further)|(i|we)('ve| have) already answered (this|that|your) (question|point)",
    note: 'refusing to explain again; "I\'ve already answered your question about the deposit below" is the same wall',
  },
  {
    pattern:
      "(i'm|i am|we're|we are) not sure why you('re| are| were|'d be| would be) so (upset|angry|annoyed|cross|worked up|unhappy|bothered)|(i'm|i am|we're|we are) not sure what (else )?you (expected|were expecting) (from|for|at|with)",
    note: 'questioning whether the reader has any right to the feeling or the expectation',
  },
  {
    pattern:
      "(i|we)('ve| have) (already )?(told|explained to|reminded) you (this |that |about this |about that )?(already|before|twice|three times|several times|many times|multiple times|more than once|repeatedly|a number of times)|(i|we)('ve| have) (already )?(explained|said|mentioned) (this|that|it) (already|before|twice|three times|several times|many times|multiple times|more than once|repeatedly)",
  },
  {
    pattern:
      '(not sure|in case|wondering) (if |whether )?you (saw|missed|got|read|received) my (last|previous|earlier) (email|e-mail|message|note|reply)|please (refer (back )?to|see|re-?read|check) (my|our) (previous|last|earlier|prior) (email|e-mail|message|note|reply|letter)',
    note: 'pointing the reader back at what they "missed"',
  },
  { pattern: "what part of … (don't|do not|didn't|did not) you (understand|get)" },
  {
    pattern:
      "(not sure|(don't|do not) (know|see)|can't see|cannot see) how you (managed to |could (have )?)?(missed|miss|overlooked|overlook)( (it|this|that|them))?",
    note: '"we\'re not sure how you missed it": the sign was plain and the reader careless',
  },
  {
    pattern:
      "(which |that )?you (clearly|obviously|evidently|apparently) (haven't|have not|didn't|did not|don't|do not|never) (read|open|opened|check|checked|look at|looked at|understand|understood|bother)",
    note: 'the aside "(which you clearly haven\'t read)"; "you may not have seen it" is kind',
  },
  {
    pattern:
      "((make|be) sure (that )?you|remember to|if you('d| had)?|had you|did you|do you) (actually|even|bother(ed)? to) (read|open|opened|check|checked|look|looked|click|clicked|follow|followed|listen|listened)",
    note: '"actually" and "even" say the reader did not: "make sure you actually open the attachments"',
  },
  {
    pattern:
      "you (really )?(need|have|must) to understand|(it's|it is|this is|which is|that's|that is) (very |quite |all )?(clearly|plainly|explicitly) (stated|written|set out|explained|spelled out|spelt out|mentioned|shown)|(^|please |you (need|should|must|have) to |next time,? |in future,? )(re-?read|read) (the|your|my|our|it|this|that) ([\\w-]+ ){0,3}(more )?carefully",
  },
  { pattern: '(is that|is this|am i being|do i make myself) clear(?=\\s*\\?)|^do you understand(?=\\s*\\?)' },
  { pattern: 'you people', note: 'lumps the reader into a group to be managed' },
  {
    pattern:
      '(please )?(re-?read|read|check) (the|our|my) (terms|terms and conditions|contract|policy|faq|faqs|instructions|guide|manual|email|e-mail|letter|website|notes) (first |properly |carefully )?before (contacting|calling|emailing|e-mailing|writing to|complaining|messaging|ringing)',
    note: '"please read the attached notes before Thursday" is not in the list',
  },
  {
    pattern:
      "(you're|you are) not (a|an) ([\\w-]+ )?(engineer|lawyer|doctor|solicitor|accountant|expert|professional|designer|architect|surveyor|builder|therapist|specialist|electrician|plumber|developer|clinician)",
  },
  {
    pattern:
      '(arrive|arriving|be|being|turn up|turning up|get here|getting here) on time (in future|in the future|next time|going forward)',
    note: 'advice that is really a telling-off',
  },
  {
    pattern:
      "(if|once|when) you (re-?read|reflect on|think about|think it over|look at|look back at|sit with) (it|this|that|my (email|message|comment|note|letter)) (again |properly |carefully |calmly )?,? ?you('ll| will| may) (see|realise|realize|understand|agree|find)",
    note: 'the reader will come round once they think harder',
  },
  {
    pattern:
      "(it's|it is|that's|that is|this is|which is) (all |clearly |plainly )?((clearly |all )?(set out|stated|written|explained|covered|spelled out|spelt out) )?in (the|your) ([\\w-]+ ){0,2}(agreement|contract|lease|terms|paperwork|letter|policy|handbook|guide|document|documents) (that |which )?you (signed|agreed to|accepted|received|were given|were sent)",
    note: '"it\'s in the contract you signed": you should have read it',
  },
  {
    pattern:
      '(which|that|this|it) (is|was) (all |clearly )?(covered|explained|set out|described|detailed) in (the|our) ([\\w-]+ ){0,2}(guide|handbook|manual|pack|policy|faq|faqs|training|induction)( that)? (everyone|every (client|customer|new starter|member of staff|tenant|patient)|all (clients|customers|staff|tenants|patients|new starters)) (receives|gets|is given|is sent|reads)',
  },
  {
    pattern:
      '(everyone|everybody|anyone|anybody) (else )?(knows|understands|manages|can see|can tell|could see|could tell|would know)|as (anyone|everyone|everybody) (can|could|would|should) (see|tell|know|understand)|needless to say',
  },
  {
    pattern:
      '(next time|in future|in the future|going forward|from now on),? (please )?(try to |make sure (you |to )?|be sure to |remember to )?(actually |properly |carefully )?read',
    note: 'telling the reader to read what they were sent',
  },
  {
    pattern:
      "(^|please |just |you (need|have|must) to |i need you to |(i'd|i would|we'd|we would) ask (that )?you (to )?)stop (reading|emailing|e-mailing|calling|ringing|phoning|messaging|texting|contacting|chasing|shouting|complaining|asking|sending|copying|cc'ing|googling|questioning|arguing|interfering|second-guessing)",
    note: 'an order to stop; "stop worrying" is not in the list',
  },
];

/** Telling an upset reader how to feel. */
export const tonePolicing: Phrase[] = [
  { pattern: '(please|just|kindly) calm down', rewrite: 'I understand this is stressful' },
  { pattern: '^calm down', rewrite: 'I understand this is stressful' },
  {
    pattern:
      "(you (need|should|must|have) to |try (to |and )?|(i'd|i would|we'd|we would) (gently )?(suggest|ask) (that )?you |take a (deep )?breath and |and )calm (down|yourself)",
    note: 'only the reader calming down: "once things calm down here" is a timeline, not this',
  },
  {
    pattern:
      "there's no need (to|for you to) (shout|be rude|raise your voice|get (so )?(upset|angry|worked up|emotional|aggressive|excited|heated)|take that tone|use that tone|be so (rude|aggressive|dramatic))",
  },
  {
    pattern:
      "you('re| are) (overreacting|over-reacting|being (unreasonable|emotional|dramatic|hysterical|difficult|childish|silly|aggressive|oversensitive|over-sensitive|paranoid)|too sensitive|getting (worked up|hysterical|emotional))",
  },
  { pattern: "(don't|do not) (get|be) (so )?(worked up|hysterical|emotional|dramatic)" },
  {
    pattern:
      "(i'm|i am|we're|we are|i was|we were) (a bit |a little |rather |quite |somewhat |frankly |honestly |very )?(taken aback|surprised|shocked|disappointed|saddened|dismayed|offended) (by|at) (your|the(?= (tone|language|manner|wording)(?! of (?!your)))) (tone|language|manner|wording)",
    note: 'the reply turns to the client\'s manners instead of their problem; "surprised by the tone of the council\'s letter" is about someone else',
  },
  {
    pattern:
      "(i'd|i would|we'd|we would) (appreciate it|ask|prefer|request) (if|that) [^.;!?]{0,80}?(calmly|politely|courteously|respectfully|civilly|in a (calm|polite|civil|respectful|courteous) (manner|way|tone))",
    note: '"I\'d appreciate it if future concerns could be raised with me calmly"; asking for a call at a set time is not this',
  },
];

/** Small words that still talk down; a style hint on their own. */
export const mild: Phrase[] = [
  {
    pattern:
      'let me be (perfectly |crystal |absolutely |abundantly |very )?clear(?=\\s*[:,\\u2014\\u2013-])|(let me be|to be) (perfectly|crystal|absolutely|abundantly) clear',
    rewrite: '',
    note: 'the emphasis implies the reader was not listening; a plain "to be clear," is ordinary',
  },
  { pattern: "(i'm|i am) sure you('ll| will| can)? (understand|appreciate)( that)?", rewrite: '' },
  {
    pattern:
      '(i|we) do hope (that )?(this|that|it|everything) is (now )?(clear|understood)|(i|we) hope (that )?(this|that|it) is now (clear|understood)',
    rewrite: '',
    note: '"I do hope this is now clear": the reader was slow until now; "I hope this helps" is kind',
  },
  {
    pattern: "^as you (are|'re) (already |well )?aware,|(i|we)('d| would) remind you (that|of)|may (i|we) remind you",
    rewrite: '',
    note: 'reminding the reader of what they are taken to know; "I\'d like to remind you that your appointment is tomorrow" is a courtesy and is not in the list',
  },
  {
    pattern:
      "as (i'm|i am|we're|we are) sure you('re| are) (already )?aware,?|as you('re| are) (no doubt|surely|well) aware,?",
    rewrite: '',
    note: 'tells the reader they knew all along',
  },
  { pattern: 'obviously', rewrite: '', note: 'tells the reader they missed what was plain' },
  { pattern: 'surely you (know|understand|realise|realize|can see|remember)( that)?', rewrite: '' },
];
