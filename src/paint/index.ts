// Paints findings without touching the editor: CSS Custom Highlights over live Ranges where the
// browser has them, positioned boxes in our shadow root otherwise (and always for textareas,
// whose text cannot hold a Range).
import type { Category } from '../engine/types.ts';
import { ACTIVE_HIGHLIGHT, HIGHLIGHT_NAMES } from './categories.ts';

export interface PaintMark {
  key: string;
  category: Category;
  /** A live Range over the flagged words (contenteditable editors). */
  range: Range | null;
  /** Where the words are on screen now. */
  rects(): DOMRect[];
}

interface Layer {
  marks: PaintMark[];
  active: string | null;
  /** The visible part of the editor: boxes outside it are not drawn. */
  clip: () => DOMRect;
  useBoxes: boolean;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  private readonly layers = new Map<object, Layer>();
  private readonly boxes: HTMLElement;

  constructor(container: Node, document: Document) {
    this.boxes = document.createElement('div');
    this.boxes.className = 'marks';
    container.appendChild(this.boxes);
  }

  /** Replaces what `owner` (one editor) has painted. */
  paint(owner: object, marks: PaintMark[], active: string | null, clip: () => DOMRect, plain: boolean): void {
    this.layers.set(owner, { marks, active, clip, useBoxes: plain || !highlightsSupported() });
    this.refresh();
  }

  clear(owner: object): void {
    if (this.layers.delete(owner)) this.refresh();
  }

  /** Re-measures the boxes after scrolling, resizing or re-wrapping; highlights follow by themselves. */
  reposition(): void {
    const document = this.boxes.ownerDocument;
    const fragment = document.createDocumentFragment();
    for (const layer of this.layers.values()) {
      if (!layer.useBoxes) continue;
      const clip = layer.clip();
      for (const mark of layer.marks) {
        for (const rect of mark.rects()) {
          const left = Math.max(rect.left, clip.left);
          const right = Math.min(rect.right, clip.right);
          const top = Math.max(rect.top, clip.top);
          const bottom = Math.min(rect.bottom, clip.bottom);
          if (right <= left || bottom <= top) continue;
          const box = document.createElement('div');
          box.className = `mark ${mark.category}${mark.key === layer.active ? ' active' : ''}`;
          Object.assign(box.style, {
            left: `${left}px`,
            top: `${top}px`,
            width: `${right - left}px`,
            height: `${bottom - top}px`,
          });
          fragment.append(box);
        }
      }
    }
    this.boxes.replaceChildren(fragment);
  }

  destroy(): void {
    this.layers.clear();
    if (highlightsSupported()) {
      for (const name of [...Object.values(HIGHLIGHT_NAMES), ACTIVE_HIGHLIGHT]) CSS.highlights.delete(name);
    }
    this.boxes.remove();
  }

  private refresh(): void {
    if (highlightsSupported()) {
      const byCategory = new Map<string, Range[]>();
      const active: Range[] = [];
      for (const layer of this.layers.values()) {
        if (layer.useBoxes) continue;
        for (const mark of layer.marks) {
          if (!mark.range) continue;
          const name = HIGHLIGHT_NAMES[mark.category];
          byCategory.set(name, [...(byCategory.get(name) ?? []), mark.range]);
          if (mark.key === layer.active) active.push(mark.range);
        }
      }
      for (const name of Object.values(HIGHLIGHT_NAMES)) {
        const ranges = byCategory.get(name);
        if (ranges) CSS.highlights.set(name, new Highlight(...ranges));
        else CSS.highlights.delete(name);
      }
      if (active.length > 0) CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(...active));
      else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }
    this.reposition();
  }
}
