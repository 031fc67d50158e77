import type { Phrase } from '../types.ts';

/** Avisos e ultimatos: faça isso ou perde o nosso atendimento. */
export const phrases: Phrase[] = [
  {
    pattern:
      '(fique|fica|sinta-se|esteja) (à|a) vontade para (procurar|buscar) (os )?seus direitos|(pode|podem) procurar (os )?seus direitos',
    note: '"caso não concorde, fique à vontade para procurar seus direitos": vá à Justiça, se quiser',
  },
  { pattern: '(último|ultimo|final) aviso|[úu]ltima chance' },
  { pattern: '(esta|essa) [ée] a (última|ultima) (vez|chance|rodada|revis[ãa]o|prorroga[çc][ãa]o)' },
  {
    pattern:
      '(seremos|vamos ser|serei|vou ser) obrigad[oa]s? a|n[ãa]o (teremos|vamos ter|terei|vou ter) (outra )?(escolha|alternativa|op[çc][ãa]o) (a n[ãa]o ser|sen[ãa]o)',
  },
  {
    pattern:
      '(vamos|iremos|vou|irei) (ter que |precisar )?(encerrar|cancelar|rescindir|suspender|interromper) (o|a|seu|sua|nosso|nossa) (contrato|atendimento|conta|parceria|servi[çc]o|cadastro|loca[çc][ãa]o|acompanhamento|tratamento)',
  },
  {
    pattern:
      '(fique [àa] vontade para|pode) procurar outr[oa] (escrit[óo]rio|empresa|profissional|advogad[oa]|prestador|ag[êe]ncia|cl[íi]nica|contador)',
  },
  { pattern: '(tomar|tomaremos|vamos tomar) (as )?medidas (judiciais|legais|cab[íi]veis)' },
  { pattern: '(vamos|iremos) (pausar|parar|suspender) (o trabalho|os servi[çc]os|o projeto) at[ée]' },
];
