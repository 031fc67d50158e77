import type { Phrase } from '../types.ts';

/** Quem lê, nas formas de tratamento comuns. */
const CLIENTE = '(voc[êe]|voc[êe]s|o senhor|a senhora|os senhores|as senhoras|sua equipe|seu time|sua empresa)';

/** Acusar o cliente: a culpa é dele, ele deveria ter feito. */
export const phrases: Phrase[] = [
  {
    pattern: `${CLIENTE} (deveria|devia|deveriam|deviam|devera) ter (\\p{L}+(ado|ido|to|sto|ito|eito))`,
    note: '"o senhor deveria ter sido avisado" assume a falha do escritório e fica de fora',
  },
  {
    pattern:
      '(?<!n[ãa]o )(a culpa [ée]|foi culpa|[ée] culpa) (sua|de voc[êe]s?|do senhor|da senhora|dos senhores|da sua equipe)|por culpa (sua|de voc[êe]s?|do senhor|da senhora)',
    note: '"não é culpa sua" é gentileza',
  },
  {
    pattern: `(?<!(se|caso|quando) )${CLIENTE} (entendeu mal|entenderam mal|se confundiu|se confundiram|interpretou mal|interpretaram mal|est[áa] errad[oa]|est[ãa]o errad[oa]s)`,
  },
  { pattern: `como ${CLIENTE} (j[áa] )?(deveria|devia|deve|deveriam) saber` },
  { pattern: `${CLIENTE} (chegou|chegaram) ([\\p{L}\\d]+ ){0,3}atrasad[oa]s?` },
  {
    pattern: `(?<!(se|caso|quando) )${CLIENTE} (n[ãa]o|nunca) (enviou|enviaram|mandou|mandaram|leu|leram|respondeu|responderam|pagou|pagaram|assinou|assinaram|seguiu|seguiram|avisou|avisaram|informou|informaram|compareceu|compareceram|trouxe|trouxeram|preencheu|preencheram)`,
  },
  {
    pattern: `(?<!(se|caso|quando) )${CLIENTE} (esqueceu|esqueceram|deixou de|deixaram de|ignorou|ignoraram|se recusou a)`,
  },
  {
    pattern: `(porque|pois|por causa d[oa]s?) ${CLIENTE} (n[ãa]o|nunca|mudou|mudaram|alterou|alteraram|atrasou|atrasaram|esqueceu|esqueceram|apagou|apagaram|clicou|clicaram)`,
  },
  {
    pattern: `(se|caso) ${CLIENTE} (tivesse|tivessem) [^.;!?]{1,80}?(n[ãa]o )?((teria|saberia|veria|entenderia|perceberia|evitaria|poderia)m?|ter[íi]amos|poder[íi]amos)`,
    note: 'a contrafactual que põe o resultado na conta do cliente: "se a senhora tivesse lido o contrato, saberia…"',
  },
];
