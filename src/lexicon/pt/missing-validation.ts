import type { Phrase } from '../types.ts';

/** Intensificadores entre o verbo e o sentimento ("muito", "sempre", "tão"). */
const DEGREE = '((muito|bem|realmente|super|t[ãa]o|sempre|extremamente|bastante|um|uma) )*';

/** O que a situação é para o cliente; seguro depois de um simples "é" ("reforma é sempre estressante"). */
const EMOTIVE =
  '(estressante|frustrante|angustiante|desgastante|cansativ[oa]|preocupante|assustador[a]?|desagrad[áa]vel|' +
  'horr[íi]vel|p[ée]ssim[oa]|doloros[oa]|chat[oa]|pesad[oa]|triste|dif[íi]cil(?! (de )?(dizer|prever|saber|garantir|afirmar)))';

/** Pelo que agradecer mostra que a preocupação foi ouvida (não "pelo seu e-mail"). */
const HEARD =
  '((me |nos )?(avisar|contar|falar|informar|relatar|sinalizar|alertar|apontar|trazer|levantar|compartilhar|explicar|perguntar|cobrar|escrever sobre)|' +
  'ter (me |nos )?(avisado|contado|falado|informado|relatado|escrito|trazido|levantado|sinalizado|alertado|apontado|procurado|perguntado|explicado)|' +
  '(sua |a sua )?(sinceridade|franqueza|confian[çc]a)|' +
  '(o |seu |o seu )?(aviso|alerta|toque|lembrete)|(o |seu |o seu )?retorno sobre)';

/**
 * Agradecer a paciência só reconhece quando diz o que o cliente aguentou ("pela paciência enquanto
 * o aquecedor estava quebrado"); o "obrigado pela paciência" sozinho é de praxe.
 */
const ENDURED =
  '((sua |a sua )?paci[êe]ncia|compreens[ãa]o)(?=,? (com|enquanto|durante|nest[ea]s?|nos [úu]ltimos|at[ée]|desde|ap[óo]s) [\\p{L}\\d])';

/** Pedidos de desculpas de verdade. As imitações ("pelos transtornos causados") estão em `hollow`. */
export const apologies: Phrase[] = [
  {
    pattern: 'desculp[a-zà-öø-ÿ]*',
    note: '"peço desculpas", "desculpe a demora"; "desculpe, mas…" cai na verificação de contraste',
  },
  { pattern: '(sinto|sentimos) muito|perd[ãa]o|me perdoe' },
  { pattern: 'lament(o|amos)(?! (informar|comunicar|dizer))', note: '"lamentamos informar" só anuncia' },
];

