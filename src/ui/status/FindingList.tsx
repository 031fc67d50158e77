import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ShownFinding } from '../../mail/session.ts';
import { t } from '../i18n.ts';
import { categoryLabel } from '../labels.ts';
import { usePlacement } from '../position.ts';

export interface FindingListProps {
  id: string;
  findings: ShownFinding[];
  /** The status button's box: the list opens above it (below when there is no room). */
  anchor: () => DOMRect | null;
  onOpen(key: string): void;
  onClose(): void;
}

/** The draft's findings, walked with the arrow keys; Enter opens one's card. */
export function FindingList({ id, findings, anchor, onOpen, onClose }: FindingListProps) {
  const list = useRef<HTMLDivElement>(null);
  usePlacement(list, anchor, 'top-end');
  useLayoutEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);

  const move = (from: EventTarget | null, step: number) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button.item') ?? [])];
    const index = buttons.indexOf(from as HTMLButtonElement);
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  };

  return (
    <div
      ref={list}
      id={id}
      class="list"
      role="dialog"
      aria-label={t('status_list_title', 'Even Keel suggestions for this draft')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          move(event.target, event.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      <p class="list-title">{t('status_list_title', 'Even Keel suggestions for this draft')}</p>
      {findings.length === 0 ? (
        <p class="why">{t('status_list_empty', 'Nothing to change in this draft.')}</p>
      ) : (
        <ul>
          {findings.map((shown) => (
            <li key={shown.key}>
              <button type="button" class="item" onClick={() => onOpen(shown.key)}>
                <span class={`swatch ${shown.finding.category}`} aria-hidden="true" />
                <span class="item-category">{categoryLabel(shown.finding.category)}</span>
                {shown.finding.text ? <q>{shown.finding.text}</q> : null}
                <span class="item-message">{shown.finding.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
