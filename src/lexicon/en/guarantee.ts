import type { Phrase } from '../types.ts';

/**
 * Words that vouch for what follows them ("I guarantee it'll be approved"). They only count when a
 * claim follows in the same clause, so "we guarantee all our work for a year" and "I assure you we
 * take this seriously" pass. Negated forms never match: "I can't guarantee" has no slot for "can't".
 */
export const vouchers: Phrase[] = [
  {
    pattern:
      "I (can |do |will |'ll )?(absolutely |personally |honestly |100% )?(guarantee|promise|swear)( (to )?you(?!'))?( that)?",
    rewrite: 'I expect',
    note: '"you" is left alone before a contraction ("I promise you\'ll…"), which belongs to the claim',
  },
  {
    pattern: "we (can |do |will |'ll )?(absolutely |personally |100% )?(guarantee|promise)( (to )?you(?!'))?( that)?",
    rewrite: 'we expect',
  },
  {
    pattern:
      "I (can |do )?(absolutely )?assure you( that)?|(let me|I want to|I'd like to|I wanted to) assure you( that)?",
    rewrite: 'I expect',
  },
  { pattern: 'we (can |do )?(absolutely )?assure you( that)?', rewrite: 'we expect' },
  { pattern: 'rest assured,?( that)?', rewrite: 'I expect' },
  {
    pattern:
      "(I'm|I am) (absolutely |completely |totally |quite |very |so |a )?((100|one hundred|a hundred)\\s*(%|percent|per cent) )?(sure|certain|positive)(?! you('ll| will) (understand|appreciate|agree|see|know))( that)?",
    rewrite: 'I expect',
  },
  {
    pattern:
      "(we're|we are) (absolutely |completely |totally |quite |very |so )?((100|one hundred|a hundred)\\s*(%|percent|per cent) )?(sure|certain|positive)( that)?",
    rewrite: 'we expect',
  },
  {
    pattern:
      "(I'm|I am|we're|we are) (absolutely|completely|totally|(100|one hundred|a hundred)\\s*(%|percent|per cent)) confident( that)?",
    rewrite: 'I expect',
    note: 'plain "I\'m confident" is a fair professional view; "absolutely confident" is a promise',
  },
  {
    pattern: '^(100|a hundred)\\s*(%|percent|per cent),?',
    rewrite: 'I expect',
    note: 'opening a sentence ("100% the inspector will pass it"); "100% of the fee" is not certainty',
  },
  {
    pattern:
      'you can (take it as (read|given|gospel)|rest assured|be (absolutely |completely |totally |100% )?(sure|certain|confident))( that)?',
    rewrite: 'I expect',
    note: 'certainty handed to the client without a guarantee word; "you can be sure we\'ll call you" is the writer\'s own step',
  },
  {
    pattern:
      "there('s| is) (absolutely |simply |just )?(no|zero) (way|chance|possibility)( (on earth|whatsoever|at all|in the world))?( that)?(?! (to|of|for|in|I|we)(?![\\p{L}]))",
    rewrite: "I don't expect",
    note: 'certainty that something will not happen; "no way to know" and "no way we can finish by Friday" are honest limits',
  },
  {
    pattern:
      "(I have|I've|we have|we've|I've got) (absolutely )?no doubt( whatsoever)?( (at all|in my mind))?( that)?|there('s| is) (absolutely )?no (doubt|question)( (at all|in my mind))?( that)?|without (a|any) doubt,?|undoubtedly,?",
    rewrite: 'I expect',
    note: '"as you\'ll no doubt recall" is not certainty about an outcome',
  },
  {
    pattern:
      "(you have|you've got|I give you|I'll give you) my (absolute |personal |full |solemn )?(word|guarantee|promise|assurance)( that)?|mark my words,?|take it from me,?|^trust me,?",
    rewrite: 'I expect',
  },
];

