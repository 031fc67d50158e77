import type { Phrase } from '../types.ts';

/** Momentos e prazos concretos: o leitor consegue pôr na agenda. */
export const concreteTimes: Phrase[] = [
  { pattern: '{weekday}', note: 'um dia da semana' },
  { pattern: 'hoje|amanh[ãa]|hoje [àa] noite', note: 'um dia nomeado' },
  { pattern: 'dia \\d{1,2}|\\d{1,2} de {month}', note: '"dia 10", "10 de março"' },
  { pattern: '\\d{1,2}/\\d{1,2}(/\\d{2,4})?', note: 'datas numéricas' },
  { pattern: '(às|as|at[ée] as|at[ée] às) {clock}|{clock}', note: 'um horário' },
  { pattern: '(em|dentro de|no prazo de|at[ée]) {number} {time-unit}', note: 'um intervalo definido' },
  { pattern: 'at[ée] o fim (do dia|da semana|do m[êe]s)', note: 'um prazo declarado' },
  { pattern: 'no mesmo dia', note: 'resposta no mesmo dia' },
];
