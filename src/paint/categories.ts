import type { Category } from '../engine/types.ts';

/**
 * One highlight name per category, registered in `CSS.highlights`. The underline style differs by
 * category (wavy, double, dotted, dashed, solid), so categories are told apart without colour.
 */
export const HIGHLIGHT_NAMES: Record<Category, string> = {
  overpromise: 'even-keel-overpromise',
  escalation: 'even-keel-escalation',
  'missing-validation': 'even-keel-missing-validation',
  boundary: 'even-keel-boundary',
  'vague-timeline': 'even-keel-vague-timeline',
};

/** The finding the card is showing. */
export const ACTIVE_HIGHLIGHT = 'even-keel-active';