/**
 * Certainty tagged on after a claim ("…by the weekend, guaranteed"). The rewrite keeps the claim
 * and says plainly that it is not a promise.
 */
export const tags: Phrase[] = [
  { pattern: '[,\u2013\u2014-]\\s*guaranteed', rewrite: ", though I can't guarantee it" },
  {
    pattern: '(?<!(know|say|tell|confirm|find out|sure|certain|be) )for sure',
    rewrite: ", though I can't guarantee it",
    note: '"we\'ll know for sure on Monday" is about finding out, not a promise',
  },
  { pattern: 'without fail', rewrite: ", though I can't guarantee it" },
  { pattern: '[,\u2013\u2014-]\\s*no (doubt|question)( about it)?', rewrite: ", though I can't guarantee it" },
  {
    pattern:
      "[,;\u2013\u2014-]\\s*(that's|that is|it's|it is|this is) (a (certainty|given|sure thing|dead cert|done deal|racing certainty)|certain|guaranteed|for sure)",
    rewrite: ", though I can't guarantee it",
    note: 'certainty tagged onto the claim before it ("your deposit will be returned in full, that\'s a certainty")',
  },
  {
    pattern: ',\\s*(you can (count|bank|rely|depend) on (it|that)|mark my words|take it from me)',
    rewrite: ", though I can't guarantee it",
  },
  { pattern: ',\\s*trust me', rewrite: ", though I can't guarantee it" },
  {
    pattern:
      '[,;\u2013\u2014-]\\s*(no ifs(,)? (ands )?or buts|no two ways about it|(they|it|he|she) always (do|does))(?=\\s*([.!;]|$))',
    rewrite: ", though I can't guarantee it",
    note: 'certainty from habit or emphasis: "HMRC will cancel it, they always do"',
  },
  {
    pattern:
      '[,;\u2013\u2014-]\\s*(I|we) (can )?(promise|guarantee|assure) you (that|this|of that)(?=\\s*([.!;]|$))|[,;\u2013\u2014-]\\s*you have my word(?=\\s*([.!;]|$))',
    rewrite: ", though I can't guarantee it",
    note: 'the promise tagged on after the claim: "your job is completely safe, I can promise you that"',
  },
  {
    pattern: "(I'd|I would|we'd|we would) (stake|bet) (my|our) (reputation|life|house|job|career|business) on it",
    rewrite: "that's my honest expectation",
  },
  {
    pattern:
      '(whatever the weather (does|brings|throws at us)|come rain or shine|come hell or high water|no matter what happens)',
    rewrite: 'weather permitting',
    note: 'certainty over what nobody controls: "the marquee will be up by Friday whatever the weather does"',
  },
  { pattern: ',\\s*I (promise|guarantee|swear)( you)?(?=\\s*([.!;]|$))', rewrite: ", though I can't guarantee it" },
  {
    pattern: ',\\s*(definitely|certainly|absolutely|100\\s*(%|percent|per cent))(?=\\s*([.!;]|$))',
    rewrite: ", though I can't guarantee it",
  },
];

/** Certainty welded to the future ("will definitely"): "should" keeps the sentence and drops the promise. */
export const certainFutures: Phrase[] = [
  {
    pattern: '(will|shall) (definitely|definately|definitly|certainly|surely|undoubtedly|absolutely|100%)',
    rewrite: 'should',
    note: 'the common misspellings of "definitely" promise just as much',
  },
  {
    pattern: "'ll (definitely|definately|definitly|certainly|surely|undoubtedly|absolutely|100%)",
    rewrite: ' should',
  },
  { pattern: '(definitely|certainly|surely|undoubtedly) will', rewrite: 'should' },
  { pattern: '(is|are|am) (definitely|certainly|absolutely) going to', rewrite: 'should' },
  { pattern: "'(s|re|m) (definitely|certainly|absolutely) going to", rewrite: ' should' },
  { pattern: "(definitely|certainly) (won't|will not)|(won't|will not) (definitely|certainly)", rewrite: "shouldn't" },
  {
    pattern: '(is|are|am) (bound|certain|sure|destined) to(?= \\p{L})',
    rewrite: 'should',
    note: '"the landlord is bound to accept"; "you\'re bound to feel anxious" predicts a feeling and passes',
  },
  { pattern: "'(s|re) (bound|certain|sure|destined) to(?= \\p{L})", rewrite: ' should' },
];

