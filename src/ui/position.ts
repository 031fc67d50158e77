import { computePosition, flip, offset, type Placement, shift, size } from '@floating-ui/dom';
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Places a fixed-position popup next to a rectangle of the page, flipping to the other side and
 * shrinking to fit so it stays inside the viewport (at 200% zoom too). Runs after every render:
 * the controller re-renders on scroll and resize, so the popup follows its words.
 */
export function usePlacement(
  element: RefObject<HTMLElement | null>,
  anchor: () => DOMRect | null,
  placement: Placement,
): void {
  useLayoutEffect(() => {
    const floating = element.current;
    const rect = anchor();
    if (!floating || !rect) return;
    void computePosition({ getBoundingClientRect: () => rect }, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  });
}
