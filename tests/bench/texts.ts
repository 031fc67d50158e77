// Drafts for the benchmark, written for it (not taken from the corpus). Every sentence has slots
// filled from a seeded generator, so drafts built with different seeds share almost no sentence:
// a "full" check then really analyses every sentence, with nothing left in any cache. About one
// sentence in six carries wording the rules look at, as a real difficult reply might.

const SLOTS: Record<string, readonly string[]> = {
  name: [
    'Ms Okafor',
    'Mr Haddad',
    'Dr Lindqvist',
    'Ms Ferreira',
    'Mr Byrne',
    'Mrs Adeyemi',
    'Mr Castellano',
    'Ms Novak',
  ],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  month: ['March', 'April', 'May', 'June', 'September', 'October'],
  thing: [
    'lease renewal',
    'insurance claim',
    'planning application',
    'tax return',
    'boiler replacement',
    'contract draft',
    'website migration',
    'treatment plan',
    'payroll report',
    'roof survey',
  ],
  party: ['the insurer', 'the council', 'the lender', 'the court', 'the supplier', 'the freeholder', 'HMRC'],
  person: [
    'our surveyor',
    'the site foreman',
    'my colleague Priya',
    'the accounts team',
    'our paralegal',
    'the engineer',
  ],
  street: ['Harbour Road', 'Mill Lane', 'Station Street', 'Elm Grove', 'Quay Street', 'Park Avenue'],
  doc: ['invoice', 'inspection report', 'signed form', 'statement', 'quote', 'photos', 'meter reading', 'draft letter'],
};

const TEMPLATES = [
  'Thank you for your email of {n} {month} about the {thing}.',
  'I have read your message about the {thing} and the {doc} you sent on {day}.',
  'The {doc} for reference {ref} arrived on {day} and I have added it to your file.',
  '{person} visited the property on {day} {n} {month} and took photographs of the damage.',
  'We sent the {doc} to {party} on {day}, and they acknowledged it under reference {ref}.',
  'According to our records, the last payment of £{amount} was received on {n} {month}.',
  '{party} has asked for a copy of the {doc} before they can look at the {thing} again.',
  'I have attached the {doc} we discussed, along with a short note on clause {n}.',
  'The invoice for £{amount} covers the work done between {n} {month} and the end of the month.',
  'I spoke to {person} this morning, and the parts for job {ref} are now in stock.',
  'Our office is open Monday to Friday, 9:00 to 17:30, and the front desk on extension {ext} can take messages.',
  'The {thing} is at the review stage, and {person} is checking the figures on page {n}.',
  'If you could send the {doc} by {day}, I can file it with {party} the same afternoon.',
  'I will call you on {day} at {hour}:30 to go through the {thing} line by line.',
  'The next step is a meeting with {party}, which is booked for {day} {n} {month}.',
  'I have asked {person} to check whether the {doc} for case {ref} was ever received.',
  'The delay on the {thing} came from {party}, who needed {n} extra working days.',
  'You are right that the {doc} listed the wrong date, and I have corrected it on file {ref}.',
  'I understand how frustrating it is to wait {n} weeks for an answer on the {thing}.',
  'Please find the revised {doc} attached, with the changes to section {n} marked in red.',
  'Once {party} replies, I will forward their letter to you with a summary of what it means.',
  'The fee quoted for the {thing} was £{amount}, and nothing has been added since.',
  '{person} will be on site on {day} from {hour}:00 to measure the rooms again.',
  'I have checked the {doc} against our notes from {n} {month}, and the figures match.',
  'There is a small gap in the {doc} for {month}, which {person} is looking into under ticket {ref}.',
  'We keep a copy of every {doc} for six years, so nothing on file {ref} has been lost.',
  'I can see from file {ref} that the {thing} was signed off by {person} on {day}.',
  'At {n} {street}, the surveyor measured {n} square metres of damp wall in the back bedroom.',
  'My notes from our call on {day} say you preferred to meet about the {thing} after {hour}:00.',
  'The court listed the hearing for {day} {n} {month}, and the bundle is due a week before.',
  // Wording the rules react to: overpromise, escalation, boundary, vague timelines.
  'I guarantee that {party} will approve the {thing} by {day}.',
  'As I already explained on {day}, the {doc} for reference {ref} was never sent to us.',
  'We will get the {doc} for job {ref} back to you soon.',
  'Feel free to call me anytime about the {thing}, even at the weekend, on extension {ext}.',
  'You should have read the {doc} before signing the {thing} on {n} {month}.',
  'This will never happen again with the {thing} or any job after {ref}.',
];

const FILLER_WORDS = /\{(\w+)\}/g;

/** A small deterministic generator (mulberry32), so the same seed gives the same draft. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const filled = pick(TEMPLATES).replace(FILLER_WORDS, (_, slot: string) => {
    if (slot === 'n') return String(2 + Math.floor(next() * 27));
    if (slot === 'hour') return String(8 + Math.floor(next() * 10));
    if (slot === 'ext') return String(100 + Math.floor(next() * 900));
    if (slot === 'ref') return `${pick(['INV', 'JOB', 'CASE', 'REF'])}-${10_000 + Math.floor(next() * 90_000)}`;
    if (slot === 'amount') return (100 + Math.floor(next() * 9_900)).toLocaleString('en-GB');
    return pick(SLOTS[slot] ?? ['']);
  });
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A reply of about `words` words: greeting, paragraphs of three to five sentences, sign-off. */
export function draft(words: number, seed: number): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < words) {
    const paragraph: string[] = [];
    for (let i = 3 + Math.floor(next() * 3); i > 0 && total < words; i--) {
      const text = sentence(next);
      paragraph.push(text);
      total += wordCount(text);
    }
    paragraphs.push(paragraph.join(' '));
  }
  return `Dear ${SLOTS.name?.[seed % 8]},\n\n${paragraphs.join('\n\n')}\n\nKind regards,\nSam Whitlock\nClient Services`;
}
