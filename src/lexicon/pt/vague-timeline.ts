import type { Phrase } from '../types.ts';

/** Prazos com que o cliente não consegue se planejar. */
export const vagueTimes: Phrase[] = [
  { pattern: 'em breve|logo logo|daqui a pouco', rewrite: 'até [data]' },
  {
    pattern: 'o (mais|quanto) (r[áa]pido|antes) poss[íi]vel|o quanto antes|assim que (poss[íi]vel|der|puder(mos)?)',
    rewrite: 'até [data]',
  },
  { pattern: 'quando (a gente )?(conseguir(mos)?|puder(mos)?|der)', rewrite: 'até [data]' },
  { pattern: 'vamos ver quando (conseguimos|a gente consegue|d[áa])( encaixar)?', rewrite: 'vamos fazer até [data]' },
  {
    pattern: 'mais (pra|para a) frente|qualquer (hora|dia) dess?es|num futuro pr[óo]ximo|em algum momento',
    rewrite: 'até [data]',
  },
];

/** Palavras que fazem do prazo vago um compromisso. */
export const commitmentCues: Phrase[] = [
  {
    pattern:
      'vamos|vou|vai|v[ãa]o|ser[áa]|ir[áa]|a gente|sai|fica|ficar[áa]|podemos|posso|retorn\\w*|analisar|resolver',
  },
];