/** Reconhecer a preocupação ou o sentimento, dar razão ao cliente ou assumir a falha. */
export const acknowledgements: Phrase[] = [
  {
    pattern:
      '(entendo|compreendo|imagino|sei|percebo|reconhe[çc]o|vejo)( (perfeitamente|totalmente|completamente|bem))? (como|o quanto|por que|porque|por qu[êe])',
    note: '"Sei como isso atrapalha", "Imagino o quanto…"',
  },
  {
    pattern:
      '(entendo|compreendo|entendemos|compreendemos)( (perfeitamente|totalmente|completamente|bem))?(?=\\s*([.,;:!\\u2014\\u2013]|$)| e )',
    note: '"Entendo perfeitamente, …"; "Entendo, mas…" cai na verificação de contraste',
  },
  { pattern: '(posso|consigo) (imaginar|entender)' },
  {
    pattern:
      '(entendo|compreendo|entendemos|compreendemos|sei|reconhe[çc]o|reconhecemos)( (perfeitamente|totalmente|completamente|bem))? que (o senhor|a senhora|voc[êe]s?|os senhores|as senhoras|(a |o |as |os )?(sua|seu|suas|seus)(?= \\p{L}+ (\\p{L}+ )?(foi|foram|est[áa]|estavam?|ficou|ficaram|teve|tiveram|mudou|mudaram|precis|quer|queria)))(?! (\\p{L}+ )?(assinou|concordou|aceitou|recebeu|leu|sabia|optou|escolheu|decidiu|j[áa] (sabia|tinha sido)|foi (informad|avisad|notificad|comunicad)))',
    note: 'entender a situação do cliente numa oração própria ("Entendo que a sua viagem foi cancelada por causa da doença da sua filha"); "Entendo que o senhor assinou o contrato" é rebate',
  },
  {
    pattern:
      '(voc[êe]s?|o senhor|a senhora|os senhores)( (tem|t[êe]m|teve|tinha|est[áa]|estava))? (toda (a )?|total |muita |com )?raz[ãa]o',
    note: '"O senhor tem razão em cobrar"',
  },
  { pattern: 'com (toda|total) (a )?raz[ãa]o|(tem|t[êe]m) (todo o|todo|o) direito' },
  {
    pattern: `(é|foi|est[áa] sendo|tem sido|deve (ser|ter sido|estar sendo)|parece) ${DEGREE}${EMOTIVE}(?! (para|pra) (n[óo]s|mim|a equipe))`,
    note: '"reforma é sempre estressante", "a semana foi difícil"',
  },
  {
    pattern:
      '(é|seria) ((totalmente|completamente|perfeitamente|muito) )?(compreens[íi]vel|natural|normal|justo|leg[íi]timo|v[áa]lido) (que|se sentir|sentir|ficar|estar|perguntar|querer|cobrar|se preocupar)',
  },
  {
    pattern:
      '(sua|a sua) (preocupa[çc][ãa]o|pergunta|reclama[çc][ãa]o|frustra[çc][ãa]o|cobran[çc]a|d[úu]vida) (é|faz) ((muito|totalmente|completamente) )?(justa|v[áa]lida|leg[íi]tima|pertinente|compreens[íi]vel|sentido)',
  },
  { pattern: '(boa|[óo]tima|excelente|justa) pergunta|pergunta (justa|pertinente|v[áa]lida)' },
  { pattern: 'faz ((todo|total|muito) )?sentido (que|voc[êe]|o senhor|a senhora|se sentir|sentir)' },
  {
    pattern: 'fico ((muito|bem) )?(feliz|content[ea]|grat[oa]) (que|por) ',
    note: '"Fico feliz que você tenha me escrito"',
  },
  { pattern: '(voc[êe]|o senhor|a senhora) n[ãa]o est[áa] sozinh[oa]' },
  {
    pattern:
      '(foi|[ée]|era) ((um|uma) )?(erro|falha|descuido|culpa|responsabilidade) ((totalmente|toda|inteiramente) )?(nosso|nossa|meu|minha)|a culpa (é|foi) (minha|nossa)',
    note: 'assumir a falha: "foi um erro nosso"',
  },
  {
    pattern:
      '((eu|n[óo]s|a gente) (deveria|devia)|(n[óo]s )?(dever[íi]amos|dev[íi]amos)) ter ((te|lhe|lhes|vos) )?([a-zà-öø-ÿ]+ado|[a-zà-öø-ÿ]+ido|feito|dito|posto|visto|escrito)',
    note: '"deveríamos ter avisado", "eu deveria ter ligado"; "deveria" sozinho serve à terceira pessoa ("O senhor deveria ter lido o contrato" é culpa), então só conta com sujeito na primeira pessoa',
  },
  { pattern: 'falhamos|falhei|errei|erramos|pisamos na bola|pisei na bola|(deixei|deixamos) a desejar' },
  {
    pattern:
      'n[ãa]o (deveria|devia) ter (acontecido|sido assim)|(voc[êe]|o senhor|a senhora) n[ãa]o (deveria|devia) ter (que|de)',
  },
];

/**
 * Aberturas que só reconhecem quando um sentimento (de `feelings`) vem depois na mesma oração:
 * "Sei que a audiência de amanhã está te deixando nervosa" reconhece, "Sei que o senhor enviou o
 * formulário" não. O sentimento pode estar longe da abertura, além do intervalo da linguagem de
 * padrões, por isso a regra o procura no resto da oração.
 */
export const feelingFrames: Phrase[] = [
  {
    pattern: '(entend(o|a|emos|amos|er)|compreend(o|a|emos|amos|er)|imagino|sei|percebo|reconhe[çc]o|respeito)',
    note: '"Entendo a sua frustração", "Sei que a audiência está te deixando nervosa"',
  },
  { pattern: '(deve|devia) (ser|ter sido|estar sendo)|parece', note: '"Deve ter sido muito estressante"' },
];

