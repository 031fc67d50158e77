import { DEFAULT_SETTINGS } from './defaults.ts';
import { type EngineInput, toEngineInput } from './engine-input.ts';
import { loadSettings } from './storage.ts';

export { DEFAULT_SETTINGS, WEBMAIL_SITES } from './defaults.ts';
export { type EngineInput, toEngineInput } from './engine-input.ts';
export { effectiveTimeZone, scheduleStatus, toOfficeHours, wallClock } from './hours.ts';
export type { CustomPhrase, Field, Settings } from './schema.ts';
export { disableSite, enableSite, grantedOrigins, isWebmail } from './sites.ts';
export { type LoadedSettings, loadSettings, saveSettings, watchSettings } from './storage.ts';
export { parseSettingsFile, settingsFile } from './validate.ts';

/**
 * Everything the background needs for one check at `now`. Settings can never stop a check: if
 * reading them fails outright, the defaults apply.
 */
export async function loadEngineInput(now: Date): Promise<EngineInput> {
  try {
    return toEngineInput((await loadSettings()).settings, now);
  } catch {
    return toEngineInput(DEFAULT_SETTINGS, now);
  }
}
