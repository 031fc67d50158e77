import { type EngineSettings, LANGS, type Lang, type OfficeHours, type Severity } from '../engine/types.ts';
import { effectiveTimeZone, toOfficeHours, wallClock } from './hours.ts';
import type { LanguageSetting, SendGate, Settings } from './schema.ts';
import { fillFirm } from './wording.ts';

export interface EngineInput {
  settings: EngineSettings;
  officeHours: OfficeHours | null;
  /** `now` as wall-clock time in the firm's zone, "YYYY-MM-DDTHH:mm". */
  sentAt: string;
  lang: LanguageSetting;
  sendGate: { enabled: boolean; minSeverity: Severity };
}

/** What the engine needs from the settings at `now`: pure, so the command line shares it. */
export function toEngineInput(settings: Settings, now: Date): EngineInput {
  const wording: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    // A blank wording leaves the engine's own default in place rather than inserting nothing.
    if (settings.wording[lang].trim() !== '') wording[lang] = fillFirm(settings.wording[lang], settings, lang);
  }
  const sendGate: SendGate = settings.sendGate;
  return {
    settings: {
      disabledRules: [...settings.disabledRules],
      severity: { ...settings.severity },
      officeHoursWording: wording,
      customPhrases: settings.customPhrases.map((phrase) => ({ ...phrase, alternatives: [...phrase.alternatives] })),
    },
    officeHours: toOfficeHours(settings.officeHours),
    sentAt: wallClock(now, effectiveTimeZone(settings.officeHours)),
    lang: settings.language,
    sendGate: { ...sendGate },
  };
}