/** O que sente um cliente chateado, ansioso ou decepcionado, ou o que a situação é para ele. */
export const feelings: Phrase[] = [
  {
    pattern:
      'frustra[a-zà-öø-ÿ]*|insatisf[a-zà-öø-ÿ]*|descontent[a-zà-öø-ÿ]*|chate[a-zà-öø-ÿ]*|irrita[a-zà-öø-ÿ]*|indigna[a-zà-öø-ÿ]*|revolt[a-zà-öø-ÿ]*|decepcion[a-zà-öø-ÿ]*|decep[çc][ãa]o|desapont[a-zà-öø-ÿ]*|aborrec[a-zà-öø-ÿ]*|inc[ôo]mod[a-zà-öø-ÿ]*|magoad[oa]|injust[a-zà-öø-ÿ]*|constrang[a-zà-öø-ÿ]*',
    note: 'raiva, decepção e mágoa',
  },
  {
    pattern:
      'preocupa[a-zà-öø-ÿ]*|ansi[a-zà-öø-ÿ]*|nervos[a-zà-öø-ÿ]*|apreens[a-zà-öø-ÿ]*|ang[úu]sti[a-zà-öø-ÿ]*|tens[ãa]o|estress[a-zà-öø-ÿ]*|medo|assust[a-zà-öø-ÿ]*|susto|trist[a-zà-öø-ÿ]*|sozinh[oa]|insegur[a-zà-öø-ÿ]*|exaust[a-zà-öø-ÿ]*|sobrecarregad[oa]',
    note: 'preocupação, medo e aflição',
  },
  {
    pattern:
      'dif[íi]cil|dif[íi]ceis|pesad[oa]|dur[oa]|chat[oa]|desgast[a-zà-öø-ÿ]*|cansativ[oa]|transtorno|inconveniente|desconfort[a-zà-öø-ÿ]*|press[ãa]o|atrapalh[a-zà-öø-ÿ]*',
    note: 'o que a situação é para o cliente',
  },
];

/** Agradecimentos que mostram que a preocupação foi ouvida. */
export const thanks: Phrase[] = [
  {
    pattern: `(muito )?(obrigad[oa]|agrade[çc]o|agradecemos)( (muito|de cora[çc][ãa]o))?( (a voc[êe]|ao senhor|à senhora))? (por|pel[oa]s?) ${HEARD}`,
    note: '"obrigado por avisar", "obrigada por me contar"',
  },
  {
    pattern: `(muito )?(obrigad[oa]|agrade[çc]o|agradecemos)( (muito|de cora[çc][ãa]o))?( (a voc[êe]|ao senhor|à senhora))? (por|pel[oa]s?) ${ENDURED}`,
    note: '"agradeço pela paciência durante a obra"',
  },
];

/** Parecem validação e não são: a não-desculpa, a desculpa condicional e a desculpa de praxe. */
export const hollow: Phrase[] = [
  {
    pattern:
      '(lament[a-zà-öø-ÿ]*|(sinto|sentimos) muito|desculp[a-zà-öø-ÿ]*)( que| se)?( (voc[êe]s?|o senhor|a senhora))?( se)? (sinta|sente|sentiu|tenha sentido|tenha se sentido|pense|pensa|veja|encare|tenha encarado|tenha interpretado|tenha ficado) (assim|dessa (forma|maneira)|desse jeito|ofendid[oa])',
    note: 'a não-desculpa "Lamento que a senhora se sinta assim" (também escalada)',
  },
  { pattern: '(lament[a-zà-öø-ÿ]*|(sinto|sentimos) muito|desculp[a-zà-öø-ÿ]*) se', note: 'desculpa condicional' },
  {
    pattern:
      '(lament[a-zà-öø-ÿ]*|(sinto|sentimos) muito)( que)?( (voc[êe]s?|o senhor|a senhora|os senhores))? (tenha ficado|tenham ficado|esteja|estejam|ficou|ficaram|tenha se sentido|se sentiu|se sinta|esteve|estava) (insatisfeit[oa]s?|descontentes?|infeliz(es)?|chatead[oa]s?)',
    note: '"Lamentamos que o senhor tenha ficado insatisfeito" lamenta o veredito do cliente, não o que deu errado',
  },
  {
    pattern:
      '(lament[a-zà-öø-ÿ]*|(sinto|sentimos) muito|desculp[a-zà-öø-ÿ]*) (por|pel[oa]s?) (qualquer|quaisquer|eventuais|eventual)|(lament[a-zà-öø-ÿ]*|(sinto|sentimos) muito|desculp[a-zà-öø-ÿ]*) (por|pel[oa]s?) ((o|os) )?(transtornos?|inconvenientes?|inconveni[êe]ncias?)( causad[oa]s?)?(?=\\s*([.,;!]|$))',
    note: 'de praxe: "pedimos desculpas pelos transtornos causados"',
  },
  { pattern: 'n[ãa]o (foi|[ée]|era) ((um|uma) )?(erro|falha|culpa) (nosso|nossa|meu|minha)' },
  {
    pattern:
      'n[ãa]o (sei|entendo|entendemos|compreendo|compreendemos|imagino|vejo)|n[ãa]o (tem|t[êe]m) ((toda|a) )?(raz[ãa]o|(todo o|o) direito)',
    note: '"Não sei mais como deixar isso claro" é o contrário de reconhecer',
  },
];

