import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../src/settings/defaults.ts';
import { loadEngineInput } from '../../../src/settings/index.ts';
import {
  defineSettingItem,
  loadSettings,
  resetSettings,
  saveSettings,
  watchSettings,
} from '../../../src/settings/storage.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadSettings', () => {
  it('gives the defaults on a fresh install', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, locked: [], notices: [] });
  });

  it('reads what was saved, with its version marker', async () => {
    await saveSettings({ language: 'pt', firmName: 'Silva & Rocha' });
    const { settings } = await loadSettings();
    expect(settings.language).toBe('pt');
    expect(settings.firmName).toBe('Silva & Rocha');
    expect(await fakeBrowser.storage.sync.get('language$')).toEqual({ language$: { v: 1 } });
  });

  it('falls back per field, with a notice, when storage holds something unusable', async () => {
    await fakeBrowser.storage.sync.set({ language: 'klingon', sendGate: { enabled: 'maybe' }, firmName: 'Ok' });
    const { settings, notices } = await loadSettings();
    expect(settings.language).toBe('auto');
    expect(settings.sendGate).toEqual(DEFAULT_SETTINGS.sendGate);
    expect(settings.firmName).toBe('Ok');
    expect(notices.map((notice) => [notice.field, notice.source])).toEqual([
      ['sendGate', 'sync'],
      ['language', 'sync'],
    ]);
  });

  it('lets the administrator win and reports the field as locked', async () => {
    await saveSettings({ sendGate: { enabled: false, minSeverity: 'low' }, language: 'en' });
    await fakeBrowser.storage.managed.set({ sendGate: { enabled: true, minSeverity: 'high' } });
    const { settings, locked } = await loadSettings();
    expect(settings.sendGate).toEqual({ enabled: true, minSeverity: 'high' });
    expect(settings.language).toBe('en');
    expect(locked).toEqual(['sendGate']);
  });

  it('ignores a policy value that cannot be used rather than lock the user out', async () => {
    await saveSettings({ language: 'pt' });
    await fakeBrowser.storage.managed.set({ language: 'tlh', firmName: 'Acme' });
    const { settings, locked, notices } = await loadSettings();
    expect(settings.language).toBe('pt');
    expect(locked).toEqual(['firmName']);
    expect(notices).toEqual([expect.objectContaining({ field: 'language', source: 'managed' })]);
  });

  it('treats a browser without managed storage (Firefox without a policy) as no policy', async () => {
    const spy = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockRejectedValue(new Error('Managed storage manifest not found'));
    expect((await loadSettings()).locked).toEqual([]);
    spy.mockRestore();
  });

  it('resets a field to its default', async () => {
    await saveSettings({ language: 'pt' });
    await resetSettings(['language']);
    expect((await loadSettings()).settings.language).toBe('auto');
  });
});

describe('versioned items', () => {
  it('migrate an older stored value before it is read', async () => {
    await fakeBrowser.storage.sync.set({ firmName: 'acme', firmName$: { v: 1 } });
    const item = defineSettingItem('firmName', 2, { 2: (old) => String(old).toUpperCase() });
    await item.migrate();
    expect(await item.getValue()).toBe('ACME');
    expect(await fakeBrowser.storage.sync.get('firmName$')).toEqual({ firmName$: { v: 2 } });
  });

  it('treat a value written before versions existed as version 1', async () => {
    await fakeBrowser.storage.sync.set({ firmName: 'acme' });
    const item = defineSettingItem('firmName', 2, { 2: (old) => `${String(old)}!` });
    await item.migrate();
    expect(await item.getValue()).toBe('acme!');
  });

  it('leave a value from a newer release to validation, which falls back to the default', async () => {
    await fakeBrowser.storage.sync.set({ officeHours: { schedule: 'v9 shape' }, officeHours$: { v: 9 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const item = defineSettingItem('officeHours');
    await expect(item.migrate()).rejects.toThrow(/downgrade/);
    error.mockRestore();
    const { settings, notices } = await loadSettings();
    expect(settings.officeHours).toEqual(DEFAULT_SETTINGS.officeHours);
    expect(notices.some((notice) => notice.field === 'officeHours')).toBe(true);
  });
});

describe('loadEngineInput', () => {
  it('turns the defaults into what the engine takes', async () => {
    const input = await loadEngineInput(new Date('2026-03-04T10:00:00Z'));
    expect(input.lang).toBe('auto');
    expect(input.sendGate).toEqual({ enabled: true, minSeverity: 'high' });
    expect(input.officeHours?.week[1]).toEqual([{ start: 540, end: 1050 }]);
    expect(input.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(input.settings.officeHoursWording?.en).toContain('{nextOpening}');
  });

  it('fills the firm placeholders and leaves the engine ones', async () => {
    await saveSettings({
      firmName: 'Silva & Rocha',
      urgentContact: '+55 11 5555-0100',
      wording: { en: '{firm} is closed until {nextOpening} ({hours}). Urgent: {urgentContact}.', pt: '' },
      officeHours: { ...DEFAULT_SETTINGS.officeHours, timeZone: 'America/Sao_Paulo' },
      disabledRules: ['vague-timeline'],
      severity: { 'vague-timeline': 'low' },
    });
    const input = await loadEngineInput(new Date('2026-03-04T02:30:00Z'));
    expect(input.settings.officeHoursWording).toEqual({
      en: 'Silva & Rocha is closed until {nextOpening} ({hours}). Urgent: +55 11 5555-0100.',
    });
    expect(input.sentAt).toBe('2026-03-03T23:30');
    expect(input.settings.disabledRules).toEqual(['vague-timeline']);
    expect(input.settings.severity).toEqual({ 'vague-timeline': 'low' });
  });

  it('still answers when storage itself fails', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('quota'));
    const input = await loadEngineInput(new Date('2026-03-04T10:00:00Z'));
    expect(input.lang).toBe('auto');
    spy.mockRestore();
  });
});

describe('watchSettings', () => {
  it('calls back on a change to a setting, in either area, until stopped', async () => {
    const callback = vi.fn();
    const stop = watchSettings(callback);
    await saveSettings({ language: 'en' });
    await fakeBrowser.storage.managed.set({ firmName: 'Acme' });
    await fakeBrowser.storage.local.set({ language: 'ignored: not a settings area' });
    expect(callback).toHaveBeenCalledTimes(2);
    stop();
    await saveSettings({ language: 'pt' });
    expect(callback).toHaveBeenCalledTimes(2);
  });
});
