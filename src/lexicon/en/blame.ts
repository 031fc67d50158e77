import type { Phrase } from '../types.ts';

/** Who, on the reader's side, can be blamed for something: "your team", "your IT department". */
const READER_SIDE =
  '(you|your (own )?([\\w-]+ ){0,2}(team|side|staff|people|company|firm|office|department|colleagues|developers|designer|designers|accountant|assistant|builder|contractor|agent|manager|managers|partner|tenant|tenants|employees|organisation|organization|business|board|lawyer|solicitor|end))';
/** Reader-side failings a cause can name without a verb: "because of your late changes". */
const FAILINGS =
  '(late|delayed|failure|mistake|mistakes|error|errors|inaction|refusal|incorrect|missing|lack|repeated|constant|last-minute|changing|unclear)';

/** Accusing the reader: their fault, their failure, what they should have done. */
export const phrases: Phrase[] = [
  {
    pattern:
      "(?<!(none|no part|not one bit|not any) of )(that's|that is|it's|it is|this is|which is|was|were) (all |entirely |completely |totally |really |squarely )?your (own )?(fault|doing|mistake|error)(,? not (ours|mine|the firm's|the practice's))?",
    note: '"none of this is your fault" and "it\'s not your fault" are kind and are left alone',
  },
  { pattern: "(that's|that is) (all |entirely |really )?your (own )?problem" },
  {
    pattern: "(that's|it's|is|are|was|were|lies|rests) (all |entirely |completely |squarely |firmly )?on you(?! to )",
    note: 'the cost or fault put on the reader; "that\'s on me" is ownership and "weighing on you" empathy',
  },
  {
    pattern:
      "(?<!(if|in case|whether|when|once|unless|sorry|worried|feel|felt|think) )you (failed|forgot|neglected|omitted|didn't bother|did not bother|chose not|refused|declined) to",
    note: '"if you forgot to…" is a help text, not blame',
  },
  {
    pattern:
      "(?<!(if|in case|whether|when|once|unless|sorry|worried|feel|felt|think|know) )you (didn't|did not) (read|check|tell us|tell me|send|follow|reply|respond|answer|pay|sign|return|provide|give us|let us|let me|inform|notify|listen|attend|turn up|show up|submit|complete|fill|use|bother)(?![\\p{L}])",
  },
  {
    pattern:
      "(the|your) ([\\w-]+ ){0,2}you (sent|provided|gave us|gave me|supplied|submitted|uploaded|wrote|chose|approved|signed|signed off) (didn't|did not|doesn't|does not|wasn't|was not|never|had no|contained no|lacked|missed|omitted)",
    note: 'a fault pinned on what the reader supplied',
  },
  {
    pattern: `(because of|due to|caused by|the result of) your (own |team's |side's )?${FAILINGS}`,
    note: '"because of your hard work" is praise and is left alone',
  },
  {
    pattern: `(delayed|held up|slowed down|slowed|caused|blocked|stalled) by ${READER_SIDE}|(delayed|held up|slowed down|slowed|caused|blocked|stalled) by … (from|on) your (side|end|part)|the fault of ${READER_SIDE}`,
  },
  {
    pattern: `down to ${READER_SIDE} (not|never|failing|refusing|forgetting|being late|missing|ignoring|changing)`,
    note: '"the success is down to your team" is praise and is left alone',
  },
  {
    pattern:
      "(frankly,? )(it's|it is|that's|that is|this is|which is|it was|that was) (frankly |quite |deeply |really |honestly |simply |extremely )*(insulting|offensive|abusive|disrespectful|rude|hurtful)( to (me|us|my (staff|team|colleagues)|our (staff|team|colleagues)))?|(it's|it is|that's|that is|this is|which is|it was|that was) (frankly |quite |deeply |really |honestly |simply |extremely )*(insulting|offensive|abusive|disrespectful|rude|hurtful) to (me|us|my (staff|team|colleagues)|our (staff|team|colleagues))",
    note: '"that was rude of our receptionist" owns a failing and is not in the list',
  },
  {
    pattern:
      '(?<!(if|sorry|understand|know|that|sorry that) )you (arrived|turned up|were|showed up|came|got here) ([\\w-]+ ){0,3}late',
  },
  {
    pattern:
      '(?<!(if|sorry|understand|know|that|think|realise|realize|when) )you were (supposed|meant) to(?! (receive|get|have|hear|be (told|called|contacted|sent|given|offered|seen))(?![\\p{L}]))|(?<!(if|sorry|understand|know|that|think|realise|realize|when) )you were (already |clearly |previously |repeatedly )?(warned|reminded)|(?<!(if|sorry|understand|know|that|think|realise|realize|when) )you were (already |clearly |previously |repeatedly )(told|informed|advised|notified)|you were (told|informed|advised|notified) (twice|several times|more than once|repeatedly|many times)',
    note: '"I\'m sorry you were told the wrong date" owns the failing and is left alone',
  },
  {
    pattern:
      "(that's|that is|it's|it is|this is) (entirely |solely |completely )?your (own )?(responsibility|problem|fault|mistake),? not (ours|mine|the firm's|the practice's)",
  },
  {
    pattern:
      '(?<!(if|sorry|when|case) )you (may |might |must |probably |clearly |obviously )?(have )?(misunderstood|misread|misinterpreted|misremembered|got (it|this|that) wrong)',
  },
  {
    pattern:
      '(?<!(if|sorry|when|case) )you (ignored|disregarded|overlooked) (the|our|my|every|all|both|\\d+|two|three|four|several|multiple|repeated)',
  },
  {
    pattern:
      'your (attitude|tone|behaviou?r|language|conduct|manner) (is|was|has been) (frankly |quite |completely |totally )?(unacceptable|inappropriate|not appreciated|not acceptable|rude|abusive|aggressive|offensive)',
  },
  { pattern: "why (didn't|did not|haven't|have not|hadn't|had not|wasn't|weren't) you" },
  { pattern: "you('ve| have) been (on at|hounding|pestering|badgering|harassing|bombarding) (us|me|my|our)" },
  {
    pattern:
      "if you('d| had)(n't| not| never)?( only| just)? (?!like |prefer |rather |been |any |a |an |the |questions )\\p{L}+[^.;!?]{0,80}?(would|could|might|'d)(n't| not)? (have|'ve|know|see|understand|realise|realize|be)(?![\\p{L}])|^had you (only |just )?(?!been )\\p{L}+[^.;!?]{0,80}?(would|could|might|'d)(n't| not)? (have|'ve)",
    note: "the counterfactual that lays the outcome at the reader's door",
  },
  {
    pattern:
      "you('d| would) (have (seen|known|noticed|found|read|understood|realised|realized|spotted)|know|be aware|see) (this |that |it |them )?(if|had) you('d| had)? (only |just )?(read|checked|looked|opened|bothered|paid attention|attended|come|listened|called)",
    note: 'the same counterfactual, consequence first: "which you\'d have seen if you\'d read it"',
  },
  {
    pattern:
      '(any |these |those |such |the )?(issues?|problems?|concerns?|defects?|complaints?|snags?|faults?) ([\\p{L}-]+ ){0,4}(should|ought to|needed to|had to) have been (raised|reported|flagged|notified|logged|mentioned) (at|before|during|within|on|when|by the)',
    note: 'the reader\'s missed deadline in the passive: "any issues with the finish should have been raised at handover"',
  },
  {
    pattern:
      "(it was|it's|it is|that was|that's|that is) (entirely |solely |completely |ultimately )?your (own )?(choice|decision|responsibility) to",
    note: '"it was your choice to proceed"; "it\'s your choice whether to renew" offers a choice and is not in the list',
  },
];

