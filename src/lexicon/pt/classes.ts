import type { WordClasses } from '../types.ts';

/** Word classes shared by the Portuguese phrase lists. */
export const classes: WordClasses = {
  weekday: '(segunda|ter[çc]a|quarta|quinta|sexta)(-feira)?|s[áa]bado|domingo',
  month: 'janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
  clock: '\\d{1,2} ?h( ?\\d{2})?|\\d{1,2}:\\d{2}|meio-dia|meia-noite',
  number: '\\d+|um|uma|dois|duas|tr[êe]s|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|trinta',
  /**
   * Quem decide ou entrega fora do escritório: Justiça, órgãos públicos, bancos e seguradoras, a
   * outra parte, fornecedores e prestadores. A equipe do próprio escritório não entra aqui.
   */
  'third-party':
    '(o |a |os |as )?(outra parte|parte contr[áa]ria|r[ée]u|r[ée]|autor|ju[íi]za?|justi[çc]a|tribunal|vara|c[âa]mara|turma|j[úu]ri|banca|comiss[ãa]o|conselho|prefeitura|[óo]rg[ãa]o|receita( federal)?|inss|detran|cart[óo]rio|governo|ag[êe]ncia|banco|financeira|seguradora|plano de sa[úu]de|operadora|locador|propriet[áa]rio|s[íi]ndico|condom[íi]nio|empregador|empresa|comprador|vendedor|fornecedor|fabricante|transportadora|correios|construtora|empreiteir[oa]|eletricista|encanador|pedreiro|perito|especialista|cirurgi[ãa]o|hospital|fiscal|auditor(ia)?)',
  /** Palavras que fazem da afirmação uma expectativa, uma condição ou o relato de outra pessoa. */
  hedge:
    'acredit(o|amos)|acho|achamos|cre(io|mos)|esper(o|amos|a-se|ança)|expectativa|prov[áa]ve(l|is)|provavelmente|possivelmente|talvez|dev(e|em|emos|eria|eriam)|poder(á|ão|ia|iam)|pode ser|a previs[ãa]o|previsto|prevemos|estima(mos|tiva)|se (voc[êe]s?|o|a|os|as|tudo|nada|houver|for|forem|tiver|tiverem|puder|der|eles?|elas?|a gente|n[óo]s)|caso|desde que|a menos que|n[ãa]o (posso|podemos|d[áa] para|tem como|consigo|conseguimos) (\\p{L}+ )?(garantir|prometer|prever|afirmar|dizer|saber)|n[ãa]o (garanto|prometo|sei)|sem garantia|n[ãa]o (é|está) garantid[oa]|(fazer|faremos|vamos fazer|farei|vou fazer) (o|todo o) poss[íi]vel|tent(ar|aremos|arei)|(vamos|vou) tentar|depende|dependendo|normalmente|geralmente|costuma|em geral|informou|informaram|disse(ram)?|segundo|de acordo com|confirmou|confirmaram',
  'time-unit': '(minutos?|horas?|dias?( [úu]teis)?|semanas?|m[êe]s|meses)',
};
