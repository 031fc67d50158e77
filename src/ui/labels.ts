import type { Category, Severity } from '../engine/types.ts';
import { t } from './i18n.ts';

export function categoryLabel(category: Category): string {
  switch (category) {
    case 'overpromise':
      return t('hint_category_overpromise', 'Overpromise');
    case 'escalation':
      return t('hint_category_escalation', 'Escalation');
    case 'missing-validation':
      return t('hint_category_missing_validation', 'Acknowledge the client');
    case 'boundary':
      return t('hint_category_boundary', 'Boundary');
    case 'vague-timeline':
      return t('hint_category_vague_timeline', 'Vague timeline');
  }
}

export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'low':
      return t('hint_severity_low', 'minor');
    case 'medium':
      return t('hint_severity_medium', 'worth a look');
    case 'high':
      return t('hint_severity_high', 'important');
  }
}

/** The status button's accessible name: always starts with "Even Keel:". */
export function statusLabel(count: number): string {
  if (count === 0) return t('status_button_none', 'Even Keel: no suggestions');
  if (count === 1) return t('status_button_one', 'Even Keel: 1 suggestion');
  return t('status_button_many', 'Even Keel: $1 suggestions', [String(count)]);
}
