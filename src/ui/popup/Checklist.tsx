import type { ChecklistItem, Finding } from '../../engine/types.ts';
import { suggestionText } from '../hint-card/HintCard.tsx';
import { t } from '../i18n.ts';

export interface ChecklistProps {
  items: readonly ChecklistItem[];
  /** Offers each finding's best rewrite with an Apply button; without it, findings are listed only. */
  onApply?(finding: Finding, suggestion: number): void;
  /** Prefix for element ids, unique in the document. */
  idPrefix: string;
}

function itemState(item: ChecklistItem): string {
  if (item.ok) return t('popup_item_ok', 'done');
  if (item.findings.length === 1) return t('popup_item_one', '1 to review');
  return t('popup_item_many', '$1 to review', [String(item.findings.length)]);
}

/** One line a category, ticked or not with its count; under each unticked one, what is behind it. */
export function Checklist({ items, onApply, idPrefix }: ChecklistProps) {
  return (
    <ul class="checklist">
      {items.map((item) => {
        const labelId = `${idPrefix}-${item.category}`;
        return (
          <li key={item.category} class={`check ${item.ok ? 'ok' : 'todo'}`} aria-labelledby={labelId}>
            <p class="check-line" id={labelId}>
              <span class="tick" aria-hidden="true">
                {item.ok ? '✓' : '!'}
              </span>
              <span class="check-label">{item.label}</span>
              <span class="check-count">{itemState(item)}</span>
            </p>
            {item.findings.length > 0 ? (
              <ul class="findings">
                {item.findings.map((finding, index) => (
                  <li key={`${finding.rule}-${finding.start ?? 'doc'}-${index}`} class="finding">
                    {finding.text ? <q class="finding-text">{finding.text}</q> : null}
                    <span class="finding-message">{finding.message}</span>
                    {onApply && finding.suggestions.length > 0 ? (
                      <button type="button" class="apply" onClick={() => onApply(finding, 0)}>
                        <span class="label">{t('popup_apply', 'Apply')}</span>
                        <span class="replacement">{suggestionText(finding, 0)}</span>
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
