import type { Phrase } from '../types.ts';

/** O que pode vir antes da vírgula do lembrete: "Como já expliquei na última reunião,". */
const TAIL = '( [^,.;:!?]{1,60})?,';

/** Falar de cima para baixo: lembretes de que o cliente deveria ter prestado atenção. */
export const phrases: Phrase[] = [
  {
    pattern:
      '(o senhor|a senhora|voc[êe]|os senhores|as senhoras) (foi|foram) (devidamente|previamente|claramente|expressamente|formalmente) (informad[oa]s?|avisad[oa]s?|notificad[oa]s?|comunicad[oa]s?|alertad[oa]s?)( de que| que)?',
    rewrite: 'lembramos que',
    note: '"o senhor foi devidamente informado": o leitor já sabia e não prestou atenção',
  },
  {
    pattern:
      '(o senhor|a senhora|voc[êe]|os senhores|as senhoras) (foi|foram) (informad[oa]s?|avisad[oa]s?|notificad[oa]s?|alertad[oa]s?) (v[áa]rias|muitas|diversas) vezes',
    note: '"a senhora foi avisada várias vezes": a contagem das vezes diz que a leitora não prestou atenção',
  },
  {
    pattern: `(como|conforme) (eu |nós )?(já )?(expliquei|explicamos|disse|dissemos)${TAIL}`,
    rewrite: 'recapitulando,',
    note: '"como eu disse" e "como já expliquei" cobram atenção do cliente',
  },
  {
    pattern: `(como|conforme) (eu |nós )?(já )(falei|falamos|informei|informamos|mencionei|mencionamos|avisei|avisamos|comentei|comentamos)${TAIL}`,
    rewrite: 'recapitulando,',
    note: 'sem o "já", "como falei" é neutro',
  },
  {
    pattern: `(como|conforme) (já )?(foi )?(informado|explicado|mencionado|dito|comunicado|avisado|esclarecido)( anteriormente| antes| várias vezes| mais de uma vez)${TAIL}`,
    rewrite: 'recapitulando,',
  },
  {
    pattern: `(como|conforme) já (foi )?(informado|explicado|mencionado|dito|comunicado|avisado|esclarecido)${TAIL}`,
    rewrite: 'recapitulando,',
  },
  {
    pattern:
      '(como|conforme) (eu )?(já )?(expliquei|disse)|(conforme|como) (já )?(foi )?(informado|explicado|dito) anteriormente',
    rewrite: '',
    note: 'o mesmo lembrete sem vírgula: só as palavras saem',
  },
  {
    pattern:
      'n[ãa]o sei (mais |mesmo )?como (deixar (isso|isto) (mais )?claro|explicar (isso |isto )?(de outra (forma|maneira)|melhor|mais claramente)|explicar de novo)',
  },
  { pattern: '(vou|deixa eu|deixe-me) explicar (de novo|novamente|outra vez|mais uma vez)( de forma mais simples)?' },
  {
    pattern: '(eu )?j[áa] (te |lhe |lhes |vos )?(falei|disse|expliquei|avisei) que',
    rewrite: 'confirmo que',
    note: '"já falei que…" cobra que o cliente ouça de novo; "já falei com o banco" relata um passo e fica de fora',
  },
  {
    pattern:
      '(eu )?j[áa] (te |lhe |lhes |vos )?(falei|disse|expliquei|avisei) (v[áa]rias vezes|mil vezes|(isso|isto) (v[áa]rias vezes|mil vezes|antes)|(isso|isto)(?=\\s*([.,;!]|$)))',
  },
  {
    pattern:
      '([ée]|isso [ée]|[ée] realmente|[ée] muito) (muito |bem |super |realmente )?(simples|f[áa]cil)(?=\\s*([.!:;,]|$))',
    note: '"é muito simples." fecha o assunto; "é simples agendar pelo site" ajuda',
  },
  {
    pattern:
      'n[ãa]o [ée] (t[ãa]o |nada |nem um pouco )?(complicado|dif[íi]cil)(?! (de|para|entender|imaginar|ver|perceber|compreender)(?![\\p{L}]))',
  },
  { pattern: 'com todo (o )?respeito', rewrite: '' },
  { pattern: 'pela (última|ultima|milésima|en[ée]sima) vez', rewrite: '' },
  {
    pattern:
      'da pr[óo]xima vez,? (por favor,? )?(leia|leiam|confira|confiram|verifique|verifiquem|olhe|preste aten[çc][ãa]o)',
    note: 'manda o cliente ler o que recebeu',
  },
  {
    pattern: '(^|por favor,? )pare(m)? de (ligar|mandar|enviar|escrever|reclamar|insistir|cobrar|copiar|pesquisar|ler)',
  },
  {
    pattern: '(est[áa]|est[ãa]o|fica|ficam) (exagerando|fazendo drama|nervos[oa]s? [àa] toa)',
  },
];

/** Dizer ao cliente como ele deve se sentir. */
export const tonePolicing: Phrase[] = [
  { pattern: '(fique|fica|fiquem) calm[oa]s?', rewrite: 'entendo que isso é estressante' },
  {
    pattern: '(acalme-se|se acalme|tenha calma|tenham calma|mantenha a calma|^calma)',
    rewrite: 'entendo que isso é estressante',
  },
  { pattern: 'n[ãa]o precisa (gritar|se exaltar|ficar (t[ãa]o )?(nervos[oa]|bravo|brava|irritad[oa]))' },
];

/** Palavras que ainda soam superiores; sozinhas, só uma dica de estilo. */
export const mild: Phrase[] = [{ pattern: 'obviamente|evidentemente', rewrite: '' }];
