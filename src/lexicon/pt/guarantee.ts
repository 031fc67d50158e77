import type { Phrase } from '../types.ts';

/** Uma negação logo antes do verbo ("não garanto", "não te prometo") desfaz a promessa. */
const NOT_NEGATED = '(?<!(n[ãa]o|nunca|jamais)( \\p{L}+){0,2} \\p{L}+)';

/** Palavras que avalizam o que vem depois ("garanto que o juiz vai…"); só contam com uma afirmação em seguida. */
export const vouchers: Phrase[] = [
  {
    pattern: `(eu )?(te |lhe |lhes |vos )?(garanto|prometo|asseguro|juro)${NOT_NEGATED}( (a|ao|[àa]|para) (voc[êe]s?|senhora?|sra\\.?|sr\\.?))?( que)?`,
    rewrite: 'acredito que',
  },
  {
    pattern: `(posso|podemos)${NOT_NEGATED} (te |lhe )?(garantir|prometer|assegurar)( (a|ao|[àa]|para) (voc[êe]s?|senhora?))?( que)?`,
    rewrite: 'acredito que',
  },
  { pattern: '(pode|podem) ter (a )?certeza( absoluta)?( de)?( que)?', rewrite: 'acredito que' },
  {
    pattern: '(tenho|temos) (toda a |a |(100|cem)\\s*(%|por cento) de )?certeza( absoluta)?( de)?( que)?',
    rewrite: 'acredito que',
  },
];

/** Certeza em qualquer ponto da oração ("com certeza", "sem dúvida"), antes ou depois da afirmação. */
export const tags: Phrase[] = [
  { pattern: 'com (toda (a )?)?certeza( absoluta)?', rewrite: 'provavelmente' },
  { pattern: 'sem (sombra de )?d[úu]vidas?', rewrite: 'provavelmente' },
  { pattern: ',\\s*(garantido|pode escrever|pode apostar|pode ter certeza)', rewrite: ', mas não posso garantir' },
];

/** Expressões que dão o resultado como fechado. */
export const settled: Phrase[] = [
  { pattern: '(est[áa]|t[áa]|[ée]) garantid[oa]', rewrite: 'é provável' },
  {
    pattern:
      '(j[áa] )?(est[áa]|t[áa]) no papo|(s[ãa]o|[ée]) favas contadas|(a )?causa (j[áa] )?(est[áa] |t[áa] )?ganha',
    rewrite: 'estamos numa boa posição',
  },
  {
    pattern: 'pode (deixar|considerar) (que )?(est[áa]|t[áa]) feito|(considere|pode considerar) (feito|resolvido)',
    rewrite: 'vou cuidar da minha parte e confirmo até [dia]',
  },
  {
    pattern: '(nunca|jamais)(?= (perdemos|atrasamos|falhamos|erramos|deixamos de cumprir))',
    rewrite: 'raramente',
    note: 'histórico dado como lei: "nunca atrasamos"',
  },
];

/** O que faz do trecho uma afirmação sobre o futuro ou um resultado (o português usa muito o presente). */
export const claimCues: Phrase[] = [
  {
    pattern:
      'vai|v[ãa]o|ir[áa]|ir[ãa]o|ser[áa]|ser[ãa]o|(\\p{L}+(rá|rão))|nunca|jamais|sempre|tudo|nada|sai|fica|libera|aprova|paga|ganha|resolve|chega|funciona|d[áa] certo|at[ée]',
  },
];

/** O próprio próximo passo de quem escreve, ou compreensão ("com certeza, vou verificar"; "com certeza entendo"). */
export const ownSteps: Phrase[] = [
  {
    pattern:
      '^(que |e |,\\s*)?((eu )?(vou|vamos|irei|iremos|a gente vai)( (te|lhe))? |(eu )?(te |lhe )?)(ligar|ligo|retorn\\p{L}*|envi\\p{L}*|mand\\p{L}*|respond\\p{L}*|verific\\p{L}*|ver|olh\\p{L}*|analis\\p{L}*|acompanh\\p{L}*|avis\\p{L}*|informar|atualiz\\p{L}*|cuidar|conversar|falar|passar|estar (l[áa]|a[íi]|presente)|fazer (o|todo o) poss[íi]vel)',
  },
  { pattern: '^(,\\s*)?(eu )?(entendo|compreendo|concordo|sei)' },
];
