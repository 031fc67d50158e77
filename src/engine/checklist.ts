import { CATEGORIES, type Category, type ChecklistItem, type Finding, type Lang } from './types.ts';

const LABELS: Record<Lang, Record<Category, string>> = {
  en: {
    'missing-validation': "Acknowledges the client's concern",
    overpromise: 'Promises only what you control',
    escalation: 'Calm, respectful tone',
    'vague-timeline': 'Gives a concrete next step or date',
    boundary: 'Keeps to office hours and professional limits',
  },
  pt: {
    'missing-validation': 'Reconhece a preocupação do cliente',
    overpromise: 'Promete só o que depende de você',
    escalation: 'Tom calmo e respeitoso',
    'vague-timeline': 'Dá um próximo passo ou data concreta',
    boundary: 'Respeita o horário e os limites profissionais',
  },
};

/** One item a category, in the order a writer would review them. */
export function buildChecklist(findings: readonly Finding[], lang: Lang): ChecklistItem[] {
  return CATEGORIES.map((category) => {
    const behind = findings.filter((finding) => finding.category === category);
    return { category, ok: behind.length === 0, label: LABELS[lang][category], findings: behind };
  });
}

export function checklistLabel(category: Category, lang: Lang): string {
  return LABELS[lang][category];
}
