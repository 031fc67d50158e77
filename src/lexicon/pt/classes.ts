import type { WordClasses } from '../types.ts';

/** Word classes shared by the Portuguese phrase lists. */
export const classes: WordClasses = {
  weekday: '(segunda|ter[çc]a|quarta|quinta|sexta)(-feira)?|s[áa]bado|domingo',
  month: 'janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
  clock: '\\d{1,2} ?h( ?\\d{2})?|\\d{1,2}:\\d{2}|meio-dia|meia-noite',
  number: '\\d+|um|uma|dois|duas|tr[êe]s|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta',
  'time-unit': '(minutos?|horas?|dias?( [úu]teis)?|semanas?|m[êe]s|meses)',
};
