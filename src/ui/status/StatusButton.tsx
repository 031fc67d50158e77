import { t } from '../i18n.ts';
import { statusLabel } from '../labels.ts';

export interface StatusButtonProps {
  count: number;
  /** Only the beginning of a very long draft was checked: the button says so, and "+" follows the count. */
  partial?: boolean;
  /** The visible part of the editor: the button sits in its bottom-right corner, outside it in the DOM. */
  rect: DOMRect;
  expanded: boolean;
  listId: string;
  onToggle(button: HTMLButtonElement): void;
}

export function StatusButton({ count, partial = false, rect, expanded, listId, onToggle }: StatusButtonProps) {
  if (rect.width < 40 || rect.height < 24) return null;
  const label = partial
    ? `${statusLabel(count)} (${t('status_partial', 'the draft is very long: only the first part was checked')})`
    : statusLabel(count);
  return (
    <button
      type="button"
      class={`status${count > 0 ? ' has-findings' : ''}`}
      style={{ left: `${rect.right - 8}px`, top: `${rect.bottom - 8}px` }}
      aria-label={label}
      title={label}
      aria-expanded={expanded}
      aria-controls={expanded ? listId : undefined}
      onClick={(event) => onToggle(event.currentTarget)}
    >
      <span class="logo" aria-hidden="true">
        EK
      </span>
      <span class="count" aria-hidden="true">
        {partial ? `${count}+` : count}
      </span>
    </button>
  );
}
