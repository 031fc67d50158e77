import type { Phrase } from '../types.ts';

/** Encerrar a conversa: esconder-se atrás da política, dar de ombros. */
export const phrases: Phrase[] = [
  {
    pattern:
      '((essa|esta) )?[ée] a (nossa )?(pol[íi]tica|regra|norma)( d[ao] [\\p{L}-]+)?(?=\\s*([.!;,]|$| e ))|(s[ãa]o|essas s[ãa]o) as regras|regras s[ãa]o regras',
  },
  { pattern: 'n[ãa]o (fazemos|abrimos) exce[çc][õo]es|sem exce[çc][õo]es' },
  {
    pattern:
      '(pol[íi]tica|regra|norma)( d[ao] (empresa|cl[íi]nica|casa|loja|escola|condom[íi]nio|imobili[áa]ria))? e ponto( final)?',
    note: '"é política da empresa e ponto": o assunto encerrado',
  },
  {
    pattern:
      'n[ãa]o h[áa] nada (mais )?que ((eu|n[óo]s|a gente) )?(possa|possamos|se possa) fazer|n[ãa]o (tenho|temos) (mais )?(nada|o que) (a |para )?fazer|n[ãa]o (posso|podemos) fazer nada',
  },
  {
    pattern: 'n[ãa]o [ée] (um )?problema (meu|nosso)|n[ãa]o [ée] culpa (minha|nossa)|a culpa n[ãa]o [ée] (minha|nossa)',
  },
  { pattern: 'n[ãa]o [ée] (de )?(minha|nossa) responsabilidade|(estou|estamos) de m[ãa]os atadas' },
  { pattern: '[ée] o que [ée]|[ée] assim que funciona|as coisas s[ãa]o assim' },
  { pattern: '(isso|essas coisas|tudo) (leva|levam) tempo|fica pronto quando ficar pronto' },
  {
    pattern: 'n[ãa]o adianta (nada )?(ligar|mandar|insistir|reclamar|ficar ligando|ficar mandando|cobrar|gritar)',
  },
  { pattern: 'isso (simplesmente |absolutamente )?n[ãa]o [ée] verdade|simplesmente n[ãa]o [ée] verdade' },
];
