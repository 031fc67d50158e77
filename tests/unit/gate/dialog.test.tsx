// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../src/engine/index.ts';
import { GateDialog } from '../../../src/ui/gate/GateDialog.tsx';
import { installI18n } from '../options/i18n-fake.ts';

const REPORT = analyze({ text: 'Hi Sam,\n\nI guarantee the refund will reach you by Friday.' });

beforeEach(() => {
  fakeBrowser.reset();
  installI18n('en');
});
afterEach(() => cleanup());

function renderDialog() {
  const onReview = vi.fn();
  const onSendAnyway = vi.fn();
  render(<GateDialog items={REPORT.checklist} onReview={onReview} onSendAnyway={onSendAnyway} />);
  return { onReview, onSendAnyway, dialog: screen.getByRole('dialog', { name: /^Even Keel/ }) };
}

describe('the send gate dialog', () => {
  it('is a modal named "Even Keel…" with the checklist, focused on Review', () => {
    const { dialog } = renderDialog();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Promises only what you control');
    expect(document.activeElement?.textContent).toBe('Review');
    // The gate lists; it does not edit.
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
  });

  it('keeps focus inside with Tab and Shift+Tab', () => {
    renderDialog();
    const review = screen.getByRole('button', { name: 'Review' });
    const send = screen.getByRole('button', { name: 'Send anyway' });
    send.focus();
    fireEvent.keyDown(send, { key: 'Tab' });
    expect(document.activeElement).toBe(review);
    fireEvent.keyDown(review, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(send);
  });

  it('goes back to the draft on Escape or Review, and sends on Send anyway', () => {
    const { onReview, onSendAnyway, dialog } = renderDialog();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onReview).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(onReview).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(onSendAnyway).toHaveBeenCalledTimes(1);
  });

  it('speaks Brazilian Portuguese, still named "Even Keel…"', () => {
    installI18n('pt_BR');
    renderDialog();
    expect(screen.getByRole('dialog', { name: /^Even Keel/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enviar assim mesmo' })).toBeTruthy();
  });
});