/** "You should have…" and its cousins; the word that follows decides (see the rule). */
export const hindsight: Phrase[] = [
  {
    pattern:
      "(?<!(if|in case|whether|should|hope|think|believe|expect|sure) )you (really |honestly |just |simply |probably |definitely |clearly |obviously )?(should|could|ought to|might|must)(n't| not)? ?(have|'ve) (just |simply |at least |really |actually )?(?!(left|come away|walked away|gone (home|away)|come out) with )\\p{L}+",
    note: '"you should have left with a clear plan" names what the reader was owed, not what they did wrong',
  },
];

/** Words after "you should have" that state an expectation rather than a failing. */
export const neutralAfterHindsight: readonly string[] = [
  'received',
  'been',
  'got',
  'gotten',
  'had',
  'heard',
  'seen',
  'access',
  'felt',
  'thought',
  'wondered',
  'worried',
  'feared',
  'hoped',
  'assumed',
  'found',
];

/** A cause that points at the reader; whether it blames depends on what they did (see the rule). */
export const causes: Phrase[] = [{ pattern: `(because|'cause|cos) ${READER_SIDE}(?![\\p{L}])(?!')` }];

/** What a reader may have done without being at fault: "because you asked". */
export const neutralCauseVerbs: readonly string[] = [
  'asked',
  'requested',
  'wanted',
  'needed',
  'preferred',
  'mentioned',
  'said',
  'told',
  'wrote',
  'agreed',
  'paid',
  'qualified',
  'deserved',
  'called',
  'contacted',
  'applied',
  'booked',
  'registered',
  'upgraded',
  'opted',
  'trusted',
  'raised',
  'flagged',
  'reported',
  'let',
];

/** "You deleted it yourself": a past action of the reader's, stressed (see the rule). */
export const selfInflicted: Phrase[] = [
  { pattern: 'you (just |actually |then )?\\p{L}+ [^.;:!?,]{0,60}yourself(?![\\p{L}])' },
];
