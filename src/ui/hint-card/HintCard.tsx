import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../engine/types.ts';
import { t } from '../i18n.ts';
import { categoryLabel, severityLabel } from '../labels.ts';
import { usePlacement } from '../position.ts';

export interface HintCardProps {
  finding: Finding;
  /** The words on screen, to sit beside; the status button's box for a finding about the whole draft. */
  anchor: () => DOMRect | null;
  /** Opened from the keyboard: take focus. Opened by hovering: leave the caret where it is. */
  focused: boolean;
  onApply(index: number): void;
  onDismiss(): void;
  onClose(): void;
  onPointer(inside: boolean): void;
}

/** What a suggestion writes, for a button; "Remove these words" when it only deletes. */
export function suggestionText(finding: Finding, index: number): string {
  const text = (finding.suggestions[index]?.edits ?? [])
    .map((edit) => edit.text.trim())
    .filter((part) => part.length > 0)
    .join(' … ');
  return text || t('hint_remove', 'Remove these words');
}

export function HintCard(props: HintCardProps) {
  const { finding, focused } = props;
  const card = useRef<HTMLDivElement>(null);

  usePlacement(card, props.anchor, 'bottom-start');

  useLayoutEffect(() => {
    if (focused) card.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [focused, finding]);

  const titleId = 'ek-card-title';
  return (
    <div
      ref={card}
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      onMouseEnter={() => props.onPointer(true)}
      onMouseLeave={() => props.onPointer(false)}
      // A click must not take the caret out of the editor: the user goes on typing where they were.
      onMouseDown={(event) => {
        if (!focused) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onClose();
        }
      }}
    >
      <p class="kicker">
        <span class={`swatch ${finding.category}`} aria-hidden="true" />
        {categoryLabel(finding.category)} · {severityLabel(finding.severity)}
      </p>
      <p class="message" id={titleId}>
        {finding.message}
      </p>
      <p class="why">{finding.why}</p>
      {finding.suggestions.length > 0 ? (
        <ul class="suggestions">
          {finding.suggestions.map((suggestion, index) => (
            <li key={suggestion.label}>
              <button type="button" class="apply" onClick={() => props.onApply(index)}>
                <span class="label">{suggestion.label}</span>
                <span class="replacement">{suggestionText(finding, index)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="why">{t('hint_no_fix', 'No automatic rewrite: change the wording yourself.')}</p>
      )}
      <div class="actions">
        <button type="button" class="dismiss" onClick={props.onDismiss}>
          {t('hint_dismiss', 'Dismiss')}
        </button>
        <button type="button" class="close" onClick={props.onClose} aria-label={t('hint_close', 'Close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
