import type { Phrase } from '../types.ts';

const RECUR = '(se )?(acontecer|repetir|ocorrer)( de novo| novamente| mais)?';

/** "Nunca mais": ninguém pode prometer. A reescrita promete esforço, não resultado. */
export const recurrences: Phrase[] = [
  {
    pattern: `(isso|isto|o que aconteceu|esse (tipo de )?(problema|erro|transtorno)|algo (assim|parecido)|o mesmo) (nunca mais|jamais|n[ãa]o) (vai|ir[áa]|volta a|voltar[áa] a) ${RECUR}`,
    rewrite: 'vamos fazer todo o possível para que isso não se repita',
  },
  {
    pattern: `nunca mais (vai|ir[áa]) ${RECUR}|n[ãa]o (vai|ir[áa]) (mais )?(se )?(acontecer|repetir|ocorrer) (de novo|novamente|mais)|(nunca mais|n[ãa]o|jamais) se repetir[áa]|n[ãa]o voltar[áa] a (acontecer|ocorrer)`,
    rewrite: 'não deve se repetir',
  },
];

/** Problema dado como encerrado para sempre; a regra troca "vai" por "deve". */
export const endings: Phrase[] = [
  {
    pattern:
      '(nunca mais|n[ãa]o) (vai|v[ãa]o|ir[áa]|ir[ãa]o) (ter|haver) (mais )?(nenhum[a]? )?(problemas?|falhas?|quedas?|atrasos?|vazamentos?|falta)',
  },
];

/** Conserto chamado de definitivo: as palavras podem sair. */
export const permanence: Phrase[] = [
  {
    pattern:
      '(de vez|para sempre|definitivamente)(?<=(resolv|consert|corrig|arrum)\\p{L}*( [\\p{L}-]+){0,4} (de vez|para sempre|definitivamente))',
    rewrite: '',
  },
];
