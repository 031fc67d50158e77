// What the popup and the send gate make of a draft's report: which findings stop a send, and
// whether the draft is ready.
import { type ChecklistItem, type Finding, SEVERITIES, type Severity } from '../../engine/types.ts';

export function atOrAbove(severity: Severity, minimum: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(minimum);
}

/** The findings that hold a send back at the gate's chosen severity. */
export function blocking(findings: readonly Finding[], minimum: Severity): Finding[] {
  return findings.filter((finding) => atOrAbove(finding.severity, minimum));
}

export function isReady(checklist: readonly ChecklistItem[]): boolean {
  return checklist.every((item) => item.ok);
}

/** The same finding in a newer report: findings carry no id, so match rule and place. */
export function sameFinding(a: Pick<Finding, 'rule' | 'start' | 'end'>, b: Pick<Finding, 'rule' | 'start' | 'end'>) {
  return a.rule === b.rule && a.start === b.start && a.end === b.end;
}
