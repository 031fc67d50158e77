import type { Doc } from './document.ts';
import type { DraftContext } from './types.ts';

const CLIENT_COMPLAINT =
  /(?<![\p{L}])(unacceptable|disappointed|frustrat\w*|furious|angry|upset|worried|anxious|still (not|no|waiting)|complain\w*|ridiculous|not happy|fed up|again|why (has|have|is|isn't|haven't|hasn't|did|didn't)|refund|asap|!!|inaceit[áa]vel|absurdo|decepcionad[oa]|preocupad[oa]|reclama\w*|at[ée] agora|de novo|ainda n[ãa]o)(?![\p{L}])/iu;
const DRAFT_COMPLAINT_CUES =
  /(?<![\p{L}])(sorry|apolog\w*|frustrat\w*|upset\w*|concern\w*|worr\w*|complain\w*|delay\w*|mistake|unhappy|disappoint\w*|as (i|we) (already|previously)|per my last|calm down|your fault|you should have|you failed|desculp\w*|lament\w*|sinto muito|entendo|frustra\w*|preocupa\w*|reclama\w*|atraso|conforme informado)(?![\p{L}])/iu;

/**
 * Whether a draft answers a complaint. What the caller knows wins; then the client's message;
 * then the draft's own words, since a reply that apologises, reassures or pushes back is
 * answering someone who is unhappy.
 */
export function isComplaint(doc: Doc, given: DraftContext | undefined, clientMessage: string | undefined): boolean {
  if (given) return given === 'complaint';
  const theirs = clientMessage ?? doc.quotedHistory;
  if (theirs.trim() !== '') return CLIENT_COMPLAINT.test(theirs);
  return DRAFT_COMPLAINT_CUES.test(doc.text.slice(0, doc.bodyEnd));
}
