import type { Lang } from '../engine/types.ts';
import type { Settings } from './schema.ts';

export const PLACEHOLDERS = ['{nextOpening}', '{hours}', '{firm}', '{urgentContact}'] as const;

/** Said instead of an empty firm name or urgent contact, so a wording that uses them still reads. */
const STAND_INS: Record<Lang, { firm: string; urgentContact: string }> = {
  en: { firm: 'our office', urgentContact: 'the office' },
  pt: { firm: 'nosso escritório', urgentContact: 'o escritório' },
};

/**
 * Fills the placeholders only the settings know ({firm}, {urgentContact}); {nextOpening} and
 * {hours} stay for the engine, which knows when the draft is written.
 */
export function fillFirm(wording: string, settings: Pick<Settings, 'firmName' | 'urgentContact'>, lang: Lang): string {
  const firm = settings.firmName.trim() || STAND_INS[lang].firm;
  const urgent = settings.urgentContact.trim() || STAND_INS[lang].urgentContact;
  return wording.replaceAll('{firm}', firm).replaceAll('{urgentContact}', urgent);
}

/** Placeholder-like words the engine would leave as they are, e.g. "{nextopening}" or "{phone}". */
export function unknownPlaceholders(wording: string): string[] {
  return [...wording.matchAll(/\{[^{}]*\}/g)]
    .map((found) => found[0])
    .filter((word) => !(PLACEHOLDERS as readonly string[]).includes(word));
}
