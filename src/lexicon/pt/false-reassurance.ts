import type { Phrase } from '../types.ts';

/** Tranquilizar dando o resultado como certo; "fique calmo" é escalada, não entra aqui. */
export const dismissals: Phrase[] = [
  {
    pattern: '(pode |podem )?(ficar|fique|fica|fiquem) (tranquil[oa]s?|sossegad[oa]s?|despreocupad[oa]s?)',
    rewrite: 'vou acompanhar tudo de perto',
  },
  {
    pattern:
      'n[ãa]o (se )?preocupe(m)?(?!\\s+com)|n[ãa]o precisa(m)? (se )?preocupar(?!\\s+com)|n[ãa]o (h[áa]|tem) (nada )?(com o )?que se preocupar|n[ãa]o (h[áa]|tem) (nada|motivo|raz[ãa]o|por que) (para |pra |com que |de )?se preocupar|nada (com que|para|pra) se preocupar',
    rewrite: 'vou acompanhar tudo de perto',
    note: '"não se preocupe com o atraso do formulário" é sobre uma tarefa, não sobre o resultado',
  },
  { pattern: 'n[ãa]o [ée] nada (grave|s[ée]rio|preocupante|demais)', rewrite: 'provavelmente não é grave' },
];

/** Bom resultado dado como certo; a regra troca "vai" por "deve". */
export const outcomes: Phrase[] = [
  { pattern: 'vai (dar|ficar) tudo (certo|bem)|tudo (vai|ir[áa]) (dar certo|ficar bem|se resolver)' },
];
