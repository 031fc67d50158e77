import type { Phrase } from '../types.ts';

/** Prazos com que o cliente não consegue se planejar. */
export const vagueTimes: Phrase[] = [
  { pattern: 'em breve|logo logo|daqui a pouco', rewrite: 'até [data]' },
  {
    pattern:
      'oportunamente|futuramente|no devido tempo|em tempo h[áa]bil|(nos|nas) pr[óo]xim(os|as) (dias|semanas|meses)',
    rewrite: 'até [data]',
    note: '"entraremos em contato oportunamente" é a forma mais comum de não dar data',
  },
  {
    pattern:
      'o (mais|quanto) (r[áa]pido|antes|breve) poss[íi]vel|o quanto antes|assim que (for )?(poss[íi]vel|der|puder(mos)?)',
    rewrite: 'até [data]',
  },
  { pattern: 'quando (a gente )?(conseguir(mos)?|puder(mos)?|der)', rewrite: 'até [data]' },
  { pattern: 'vamos ver quando (conseguimos|a gente consegue|d[áa])( encaixar)?', rewrite: 'vamos fazer até [data]' },
  {
    pattern: 'mais (pra|para a) frente|qualquer (hora|dia) dess?es|num futuro pr[óo]ximo|em algum momento',
    rewrite: 'até [data]',
  },
];

/** Um prazo vago depois de um acontecimento; só um horário logo em seguida o torna concreto. */
export const vagueAfter: Phrase[] = [{ pattern: '(logo|pouco) (depois|ap[óo]s)( disso)?', rewrite: 'até [data]' }];

/** Palavras que fazem do prazo vago um compromisso. */
export const commitmentCues: Phrase[] = [
  {
    pattern:
      'vamos|vou|vai|v[ãa]o|ser[áa]|ir[áa]|a gente|sai|fica|ficar[áa]|podemos|posso|retorn\\w*|analisar|resolver',
  },
  {
    pattern:
      '(te |lhe |o |a |vos )?(aviso|ligo|retorno|envio|mando|falo|respondo|confirmo|resolvo|verifico|passo)(?![\\p{L}])|(est[áa]|estamos|est[ãa]o|t[áa]) (\\p{L}+ )?(trabalhando|resolvendo|analisando|verificando|providenciando)|em andamento',
    note: 'o presente do "eu" também promete ("assim que possível te aviso"), e o trabalho em curso também ("nossa equipe está trabalhando para normalizar o sinal o mais rápido possível")',
  },
  {
    pattern: '\\p{L}{2,}(amos|emos|imos)',
    note: 'o presente do "nós" fala do futuro próximo: "Em breve enviamos o boleto", "resolvemos em breve"',
  },
];

/**
 * O prazo vago é do leitor ou é um desejo, não um compromisso de quem escreve ("Poderia me enviar
 * o quanto antes para podermos protocolar?", "Espero que você melhore logo"). Vale para a mesma oração.
 */
export const notTheWritersPromise: Phrase[] = [
  { pattern: 'por favor|favor (enviar|mandar|responder)', note: 'um pedido ao leitor' },
  {
    pattern: 'poderia(m)?|(voc[êe]|vc|o senhor|a senhora) (pode|poderia|consegue)|pode(m)? me',
    note: 'pergunta ou pedido ao leitor',
  },
  { pattern: 'me (envie|mande|manda|passe|passa|responda|retorne)', note: 'um pedido ao leitor' },
  { pattern: 'espero que (voc[êe]|vc|o senhor|a senhora|tudo)', note: 'um desejo, não um prazo' },
];

/**
 * Entre o pedido e o prazo vago, estas palavras abrem uma oração de quem escreve, e o pedido deixa
 * de valer: "Por favor, fique tranquila, vamos resolver em breve".
 */
export const clauseBreaks: Phrase[] = [
  { pattern: '[;:\u2013\u2014]' },
  { pattern: 'eu|n[óo]s|a gente|vamos|vou|podemos|posso' },
];
