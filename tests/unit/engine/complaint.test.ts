import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/engine/analyze.ts';
import { isComplaint } from '../../../src/engine/complaint.ts';
import { parseDocument } from '../../../src/engine/document.ts';
import { rule as missingValidation } from '../../../src/engine/rules/missing-validation.ts';
import type { DraftContext, Lang } from '../../../src/engine/types.ts';

function inferred(text: string, options: { clientMessage?: string; context?: DraftContext; lang?: Lang } = {}) {
  return isComplaint(parseDocument(text, options.lang ?? 'en'), options.context, options.clientMessage);
}

describe('isComplaint', () => {
  it('takes the context the caller gives over any evidence', () => {
    expect(inferred('Attached is the signed copy.', { context: 'complaint' })).toBe(true);
    expect(inferred("I'm sorry for the delay.", { context: 'routine', clientMessage: 'This is unacceptable!!' })).toBe(
      false,
    );
  });

  describe('with the client message', () => {
    it('reads a complaint, a worry or a frustration in it', () => {
      const draft = 'The engineer is booked for Tuesday at 10:00.';
      for (const clientMessage of [
        'Why has nobody called me back? I have been waiting since Monday.',
        "I'm really worried about the hearing next week.",
        'The heating is still not working and I am fed up.',
        'This is the third time the invoice has been wrong.',
        'I was charged twice for the same session.',
      ]) {
        expect(inferred(draft, { clientMessage }), clientMessage).toBe(true);
      }
    });

    it('trusts a neutral message even when the draft pushes back', () => {
      expect(
        inferred('As I already explained, the form is attached.', {
          clientMessage: 'Could you send me the form again? Thanks again for your help.',
        }),
      ).toBe(false);
    });

    it("reads only the client's words, not our earlier reply quoted below them", () => {
      const clientMessage = 'Perfect, thank you.\n\n> On 3 March, Sam wrote:\n> Your complaint has been logged.';
      expect(inferred('You are welcome.', { clientMessage })).toBe(false);
    });

    it('understands a client who writes in another language than the draft', () => {
      expect(inferred('The refund went out today.', { clientMessage: 'Ainda não recebi o reembolso!' })).toBe(true);
    });
  });

  describe('with the earlier message quoted below the draft', () => {
    it('reads the quoted message', () => {
      expect(inferred('Hi Jo,\n\nThe engineer is booked for Tuesday.\n\n> Why has nobody called me back?')).toBe(true);
      expect(inferred('Hi Jo,\n\nTuesday at 10:00 works.\n\n> Could we meet next week?')).toBe(false);
    });

    it("finds the history after the writer's signature, and does not take the signature for it", () => {
      const signed = 'As I already explained, the fee is fixed.\n-- \nSam Lee\nPartner';
      expect(inferred(signed)).toBe(true);
      expect(inferred(`${signed}\n\n> This is completely unacceptable.`)).toBe(true);
      expect(inferred('See you on Tuesday.\n-- \nSam Lee\n\n> Does Tuesday suit you?')).toBe(false);
    });
  });

  describe('from the draft alone', () => {
    it('leaves neutral logistics alone', () => {
      for (const text of [
        'Attached is the signed copy. Thanks!',
        'No worries, see you on Tuesday at 3pm.',
        "Don't worry about office hours; Thursday at 5pm is fine.",
        'There will be a short delay on the newsletter because of the bank holiday.',
        'Segue em anexo o contrato assinado. Mais uma vez, obrigado!',
      ]) {
        expect(inferred(text, { lang: /Segue/.test(text) ? 'pt' : 'en' }), text).toBe(false);
      }
    });

    it('sees an apology, a named feeling, pushback or a sharp tone as the answer to a complaint', () => {
      for (const text of [
        "I'm sorry the report went out late.",
        'Apologies for any inconvenience caused. We will look into it.',
        'I understand, but the lease makes garden maintenance your responsibility.',
        'Per my last email, the launch date moved.',
        'There is nothing to worry about: the other side will settle.',
        'We sent the files on Monday!! Check your spam folder.',
        'Thank you for your fifth email today.',
      ]) {
        expect(inferred(text), text).toBe(true);
      }
    });

    it('does the same in Portuguese', () => {
      expect(inferred('Conforme informado anteriormente, o prazo não depende do escritório.', { lang: 'pt' })).toBe(
        true,
      );
      expect(inferred('Entendo, mas o contrato prevê a multa.', { lang: 'pt' })).toBe(true);
      expect(inferred('Recebi os informes e envio o rascunho até sexta-feira.', { lang: 'pt' })).toBe(false);
    });
  });

  it('decides whether missing validation can be flagged at all', () => {
    const analyzer = new Analyzer([missingValidation]);
    const text = 'The engineer is booked for Tuesday at 10:00.';
    expect(
      analyzer.analyze({ text, clientMessage: 'Nobody turned up yesterday. Unacceptable.' }).findings,
    ).toHaveLength(1);
    expect(analyzer.analyze({ text, clientMessage: 'When is the engineer coming?' }).findings).toHaveLength(0);
    expect(analyzer.analyze({ text }).findings).toHaveLength(0);
  });
});
