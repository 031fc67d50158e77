import type { Phrase } from '../types.ts';

/**
 * Signs in the client's own message that it is a complaint, a worry or a frustration. A neutral
 * request ("Could you send the form?") has none of them, so the reply needs no acknowledgement.
 */
export const clientComplaint: Phrase[] = [
  {
    pattern:
      'frustrat[a-z]*|furious|angry|annoyed|irritated|livid|outraged|upset|unhappy|not happy|dissatisfied|disappoint[a-z]*|let down|fed up|sick (and tired )?of|had enough',
    note: 'the client says how they feel',
  },
  {
    pattern:
      "worried|worrying|anxious|nervous|scared|frightened|stressed|stressful|(I'm|I am|we're|we are|I was|really|very|a bit|quite|so) concerned|alarmed|panick[a-z]*|distressed|devastated|overwhelmed|confused",
    note: 'worry counts as much as anger: the reply still has to acknowledge it',
  },
  {
    pattern:
      'disgust[a-z]*|appalled|shocked|shocking|insulted|embarrass[a-z]*|humiliat[a-z]*|ignored|dismissed|disgrace[a-z]*|pathetic|useless|incompetent|unprofessional|unacceptable|ridiculous|outrageous|absurd|a (joke|shambles|nightmare|disaster)',
  },
  {
    pattern:
      'complain[a-z]*|compensation|ombudsman|legal action|small claims|trading standards|(want|demand|expect|need) (a|my) (full )?refund|refund (me|my money)|(my|our) money back|take (my|our) business elsewhere',
  },
  {
    pattern:
      "still (not|no|nothing|haven't|hasn't|hadn't|isn't|doesn't|can't|waiting|broken|missing|wrong|unresolved|outstanding|down)|(been|keep|kept) (waiting|chasing|calling|ringing|emailing)|waited (for )?(weeks|days|months|hours|ages)",
    note: 'waiting and chasing',
  },
  {
    pattern:
      "(no one|nobody|no-one) (has )?(called|replied|responded|rung|got back|contacted|bothered|turned up)|(haven't|have not|hasn't|has not|never) (heard|received|got|had) (back|a (reply|response|call)|anything)",
  },
  {
    pattern:
      '(yet|once) again|again!|(second|third|fourth|fifth|sixth|umpteenth|nth|\\d+(st|nd|rd|th)) time|how many (more )?times|every (single )?time',
    note: 'repetition; a bare "again" ("thanks again", "could you send it again?") is not a complaint',
  },
  {
    pattern:
      "why (hasn't|haven't|isn't|aren't|didn't|doesn't|wasn't|weren't|won't|can't|has nobody|has no one)|why (is|has) (it|this) (taking|taken) so long",
  },
  {
    pattern:
      "(isn't|is not|doesn't|does not|stopped|won't|will not|can't|cannot|still not) (work|working|load|loading|open|start|connect|print|sync)|broken|leak[a-z]*|flood[a-z]*|crash[a-z]*|outage|damaged|faulty|defective|locked out",
    note: 'a fault the client is living with',
  },
  {
    pattern:
      "overcharged|charged (me )?twice|double(-| )charged|wrong (amount|item|size|order|figures?|numbers?|date|name|address|invoice)|(there's|there is|there was|you made|you've made) (a|an) (mistake|error)",
  },
  {
    pattern:
      "(no|without) (heat|heating|hot water|power|electricity|water|internet|wifi|signal)|(didn't|did not|never) (turn up|show up|arrive|come|call|ring|reply|respond)|missed (my|our|the) (appointment|deadline|delivery|call)",
  },
  {
    pattern:
      '(?<!(sorry|apologies|apologise|apologize) for )(the|this|these|another|further|more|ongoing|constant|endless|repeated) delays?|behind schedule|(taking|taken|took) (so|too|far too|this) long|not (good enough|acceptable|fair|right|ok|okay)',
  },
  {
    pattern:
      'I demand|I expect (better|more|an? (full )?(refund|explanation|apology))|(want|need) (this|it) (fixed|sorted|resolved|dealt with)|sort (it|this) out|!!|\\?!|!\\?',
    note: 'demands and double punctuation',
  },
];

/**
 * Signs in the reply alone that it answers an unhappy client: an apology or a named feeling, a
 * reference to the complaint, or the pushback and reassurance that only an upset reader gets.
 * Facts about a delay or a fault are not enough on their own: a routine update mentions them too.
 */
export const draftComplaint: Phrase[] = [
  { pattern: 'sorry|apologi[sz]e[a-z]*|apolog(y|ies)', note: 'even a hollow apology shows something went wrong' },
  {
    pattern:
      "frustrat[a-z]*|upset[a-z]*|disappoint[a-z]*|unhappy|not happy|dissatisf[a-z]*|annoy[a-z]*|angry|anger|furious|fed up|worried|worrying|anxious|anxiety|nervous|distress[a-z]*|stressful|(I'm|I am|we're|we are|you're|you are|you were) concerned|(your|the) concerns?|complain[a-z]*|(the|this) delay",
  },
  {
    pattern: '(I|we) (understand|hear you|appreciate that you),? but',
    note: 'acknowledging in order to rebut still shows there was a complaint',
  },
  {
    pattern:
      "calm down|take a (deep )?breath|per my (last|previous|earlier)|as (I|we)('ve| have| had)?( (already|previously|repeatedly))? (said|explained|mentioned|stated|told you|advised|discussed)|as previously (stated|mentioned|explained|advised)|as you('ll| will) no doubt",
  },
  {
    pattern:
      "(I|we) don't know how (else )?to (make|explain)|not sure (how|what) else|with (all )?due respect|it is what it is|nothing (more )?(I|we) can do|(not|isn't|wasn't|is not|was not) (my|our) (problem|fault|responsibility)|(that's|that is) (just )?(our|the) ([a-z]+ )?policy|(can't|cannot) make (an )?exceptions?|(we're|we are|I'm|I am) doing (our|my) best|let me explain (this|it|that) again|if you had ([a-z]+ed|read|sent|told|done)|(your|you're) (own )?fault|you (should|ought to) have|you failed to|you (always|never)|every single time|final warning|for the last time",
    note: 'pushback and blame answer a complaint, whatever their tone',
  },
  {
    pattern:
      "!!|\\?!|!\\?|(second|third|fourth|fifth|sixth|umpteenth|nth|\\d+(st|nd|rd|th)) (time|email|message|call)|(great|lovely|wonderful|fantastic|brilliant|perfect),? another|(it's|it is) (really )?((quite|very) )?simple|not (that |very )?complicated|as you('ll| will) see from",
    note: "shouting, counting the client's messages, sarcasm and condescension belong to a heated exchange",
  },
  {
    pattern: 'in this tone|no choice but to|part ways|(reconsider|review) whether we (can|should|will) continue',
    note: 'threats',
  },
  {
    pattern:
      "nothing to worry about|no need to worry|(don't|do not) worry(?=\\s*[,.;!]| (too much|at all))|rest assured|stop (emailing|calling|ringing|messaging|texting|chasing)|(I|we)('ve| have) (had|received|read|seen) your (complaint|texts|emails|messages|voicemails)|(following|regarding|about) your complaint|(if|since) you('re| are) (unhappy|not happy|dissatisfied)|free to (instruct|use|find|go to) (another|a different)",
  },
];
