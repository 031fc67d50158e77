import type { Phrase } from '../types.ts';

/** What a firm can take away from a client. */
const RELATIONSHIP =
  '(tenancy|contract|agreement|account|services|service|relationship|working relationship|engagement|retainer|membership|registration|representation|treatment|access|lease|instructions|care)';

/** Warnings and ultimatums: do this or lose us. */
export const phrases: Phrase[] = [
  {
    pattern:
      '(this is|consider this|treat this as|take this as|please take this as) (your|a|our|the) (formal )?final notice|(final|last) warning|last chance',
    note: '"this is your only chance to appeal" informs and is not in the list',
  },
  { pattern: "(we|i)('ll| will| would| may| shall)? (have|be left with) no (choice|option|alternative) but to" },
  {
    pattern: `(we|i)('ll| will| may| might| would| shall) (have to |need to |be forced to |be obliged to )?(end|terminate|suspend|withdraw|discontinue|cease|drop|stop) (your|our) ([\\w-]+ ){0,2}${RELATIONSHIP}`,
    note: '"we\'ll close the ticket" and "the lease ends on 31 March" are not threats',
  },
  {
    pattern:
      "(we|i)('ll| will| may| might| would| shall) (have to |need to )?(reconsider|review|rethink|re-evaluate|reassess) (whether|if) (we|i) (can|should|want to|will|are able to) (continue|keep|carry on|go on)( (working|to work) (together|with you))?|(reconsider|review|rethink) (our|the) (working )?relationship",
  },
  { pattern: '(we|you) (can|could|may|should|will|might)( have to)? part (ways|company)' },
  {
    pattern:
      "((you're|you are) (free|welcome)|feel free|you can (always )?|you('re| are) (perfectly )?entitled) to (take your business elsewhere|go elsewhere|look elsewhere|(instruct|find|use|appoint|hire|go to|look for) (another|a different) (firm|solicitor|lawyer|accountant|agency|provider|contractor|company|builder|therapist|practice|adviser|advisor|supplier))|take your business elsewhere|you can (always )?(go|look|shop) elsewhere",
    note: '"you\'re welcome to get a second opinion" is respectful and not in the list',
  },
  {
    pattern:
      "(or|otherwise) (else|(we|i)('ll| will| shall) (have to )?(drop|terminate|end|stop|cancel|remove|refer|pass|report|involve|charge|bill|take))",
  },
  {
    pattern:
      "you('ll| will) be (removed|discharged|deregistered|struck off|banned|barred|taken off) (from|off) (the|our) ((practice|patient|client) list|practice|register|books|panel|programme|program|clinic|building|premises)",
    note: '"you\'ll be removed from the mailing list as requested" is not in the list',
  },
  {
    pattern:
      "(we'll|we will|i'll|i will) (have to )?(pause|stop|halt|suspend|freeze) (all |any )?(work|the work|services|delivery|the project)( on [^,.;:!?]{1,40})? until",
    note: 'work held hostage to what the reader must do',
  },
  {
    pattern:
      'if you (contact|speak to|email|e-mail|call|phone|address|talk to|write to|message) … (in this|in that|like this|like that|with this|with that|in such a) (tone|way|manner|language)( again)?',
  },
  {
    pattern: "(this|that|such) (tone|language|behaviou?r) (is not|isn't|will not be|won't be) (acceptable|tolerated)",
  },
  {
    pattern:
      'this is the (last|final) (round|time|revision|extension|chance|opportunity|reminder)|there will be no (further|more) (rounds|revisions|extensions|chances)',
  },
  {
    pattern:
      '(take|start|issue|begin) (legal|court|further) (action|proceedings) against you|(pass|refer|hand) (this|the matter|your account|your debt|the debt) (over )?to (our|a) (solicitors|lawyers|debt collectors|debt collection agency|collections agency|collection agency|bailiffs)',
  },
  {
    pattern:
      'take it or leave it|consider yourself warned|you have been warned|end of (discussion|story)(?=\\s*([.!]|$))',
  },
  {
    pattern:
      "(any (more|further)|one more) [^,.;:!?]{1,40}? (and|or) (we|i)('ll| will| shall)( have to| be forced to)? (close|end|terminate|cancel|suspend|remove|block|ban|bar|stop|refuse|withdraw|report|charge|pass)(?![\\p{L}])( [^,.;:!?]{1,40})?(,? no further (discussion|correspondence))?",
    note: 'the ultimatum "any more messages like this and we will close your account"; "any more questions and I\'ll happily help" offers help and is not in the list',
  },
  {
    pattern:
      "(unless|failing (that|which|this)|otherwise|or else) [^.;!?]{0,80}?(we|i)('ll| will| shall| may| must| would)( have to| be forced to| need to| be obliged to)? (cease|stop) (acting|working) (for|on behalf of) you",
    note: 'dropping the client as the price of what the reader does; "we will cease acting for you on 1 May, as agreed" is a notice and is not in the list',
  },
  {
    pattern:
      "(if|unless) you [^.;!?]{1,80}?(we|i)('ll| will| shall| may| would)( have to| be forced to)? (take|start|begin|commence|initiate|pursue|issue) (legal|court|formal) (action|proceedings)",
    note: 'legal action as the price of the reader\'s choice; "we will issue proceedings against the landlord" is the client\'s own case',
  },
  {
    pattern:
      'failure to (respond|reply|pay|comply|attend|provide|confirm|return|settle)( [^,.;:!?]{1,30})? (will|may|could) (result in|lead to|mean)',
  },
  {
    pattern:
      "(will not|won't|do not|don't|cannot|can't) (tolerate|accept) (this|that|such|your|any (further|more)) (kind of )?(behaviou?r|tone|language|conduct|abuse|rudeness|messages|emails|calls)|(abusive|rude|threatening|aggressive|offensive) (messages|emails|calls|behaviou?r|language|conduct) will (be (reported|recorded|passed on|forwarded|not be tolerated)|not be tolerated)",
  },
  {
    pattern:
      '(we|i) reserve the right to (terminate|end|cancel|refuse|withdraw|suspend|take (legal )?action|charge|pursue|involve|report|close|stop)',
  },
  {
    pattern:
      "(if|should) (this|it|that) (happens|happen|occurs|occur|continues|continue|is repeated) (again)?,? (we|i)('ll| will| shall| may| would)( have to| be forced to)? (end|terminate|cancel|close|suspend|refuse|remove|take|charge|report|involve|withdraw|stop|reconsider|ask you to leave)",
  },
];
