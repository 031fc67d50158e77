// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../../src/paint/categories.ts';
import { Painter, type PaintMark } from '../../../src/paint/index.ts';

function mark(key: string, rects: DOMRect[]): PaintMark {
  return { key, category: 'vague-timeline', range: null, rects: () => rects };
}

describe('the positioned fallback', () => {
  it('draws one box per line of a finding, clipped to the visible editor, styled by category', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const painter = new Painter(container, document);
    const owner = {};
    const clip = () => new DOMRect(0, 0, 300, 100);
    painter.paint(
      owner,
      [mark('a', [new DOMRect(10, 10, 50, 16), new DOMRect(0, 30, 20, 16)]), mark('b', [new DOMRect(10, 150, 40, 16)])],
      'a',
      clip,
      true,
    );
    const boxes = [...container.querySelectorAll<HTMLElement>('.mark')];
    expect(boxes).toHaveLength(2);
    expect(boxes.every((box) => box.classList.contains('vague-timeline') && box.classList.contains('active'))).toBe(
      true,
    );
    expect(boxes[0]?.style.left).toBe('10px');

    painter.clear(owner);
    expect(container.querySelectorAll('.mark')).toHaveLength(0);
    painter.destroy();
    expect(container.childElementCount).toBe(0);
  });

  it('names one highlight per category with the even-keel prefix', () => {
    const names = Object.values(HIGHLIGHT_NAMES);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^even-keel-[a-z-]+$/);
  });
});
