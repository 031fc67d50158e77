import type { Phrase } from '../types.ts';

/**
 * A frase que o e-mail escrito fora do horário ganha, se o escritório não definiu a sua. `{hours}` e
 * `{nextOpening}` são preenchidos; ela precisa ler bem como está e não disparar nada.
 */
export const officeHoursWording =
  'Estou escrevendo fora do nosso horário de atendimento ({hours}), então respondo com calma quando reabrirmos, {nextOpening}.';

/** Como {hours} e {nextOpening} são escritos: "segunda-feira a sexta-feira, 09:00–17:30", "segunda-feira às 09:00". */
export const scheduleWords = {
  weekdays: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  months: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  and: ' e ',
  dayRange: '{first} a {last}',
  timeRange: '{start}–{end}',
  daysWithTimes: '{days}, {times}',
  everyDay: 'todos os dias',
  moment: '{day} às {time}',
  datedMoment: '{day}, {date}, às {time}',
  date: '{day} de {month}',
};

/** O próximo contato de quem escreve, ou a próxima abertura do escritório. */
export const nextContact: Phrase[] = [
  {
    pattern:
      '(eu )?(te |lhe |o |a |vos )?(respondo|retorno|ligo|telefono|escrevo|volto|falo|atualizo|confirmo|envio|mando|vejo|analiso|retomo|dou (um )?retorno)',
  },
  {
    pattern:
      '(vou|vamos|vai|v[ãa]o|iremos|ir[áa]) (te |lhe |o |a )?(responder|retornar|ligar|telefonar|escrever|voltar|falar|atualizar|confirmar|enviar|mandar|ver|analisar|retomar|dar (um )?retorno)',
    note: 'também a equipe: "amanhã às 9h a nossa equipe vai te ligar"',
  },
  {
    pattern:
      '(o |nosso )?escrit[óo]rio (est[áa]|estar[áa]|fica|ficar[áa]|abre|reabre)|(estamos|estaremos|estou|estarei) (fechados|de volta|fora do escrit[óo]rio|de folga)|reabrimos|nosso hor[áa]rio',
    note: 'a próxima abertura do escritório vale tanto quanto a próxima resposta',
  },
];

/**
 * Quando será o próximo contato: um dia útil seguinte ou um horário de expediente, nunca "hoje à
 * noite". Os dias vão para o calendário: "amanhã" escrito numa sexta à noite não vale.
 */
export const nextDay: Phrase[] = [{ pattern: 'amanh[ãa]' }];

/** Dias da semana, a começar pelo domingo: a posição é o dia. */
export const weekdayNames: Phrase[] = [
  { pattern: 'domingo' },
  { pattern: 'segunda(-feira)?' },
  { pattern: 'ter[çc]a(-feira)?' },
  { pattern: 'quarta(-feira)?' },
  { pattern: 'quinta(-feira)?' },
  { pattern: 'sexta(-feira)?' },
  { pattern: 's[áa]bado' },
];

export const laterTimes: Phrase[] = [
  {
    pattern:
      'pr[óo]xim[oa] (dia [úu]til|semana)|em at[ée] (um|1|dois|2) dias? ([úu]teis|[úu]til)|primeira hora|pela manh[ãa]|de manh[ãa]|quando (eu )?(voltar|estiver de volta|reabrirmos|o escrit[óo]rio (abrir|reabrir))',
  },
  { pattern: 'dia \\d{1,2}|\\d{1,2} de {month}', note: 'uma data' },
];

/** Um horário só vale dentro do expediente: "às 10h", mas não "às 22h". */
export const clockTimes: Phrase[] = [{ pattern: '{clock}' }];

/** Horários sem dígitos, em minutos desde a meia-noite. */
export const namedClocks: Readonly<Record<string, number>> = { 'meio-dia': 720, 'meia-noite': 0 };

/** Convite a uma troca imediata de mensagens, que fora do horário passa do limite. */
export const backAndForth: Phrase[] = [
  {
    pattern:
      '((pode(m)?|voc[êe] pode) )?me (mandar|manda|mande|enviar|envia|envie|ligar|liga|ligue|chamar|chama|chame|escrever|escreve|escreva|responder|responde|responda)( [^\\s,.;:!?]+){0,6} (agora|hoje [àa] noite|esta noite|essa noite|ainda hoje)',
    note: '"pode me mandar as dúvidas agora"',
  },
  { pattern: '(eu )?vou (te |lhe )?respondendo', note: 'uma conversa contínua, mensagem a mensagem' },
  { pattern: 'estou (ainda )?(acordad[oa]|online|no escrit[óo]rio)( agora)?' },
];
