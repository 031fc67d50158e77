import type { ComponentChildren } from 'preact';
import { t } from './i18n.ts';

interface GroupProps {
  legend: string;
  /** Set by an administrator: shown, not editable. */
  locked: boolean;
  hint?: string;
  children: ComponentChildren;
}

/** A set of controls for one setting; a disabled fieldset locks every control inside at once. */
export function Group({ legend, locked, hint, children }: GroupProps) {
  return (
    <fieldset class="group" disabled={locked}>
      <legend>
        {legend}
        {locked && <span class="locked">{t('options_locked')}</span>}
      </legend>
      {hint && <p class="hint">{hint}</p>}
      {children}
    </fieldset>
  );
}

interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}

export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section id={id} class="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

/** Problems with what was typed, announced as soon as they appear. */
export function Problems({ id, problems }: { id: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} class="problems" role="alert">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