/** O que transforma o reconhecimento em "entendo, mas": um contraste na oração ou um lembrete em seguida. */
export const contrasts: Phrase[] = [
  { pattern: 'mas|por[ée]m|contudo|entretanto|no entanto|todavia|s[óo] que|ainda assim' },
  {
    pattern:
      'conforme (j[áa] )?(informad[oa]|explicad[oa]|dito|mencionad[oa]|combinad[oa]|avisad[oa])|como (j[áa] )?(expliquei|informei|disse|falei|mencionei|avisei|dissemos|explicamos|informamos)',
  },
  { pattern: 'como (voc[êe]|o senhor|a senhora) (j[áa] )?(sabe|deve saber|deve lembrar)' },
];

/**
 * Palavras que fazem do reconhecimento seguinte uma concessão, com o rebate na oração principal:
 * "Embora eu entenda a sua frustração, o contrato é claro."
 */
export const concessions: Phrase[] = [{ pattern: 'embora( eu)?|apesar de|ainda que|mesmo que|se por um lado' }];

/** O que pode vir depois do "mas" sem desfazer o reconhecimento: tranquilizar ou dizer o próximo passo. */
export const reassurances: Phrase[] = [
  { pattern: '(fi(ca|que)|pode ficar|fiquem) tranquil[oa]s?|n[ãa]o se preocupe' },
  { pattern: '(eu )?(vou|vamos|prometo|garanto|posso garantir|quero|gostaria|estou aqui|estamos aqui)' },
  {
    pattern:
      '(j[áa] )?(agendei|agendamos|marquei|marcamos|resolvemos|resolvi|corrigi|corrigimos|liguei|pedi|solicitei|remarcamos|remarquei)',
  },
  {
    pattern:
      'a boa not[íi]cia|(voc[êe]|o senhor|a senhora) n[ãa]o est[áa] sozinh[oa]|(isso|as coisas) v(ai|[ãa]o) melhorar',
  },
];

/**
 * Como começa um rebate. Um pedido de desculpas com objeto ("sinto muito pelo atraso, mas o
 * fornecedor…") resiste a uma explicação; só isto o desfaz ("…, mas o senhor assinou o contrato").
 */
export const rebuttals: Phrase[] = [
  { pattern: 'voc[êe]s?|o senhor|a senhora|os senhores|seu|sua', note: 'o leitor como sujeito: culpa ou correção' },
  {
    pattern:
      '(o|a|nosso|nossa) (contrato|pol[íi]tica|regra|norma|procedimento|prazo)|(essa|esta|[ée]) (a|nossa) (pol[íi]tica|regra)|[ée] assim que funciona',
  },
  {
    pattern:
      'n[ãa]o (podemos|posso|h[áa]|tem|temos|conseguimos|consigo|fazemos|fa[çc]o)|infelizmente|s[óo] (podemos|posso)|nada',
  },
];

/** Intensificadores que, em maiúsculas, tornam o agradecimento irônico ("MUITO obrigado"). */
export const shoutedIntensifiers: readonly string[] = [
  'muito',
  'mesmo',
  'tanto',
  'super',
  'demais',
  'obrigado',
  'obrigada',
];

/** A frase que a correção insere depois da saudação: serve para qualquer reclamação. */
export const insertedAcknowledgement =
  'Agradeço por ter trazido essa questão, e sinto muito pela frustração que isso causou.';