/** Set phrases that declare the outcome settled; they need no claim after them. */
export const settled: Phrase[] = [
  {
    pattern: "(consider it|it's as good as|it is as good as) (done|sorted|handled|dealt with|taken care of)",
    rewrite: "I'll take care of my part and confirm by [day]",
  },
  {
    pattern:
      "(it's|it is|that's|that is|this is) (in the bag|a done deal|a sure thing|a slam dunk|a foregone conclusion|a dead cert|a certainty|a given(?=\\s*([.,;!\\u2013\\u2014]|$))|(just |only |merely )?a formality|guaranteed)",
    rewrite: "we're in a strong position",
  },
  { pattern: '(is|are) guaranteed to', rewrite: 'should', note: '"isn\'t guaranteed to" does not match' },
  {
    pattern:
      'as good as(?= (done|approved|granted|signed|sold|won|yours|agreed|through|certain|guaranteed|settled|finished)(?![\\p{L}]))',
    rewrite: 'likely to be',
    note: '"your visa is as good as approved" declares the decision made; "as good as new" describes a repair and is not here',
  },
  {
    pattern:
      "'(s|re) (just |only |merely |simply )?(a|an) (certainty|formality|foregone conclusion|done deal|sure thing|dead cert|slam dunk)",
    rewrite: ' should be straightforward',
    note: 'the contracted form: "this one\'s a slam dunk"',
  },
  {
    pattern:
      '(is|are) (just |only |merely |simply )?(a|an) (given(?=\\s*([.,;!\\u2013\\u2014]|$))|certainty|formality|foregone conclusion|done deal|sure thing|dead cert|slam dunk)',
    rewrite: 'should be straightforward',
    note: '"the approval is a formality"; "a given" only ends a clause: "it is a given that the fee covers two visits" states a term',
  },
  { pattern: "(I'm|I am|we're|we are) (certain|sure|positive) of (it|that)", rewrite: "I'm optimistic about it" },
  {
    pattern:
      'we never(?= (miss|lose|fail|disappoint|overrun|run late|go over budget|let (you|our clients|anyone|people) down))',
    rewrite: 'we aim never to',
    note: 'a track record stated as a law: "We never miss deadlines". "We never promise outcomes" is a hedge',
  },
  {
    pattern: 'I never(?= (miss|lose|fail|disappoint|overrun|run late|let (you|my clients|anyone|people) down))',
    rewrite: 'I aim never to',
  },
  {
    pattern: 'we always(?= (deliver|win|hit|meet|finish|get (it|things|results) right|come in (on|under)))',
    rewrite: 'we aim to',
  },
];

/**
 * A guarantee with a plain object ("we guarantee you a quiet room", "I promise you a full refund from
 * the airline") vouches for an outcome even with no verb after it. Matched at the start of the words
 * after the voucher.
 */
export const objects: Phrase[] = [
  {
    pattern: '^(a|an|the|your|full|complete|total|every|zero|perfect|100\\s*%)(?= )',
    note: '"my" and "our" are left out: "I promise you my full attention" is the writer\'s own effort',
  },
];

/** The rewrite for a guarantee with a plain object: the writer commits to effort, keeping the object. */
export const effortRewrites = {
  I: "I'll do everything I can to get you",
  we: "we'll do everything we can to get you",
} as const;

