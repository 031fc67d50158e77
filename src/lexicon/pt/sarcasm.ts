import type { Phrase } from '../types.ts';

/** Elogios e agradecimentos que querem dizer o contrário. */
export const phrases: Phrase[] = [
  {
    pattern:
      '^(que |mas que |ah,? )?([óo]timo|maravilha|beleza|legal|perfeito|excelente|que bom)[,!]? (mais uma|outra)(?! (coisa|d[úu]vida|ideia|op[çc][ãa]o)(?![\\p{L}]))',
    rewrite: 'agradeço o aviso sobre a',
    note: 'só no começo da frase: "ótimo, mais uma dúvida" é sincero',
  },
  {
    pattern:
      '^(que |mas que |ah,? )?([óo]timo|maravilha|beleza|legal|perfeito|excelente|que bom)[,!]? (mais um|outro)(?! (ponto|detalhe)(?![\\p{L}]))',
    rewrite: 'agradeço o aviso sobre o',
  },
  {
    pattern:
      '(?<=(obrigad[oa]|agrade[çc]o) (pel[oa]|por) (seu |sua |mais )?)(terceir[oa]|quart[oa]|quint[oa]|sext[oa]|en[ée]sim[oa]|d[ée]cim[oa])(?= (e-mail|email|mensagem|liga[çc][ãa]o|reclama[çc][ãa]o|cobran[çc]a))',
    rewrite: '',
  },
  { pattern: 'n[ãa]o (somos|sou) (m[áa]gic[oa]s?|adivinh[oa]s?)|fazer milagres?' },
];

/** Agradecimento em voz alta: "obrigado MESMO" é sarcasmo; a regra exige uma palavra em maiúsculas. */
export const loudThanks: Phrase[] = [{ pattern: '(muito )?obrigad[oa] (mesmo|demais|muito)', rewrite: 'obrigado' }];
