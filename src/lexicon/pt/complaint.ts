import type { Phrase } from '../types.ts';

/**
 * Sinais, na mensagem do próprio cliente, de reclamação, preocupação ou frustração. Um pedido
 * neutro ("Pode me mandar o formulário?") não tem nenhum, e a resposta não precisa reconhecer nada.
 */
export const clientComplaint: Phrase[] = [
  {
    pattern:
      'frustrad[oa]s?|frustra[çc][ãa]o|frustrante|chatead[oa]s?|irritad[oa]s?|indignad[oa]s?|revoltad[oa]s?|furios[oa]s?|(estou|fiquei|t[ôo]|estamos|ficamos) brav[oa]s?|insatisfeit[oa]s?|decepcionad[oa]s?|decep[çc][ãa]o|desapontad[oa]s?|cansad[oa]s? de',
    note: 'o cliente diz como se sente',
  },
  {
    pattern:
      'preocupad[oa]s?|preocupante|ansios[oa]s?|nervos[oa]s?|assustad[oa]s?|angustiad[oa]s?|estressad[oa]s?|com medo',
    note: 'a preocupação conta tanto quanto a raiva',
  },
  {
    pattern:
      'absurd[oa]|inaceit[áa]vel|rid[íi]cul[oa]|vergonha|desrespeito|falta de respeito|descaso|p[ée]ssim[oa]|horr[íi]vel|reclama[a-zà-öø-ÿ]*|reembolso|(meu|nosso) dinheiro de volta|procon|reclame aqui',
  },
  {
    pattern:
      'at[ée] agora (nada|n[ãa]o|sem)|ainda n[ãa]o|ainda (estou|estamos|continuo|continua|sigo) (esperando|aguardando|sem)|nunca (chegou|recebi|responderam|retornaram|ligaram)|ningu[ée]m (me )?(respondeu|retornou|ligou|atendeu|resolveu|apareceu)',
    note: 'espera e cobrança',
  },
  {
    pattern:
      '(caiu|quebrou|parou|falhou|aconteceu|atrasou|errou|erraram|vazou) (de novo|outra vez|mais uma vez)|pela (segunda|terceira|quarta|quinta|en[ée]sima) vez|quantas vezes|todo santo dia',
    note: 'repetição; um "mais uma vez, obrigado" não é reclamação',
  },
  {
    pattern:
      'sem (resposta|retorno|luz|energia|[áa]gua|internet|sinal|aquecimento)|n[ãa]o (funciona|est[áa] funcionando|abre|liga|carrega|conecta)|parou de funcionar|quebr(ad[oa]|ou)|vazamento|vazando|estragad[oa]|com defeito|errad[oa]|cobran[çc]a indevida|cobrad[oa] (duas vezes|a mais)',
    note: 'um defeito com que o cliente está convivendo',
  },
  {
    pattern: 'atras(o|ad[oa]s?|ou)|demora(ndo|do|u)?|por que (n[ãa]o|ainda)|cad[êe]|at[ée] quando|!!|\\?!|!\\?',
  },
];

/**
 * Sinais, só na resposta, de que ela responde a um cliente insatisfeito: um pedido de desculpas ou
 * um sentimento nomeado, a menção à reclamação, ou o rebate e o "fique tranquilo" que só um leitor
 * chateado recebe.
 */
export const draftComplaint: Phrase[] = [
  {
    pattern: 'desculp[a-zà-öø-ÿ]*|(sinto|sentimos) muito|lament(o|amos)',
    note: 'até uma desculpa vazia mostra que algo deu errado',
  },
  {
    pattern:
      'frustra[a-zà-öø-ÿ]*|chatead[a-zà-öø-ÿ]*|chatea[çc][ãa]o|preocupa[çc][ãa]o|preocupad[oa]|ansios[a-zà-öø-ÿ]*|nervos[oa]|reclama[a-zà-öø-ÿ]*|insatisf[a-zà-öø-ÿ]*|transtorno|(o|esse|este) atraso|a demora',
  },
  { pattern: '(entendo|compreendo),? mas', note: 'reconhecer para rebater ainda mostra que houve reclamação' },
  {
    pattern:
      'fi(que|ca) calm[oa]|acalme-se|conforme (j[áa] )?(informad[oa]|explicad[oa]|dito)|como (j[áa] )?(expliquei|informei|disse|falei|dissemos|explicamos|informamos)|n[ãa]o sei (mais )?como (deixar|explicar)',
  },
  {
    pattern:
      'culpa (é )?(sua|do senhor|da senhora)|n[ãa]o (h[áa]|tem) nada que (eu|n[óo]s|a gente) (possa|possamos|pode)|(voc[êe]|o senhor|a senhora) (sempre|nunca)|(fique|fica|pode ficar) tranquil[oa]|n[ãa]o se preocupe|da pr[óo]xima vez|(que [óo]timo|que maravilha),? mais uma?|!!|\\?!|!\\?|(nesse|neste) tom|n[ãa]o (teremos|vamos ter) (outra )?(escolha|op[çc][ãa]o)',
    note: 'rebate, culpa e "fique tranquilo" respondem a uma reclamação, seja qual for o tom',
  },
];