/** Objects the writer delivers themselves, or a warranty on their own work: promising these is fine. */
export const ownObjects: Phrase[] = [
  {
    pattern:
      '^(a|an|the) (call|call-?back|phone call|reply|response|answer|update|e-?mail|letter|quote|estimate|draft|copy|meeting|visit|apology|discount|credit|(full |thorough |proper )?(investigation|review|explanation|breakdown|report))(?![\\p{L}-])',
  },
  {
    pattern: 'for (a |one |two |three |five |ten |\\d+ )?(full )?(years?|months?|weeks?|days?)|for life|lifetime',
    note: 'a warranty',
  },
];

/**
 * What turns the words after a voucher into a claim about the future or an outcome. Without one,
 * "I assure you we take this seriously" is a statement, not a promise.
 */
export const claimCues: Phrase[] = [
  {
    pattern:
      "will|won't|shall|going to|gonna|never|ever|always|for good|once and for all|nothing|no more|(fix|solve|sort|cure|win|pass|get)s?|(is|are) ((perfectly|completely|totally|absolutely|100%) )?(fine|safe|sorted|done|covered|approved|guaranteed|yours)",
  },
  {
    pattern:
      "'(ll|s going to|re going to|s ((perfectly|completely|totally|absolutely|100%) )?(fine|safe|sorted|done|covered|approved|yours))",
    note: 'a contraction hangs on its subject',
  },
];

/**
 * The writer's own next step, fully in their hands: promising it is fine ("I promise I'll call
 * you at 3pm", "we'll definitely look into it"). Matched at the start of the claim.
 */
export const ownSteps: Phrase[] = [
  {
    pattern:
      "^((is )?that |and |so |then )?(((I|we|(our|my) [\\p{L}-]+)('ll| will| shall|'m going to| am going to|'re going to| are going to)?|to) (definitely |certainly |absolutely |personally |also |still |always )?)(call|ring|phone|email|e-mail|text|send|post|write|reply|respond|answer|update|let you know|get back|come back to you|be in touch|keep you|look (into|at|over)|check|review|read|consider|investigate|chase|follow up|raise|escalate|speak|talk|meet|see you|discuss|pass|forward|share|explain|book|arrange|schedule|be (there|on site|available|in the office|with you|at (the|your) [\\p{L}-]+|your (single |main |one |direct )?(point of contact|contact|caseworker|case handler))|attend|visit|try|do (my|our) (best|utmost)|do everything|help|support|listen|take (a look|care of)|handle|take|make sure|prepare|draft|file|submit|lodge|contact|bring|refund|credit|reimburse|waive|cover the cost|not charge|put (your|the|it|this)|(have|get)( [\\p{L}-]+){1,3} (to|with|over to|back to) you)",
    note: '"What I can promise is that I\'ll be your single point of contact" is the writer\'s own conduct',
  },
  {
    pattern: '^[\\p{L}-]+ will (need|have to|want|be asked|be required|be able to)',
    note: 'an instruction or a requirement ("you\'ll definitely need ID"), not an outcome',
  },
  {
    pattern:
      "^you('ll| will) (definitely |certainly )?(hear (back )?from (us|me)|(get|receive|have) (a|an|my|our) (call|reply|response|email|update|answer|letter))",
    note: "the client hearing from the writer is the writer's own step",
  },
  {
    pattern:
      "^(that |and |so )?(I|we)('m|'re| am| are|'ve| have) (currently |already |now |still |also )?(\\p{L}+ing(?<!going)|\\p{L}+(ed|en)|spoken|written|sent|put|set up)",
    note: 'work already under way ("rest assured, we are looking into it")',
  },
  {
    pattern:
      '^(that )?(your|the) (feedback|comments?|complaint|concerns?|request|case|message|email) (will|is going to) be (passed on|shared|forwarded|reviewed|looked (into|at)|investigated|dealt with|handled|addressed|taken seriously|raised|escalated|logged|recorded|considered)',
    note: "our own handling of the client's message, in the passive",
  },
];
