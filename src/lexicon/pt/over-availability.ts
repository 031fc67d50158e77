import type { Phrase } from '../types.ts';

/** O resto de um "quando precisar …": começa pelo verbo ou sujeito e para antes da próxima oração. */
const CLAUSE_TAIL =
  '( (voc[êe]|algo|alguma|alguma coisa|qualquer coisa|for|tiver|sentir|quiser|precisar)( (?!(e|mas|ent[ãa]o|mesmo|inclusive|at[ée])\\b)[^\\s,.;:!?]+){0,5})?';

/**
 * Convites para falar com quem escreve, ou a disponibilidade dele. Sozinhos são normais ("qualquer
 * dúvida, pode me ligar"); com um horário sem limite prometem demais. O `rewrite` substitui todo o
 * trecho, do convite até o último horário sem limite.
 */
export const invitations: Phrase[] = [
  {
    pattern:
      '((pode(m)?|voc[êe] pode) (sempre )?)?me (liga|ligue|ligar|telefona|telefone|telefonar|chama|chame|chamar|aciona|acione|acionar|procura|procure|procurar)',
    rewrite: 'ligue para o escritório no horário de atendimento',
  },
  {
    pattern:
      '((pode(m)?|voc[êe] pode) (sempre )?)?me (manda|mande|mandar|envia|envie|enviar|escreve|escreva|escrever)( (uma )?mensage(m|ns)| um e-?mail| um whats(app)?| um zap)?',
    rewrite: 'escreva para o escritório, e eu respondo em até um dia útil',
  },
  {
    pattern:
      '(pode(m)?|voc[êe] pode) (sempre )?(ligar|telefonar|mandar mensagem)(?= (a qualquer|quando|sempre|de|[àa]|no|nos|na|nas|pela|durante|mesmo|inclusive|tamb[ée]m|at[ée])(?![\\p{L}]))',
    rewrite: 'ligue para o escritório no horário de atendimento',
    note: 'sem objeto, "pode ligar" convida a ligar para quem escreve; "pode ligar para a central" aponta outro canal',
  },
  {
    pattern: '((pode(m)?|voc[êe] pode) )?(fala|fale|falar|entr(e|ar) em contato|conversar|contar|conte) comigo',
    rewrite: 'fale com o escritório no horário de atendimento',
  },
  {
    pattern:
      '(estou|estarei|fico|ficarei)( (sempre|também|ainda))* (dispon[íi]vel|por aqui|online|de plant[ãa]o|com o celular)',
    rewrite: 'estou disponível no horário de atendimento',
  },
  {
    pattern: '(estou|fico|sigo|continuo)( sempre)? [àa] (sua |inteira )?disposi[çc][ãa]o',
    rewrite: 'estou à disposição no horário de atendimento',
    note: '"fico à disposição" é cortesia; só passa do limite com "a qualquer hora", "24 horas"',
  },
];

/** Horários sem fim: ditos da disponibilidade de quem escreve, prometem todas as horas. */
export const unboundedTimes: Phrase[] = [
  { pattern: `(a )?qualquer (hora|momento|hor[áa]rio)( do dia( ou da noite)?)?${CLAUSE_TAIL}` },
  { pattern: `(quando|sempre que|na hora que) (precisar|quiser|for preciso|der vontade)${CLAUSE_TAIL}` },
  {
    pattern:
      '(de )?dia e (de )?noite|de dia ou de noite|24 ?(horas|h)( por dia)?|24/7|toda hora|a noite toda|n[ãa]o importa (o hor[áa]rio|a hora|que horas s[ãa]o)',
  },
  {
    pattern:
      '((mesmo|at[ée]|inclusive|tamb[ée]m) )?((de|[àa]|no|nos|na|nas|pela|durante o|durante a) )(madrugada|noite|fim de semana|fins de semana|feriados?|s[áa]bados?|domingos?)( inclusive| tamb[ée]m)?',
    note: '"mesmo de madrugada", "inclusive no fim de semana"; "bom fim de semana" e "boa noite" não entram',
  },
  { pattern: '(madrugada|fins de semana|feriados)( inclusive| tamb[ée]m)?|fim de semana (inclusive|tamb[ée]m)' },
  { pattern: '(o )?fim de semana (todo|inteiro)' },
];

/** Limites que tornam o "a qualquer hora" uma janela declarada: isso é o que queremos. */
export const bounds: Phrase[] = [
  {
    pattern:
      '(durante o|no|em) (hor[áa]rio (comercial|de atendimento|de expediente|do escrit[óo]rio)|expediente)|dentro do hor[áa]rio',
  },
  { pattern: '(das|entre( as)?|a partir das|at[ée] (as|[àa]s)) {clock}|de segunda a sexta|em dias [úu]teis' },
  { pattern: '(na |nesta |na pr[óo]xima )?(segunda|ter[çc]a|quarta|quinta|sexta)(-feira)?|hoje|amanh[ãa]|esta semana' },
];

/** Antes do convite, estas palavras o retiram: "não me ligue no fim de semana". */
export const negations: Phrase[] = [{ pattern: 'n[ãa]o|nunca|evite|em vez de' }];

/** Frases que passam do limite sozinhas, a qualquer hora. */
export const overAvailable: Phrase[] = [
  {
    pattern: '(meu|o meu) (celular|n[úu]mero|telefone|whats(app)?|zap|contato)( de celular)? (pessoal|particular)',
    rewrite: 'o telefone do escritório',
    note: 'o número pessoal deixa quem escreve ao alcance a qualquer hora',
  },
  {
    pattern:
      '((pode(m)?|podem) )?me (chama|chame|chamar|manda mensagem|mande mensagem|adiciona|adicione|segue|siga) n[oa] (whats(app)?|zap|instagram|insta|facebook|telegram)',
    rewrite: 'pode ligar para o escritório no horário de atendimento',
    note: 'o WhatsApp ou a rede social pessoal tira a conversa dos canais do escritório',
  },
  {
    pattern: '(eu )?largo tudo|largo o que (estiver|estou) fazendo',
    rewrite: 'eu cuido disso no horário de atendimento',
  },
  {
    pattern: '(estou|fico) sempre (dispon[íi]vel|por aqui|online|de plant[ãa]o)',
    rewrite: 'estou disponível no horário de atendimento',
  },
  {
    pattern:
      '(eu )?(j[áa] )?(te |lhe )?(respondo|retorno|atendo) (na hora|na mesma hora|imediatamente|rapidinho|no mesmo minuto|assim que chegar)|(eu )?vou (te |lhe )?respondendo',
    rewrite: 'respondo em até um dia útil',
    note: '"vou respondendo" promete uma conversa contínua, mensagem a mensagem',
  },
  {
    pattern:
      '((deixo|vou deixar|fico com) o|(meu|o meu) celular (fica|vai ficar|est[áa])) (celular )?ligado( (a noite toda|o fim de semana (todo|inteiro)|24 ?horas|direto|o tempo todo))?',
    rewrite: 'vejo as mensagens no horário de atendimento',
  },
  {
    pattern: '(passa|passe|vem|venha|aparece|apare[çc]a) (l[áa] |aqui )?(em casa|na minha casa)',
    rewrite: 'venha ao escritório',
  },
];
