import type { Lang } from './types.ts';

const PORTUGUESE =
  /(?<![\p{L}])(não|você|vocês|está|estão|obrigad[oa]|também|então|já|até|porque|muito|uma|para|com|que|nós|senhor|senhora|ção|ções|amanhã|semana|desculpas|de|do|da|dos|das|em|na|nos|nas|os|ao|à|é|são|foi|seu|sua|mas|ou|o|um|e)(?![\p{L}])/giu;
const ENGLISH =
  /(?<![\p{L}])(the|and|you|your|we|will|is|are|to|of|it|that|this|with|for|have|be|not|i|i'm|i'll|thank|sorry)(?![\p{L}])/giu;
const SAMPLE = 4000;

/** The part of a text its language is read from: the opening few hundred words. */
export function languageSample(text: string): string {
  return text.slice(0, SAMPLE);
}

/** English or Brazilian Portuguese, from the commonest words; English when unsure. */
export function detectLanguage(text: string): Lang {
  const sample = languageSample(text);
  const pt = sample.match(PORTUGUESE)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return pt > en ? 'pt' : 'en';
}
