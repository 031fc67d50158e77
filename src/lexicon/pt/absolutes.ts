import type { Phrase } from '../types.ts';

/** Generalizações sobre o cliente: "você sempre", "o senhor nunca". */
export const phrases: Phrase[] = [
  {
    pattern:
      '(voc[êe]|voc[êe]s|o senhor|a senhora|os senhores|as senhoras) (sempre|nunca|jamais)(?! (foi|foram|esteve|estiveram|teve|tiveram|[ée]|s[ãa]o|pode|podem|poder[áa]|poder[ãa]o|ter[áa]|ter[ãa]o|ser[áa]|ser[ãa]o|vai|v[ãa]o|precisa|precisam|precisar[áa]|est[áa] sozinh)(?![\\p{L}]))',
    note: '"você sempre pode nos ligar" é um convite e fica de fora',
  },
  { pattern: 'toda (santa )?vez que (voc[êe]|o senhor|a senhora)', rewrite: 'quando' },
  {
    pattern:
      '(j[áa] )?[ée] a (segunda|terceira|quarta|quinta|en[ée]sima) vez (que (voc[êe]|o senhor|a senhora)|(s[óo] )?(esta|nesta) semana|(s[óo] )?hoje|(s[óo] )?(este|neste) m[êe]s)',
    note: 'contar as repetições do cliente',
  },
];

/** Palavras mais brandas no lugar das absolutas. */
export const softer: Readonly<Record<string, string>> = {
  sempre: 'às vezes',
  nunca: 'nem sempre',
  jamais: 'nem sempre',
};
