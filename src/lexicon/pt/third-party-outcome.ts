import type { Phrase } from '../types.ts';

/** Toda afirmação abaixo passa por uma destas palavras; sem elas a frase é pulada logo. */
export const futureCues: Phrase[] = [{ pattern: 'vai|v[ãa]o|vamos|ir[áa]|ir[ãa]o|ser[áa]|ser[ãa]o' }];

// Sem etiquetador para o português: o sujeito de fora vem na própria frase ({third-party}). A regra
// troca o verbo de futuro por "deve"/"devem".
/** "Nossa empresa", "meu fornecedor": do lado de quem escreve, não é terceiro. */
const NOT_OURS = '(?<!(nossa|nosso|nossas|nossos|minha|meu) )';
const VAI = '(vai|v[ãa]o|ir[áa]|ir[ãa]o)( (certamente|com certeza|definitivamente))?';

/** Decisões de terceiros dadas como certas ("o juiz vai dar ganho de causa"). */
export const decisions: Phrase[] = [
  {
    pattern: `${NOT_OURS}{third-party} ${VAI} (aprovar|liberar|pagar|conceder|deferir|aceitar|acatar|cobrir|indenizar|reembolsar|concordar|assinar|dar (ganho|raz[ãa]o|parecer favor[áa]vel)|ganhar|julgar (a favor|procedente)|decidir a favor|homologar|devolver|restituir|resolver|cancelar|retirar|condenar|mandar ([oa]s? )?\\p{L}+ (devolver|pagar|indenizar|restituir|reembolsar|cancelar))`,
    note: '"o juiz vai mandar o banco devolver tudo" decide pelo juiz',
  },
];

/** Decisão no passivo ("o financiamento vai ser aprovado"), de quem quer que seja. */
export const passives: Phrase[] = [
  {
    pattern:
      '((vai|v[ãa]o|ir[áa]|ir[ãa]o) ser|ser[áa]|ser[ãa]o) (certamente |com certeza )?(aprovad|liberad|deferid|concedid|aceit|pag|indenizad|reembolsad|homologad|restitu[íi]d|julgad[oa]s? procedente)[oa]?s?',
  },
  {
    pattern:
      '(multa|penalidade|juros|cobran[çc]a|autua[çc][ãa]o|processo|a[çc][ãa]o|execu[çc][ãa]o|d[íi]vida) ((vai|v[ãa]o|ir[áa]|ir[ãa]o) ser|ser[áa]|ser[ãa]o) (cancelad|retirad|anulad|arquivad|suspens|perdoad)[oa]s?',
  },
];

/** Prazo de terceiro dado como fato; a regra ainda exige uma data concreta na frase. */
export const timetables: Phrase[] = [
  {
    pattern: `${NOT_OURS}{third-party} ${VAI} (entregar|chegar|vir|aparecer|estar a[íi]|estar l[áa]|ligar|responder|terminar|concluir|instalar|consertar|trocar|ficar pront[oa])`,
  },
];

/** Resultados que ninguém controla, seja quem for o sujeito. */
export const results: Phrase[] = [
  {
    pattern:
      '(vamos|vai|v[ãa]o|ir[áa]|ir[ãa]o) (ganhar (a causa|o processo|essa|isso|a a[çc][ãa]o)|conseguir (a|o) (aprova[çc][ãa]o|restitui[çc][ãa]o|visto|financiamento|indeniza[çc][ãa]o|benef[íi]cio|aposentadoria)|viralizar|dobrar (as|os|o|a) \\p{L}+)',
  },
];
