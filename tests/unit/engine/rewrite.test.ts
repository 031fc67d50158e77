import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/engine/document.ts';
import { removeClause } from '../../../src/engine/rewrite.ts';

function withoutClause(text: string, words: string): string {
  const [sentence] = parseDocument(text, 'en').sentences;
  if (!sentence) throw new Error('no sentence');
  const start = text.indexOf(words);
  const edit = removeClause(sentence, start, start + words.length);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('removing the clause that carries a phrase', () => {
  it('removes an opening clause that the phrase ends with its comma', () => {
    const text =
      'As I already explained on the phone, the damp patch comes from the flat above, not from our roof works.';
    expect(withoutClause(text, 'As I already explained on the phone,')).toBe(
      'The damp patch comes from the flat above, not from our roof works.',
    );
  });

  it('removes a middle clause between its separators', () => {
    const text = 'The fee is fixed, frankly it is obvious, and the invoice follows on Friday.';
    expect(withoutClause(text, 'frankly it is obvious')).toBe('The fee is fixed, and the invoice follows on Friday.');
  });
});
