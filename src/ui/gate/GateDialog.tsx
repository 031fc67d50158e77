import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ChecklistItem } from '../../engine/types.ts';
import { t } from '../i18n.ts';
import { Checklist } from '../popup/Checklist.tsx';

export interface GateDialogProps {
  items: readonly ChecklistItem[];
  /** Back to the draft, caret where it was. Escape does the same. */
  onReview(): void;
  onSendAnyway(): void;
}

/** A modal in our shadow root: focus stays inside until the user picks Review or Send anyway. */
export function GateDialog({ items, onReview, onSendAnyway }: GateDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('button.review')?.focus();
  }, []);

  const trap = (event: KeyboardEvent) => {
    // Keys pressed here are ours: the webmail must not act on them (Gmail has single-key shortcuts).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onReview();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = [...(dialog.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    const active = (dialog.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div class="gate-backdrop">
      <div
        ref={dialog}
        class="gate"
        role="dialog"
        aria-modal="true"
        aria-labelledby="ek-gate-title"
        aria-describedby="ek-gate-intro"
        onKeyDown={trap}
        // Focus must not fall back to the page while the dialog is open.
        onFocusOut={(event) => {
          const next = event.relatedTarget as Node | null;
          if (!next || !dialog.current?.contains(next)) {
            queueMicrotask(() => dialog.current?.querySelector<HTMLButtonElement>('button.review')?.focus());
          }
        }}
      >
        <p class="gate-title" id="ek-gate-title">
          {t('gate_title', 'Even Keel: one look before sending')}
        </p>
        <p class="why" id="ek-gate-intro">
          {t('gate_intro', 'This reply has wording that could work against you. Review it, or send it as it is.')}
        </p>
        <Checklist items={items} idPrefix="ek-gate" />
        <div class="gate-actions">
          <button type="button" class="review" onClick={onReview}>
            {t('gate_review', 'Review')}
          </button>
          <button type="button" class="send-anyway" onClick={onSendAnyway}>
            {t('gate_send_anyway', 'Send anyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
