import type { Phrase } from '../types.ts';

/** Desculpas que põem o problema no sentimento do cliente, não no que aconteceu. */
export const phrases: Phrase[] = [
  {
    pattern:
      '(lamento|lamentamos|sinto muito|sentimos muito|desculpe|me desculpe|pe[çc]o desculpas?|pedimos desculpas?) (que|se) (voc[êe]|o senhor|a senhora|voc[êe]s|os senhores) (se sinta|se sente|se sentiu|tenha se sentido|pense|ache|veja as coisas) (assim|dessa forma|desse jeito|dessa maneira)',
    rewrite: 'sinto muito que isso tenha sido tão frustrante',
    note: '"entendo por que a senhora se sente assim" é validação',
  },
  {
    pattern:
      '(lamento|lamentamos|sinto muito|sentimos muito|desculpe|me desculpe|pe[çc]o desculpas?|pedimos desculpas?) se (voc[êe]|o senhor|a senhora|voc[êe]s|algu[ée]m|meu|minha|nosso|nossa|isso) … (ofendid[oa]s?|chatead[oa]s?|magoad[oa]s?|ofendeu|chateou|magoou)',
    rewrite: 'sinto muito pelo incômodo que isso causou',
  },
];
