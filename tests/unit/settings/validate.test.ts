import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/defaults.ts';
import { migrateFile } from '../../../src/settings/migrations.ts';
import { type Notice, parseSettingsFile, readField, settingsFile } from '../../../src/settings/validate.ts';

describe('readField', () => {
  it('keeps a valid value as it is', () => {
    const notices: Notice[] = [];
    expect(readField('language', 'pt', notices)).toBe('pt');
    expect(readField('sendGate', { enabled: true, minSeverity: 'medium' }, notices)).toEqual({
      enabled: true,
      minSeverity: 'medium',
    });
    expect(notices).toEqual([]);
  });

  it('gives the default, silently, for a value never stored', () => {
    const notices: Notice[] = [];
    expect(readField('officeHours', undefined, notices)).toEqual(DEFAULT_SETTINGS.officeHours);
    expect(readField('wording', null, notices)).toEqual(DEFAULT_SETTINGS.wording);
    expect(notices).toEqual([]);
  });

  it('replaces an unknown value with the default and says so', () => {
    const notices: Notice[] = [];
    expect(readField('language', 'fr', notices)).toBe('auto');
    expect(readField('sendGate', 'yes', notices)).toEqual(DEFAULT_SETTINGS.sendGate);
    expect(notices.map((notice) => notice.field)).toEqual(['language', 'sendGate']);
    expect(notices[0]?.problem).toMatch(/default/);
  });

  it('mends only the broken part of the office hours', () => {
    const notices: Notice[] = [];
    const read = readField(
      'officeHours',
      {
        timeZone: 'Mars/Olympus_Mons',
        week: {
          ...DEFAULT_SETTINGS.officeHours.week,
          mon: [
            { start: '08:00', end: '25:00' },
            { start: '13:00', end: '18:00' },
          ],
        },
        closedDates: ['2026-12-25', '2026-02-30', 'Christmas'],
        colour: 'blue',
      },
      notices,
    );
    expect(read.timeZone).toBe('');
    expect(read.week.mon).toEqual([{ start: '13:00', end: '18:00' }]);
    expect(read.week.tue).toEqual(DEFAULT_SETTINGS.officeHours.week.tue);
    expect(read.closedDates).toEqual(['2026-12-25']);
    expect(notices.map((notice) => notice.path).sort()).toEqual(
      ['closedDates[1]', 'closedDates[2]', 'colour', 'timeZone', 'week.mon[0]'].sort(),
    );
  });

  it('drops broken list items and keeps the rest', () => {
    const notices: Notice[] = [];
    const phrases = readField(
      'customPhrases',
      [
        { phrase: 'per my last email', category: 'escalation', message: 'Sounds curt.', alternatives: ['To recap'] },
        { phrase: 'x', category: 'nonsense', message: '', alternatives: [] },
      ],
      notices,
    );
    expect(phrases.map((phrase) => phrase.phrase)).toEqual(['per my last email']);
    expect(readField('sites', ['https://mail.google.com', 'javascript:alert(1)'], notices)).toEqual([
      'https://mail.google.com',
    ]);
    expect(readField('severity', { 'vague-timeline': 'high', 'Bad Id': 'low', other: 'extreme' }, notices)).toEqual({
      'vague-timeline': 'high',
    });
    expect(notices).toHaveLength(4);
  });

  it('never throws, whatever storage holds', () => {
    const notices: Notice[] = [];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [cyclic, 42, 'text', [], [null], { week: null }, Number.NaN, true]) {
      expect(() => readField('officeHours', value, notices)).not.toThrow();
      expect(() => readField('customPhrases', value, notices)).not.toThrow();
      expect(() => readField('wording', value, notices)).not.toThrow();
    }
  });
});

describe('parseSettingsFile', () => {
  it('accepts an export of the defaults', () => {
    const result = parseSettingsFile(JSON.parse(JSON.stringify(settingsFile(DEFAULT_SETTINGS))));
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('accepts a file with only some settings, such as a team wording', () => {
    const result = parseSettingsFile({ wording: { en: 'We are closed. {nextOpening}', pt: 'Fechado. {nextOpening}' } });
    expect(result.ok && Object.keys(result.settings)).toEqual(['wording']);
  });

  it('lists every problem with where it is', () => {
    const result = parseSettingsFile({
      version: 1,
      language: 'de',
      officeHours: {
        ...DEFAULT_SETTINGS.officeHours,
        week: { ...DEFAULT_SETTINGS.officeHours.week, mon: [{ start: '9', end: '17:00' }] },
      },
      theme: 'dark',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
    expect(result.errors.join('\n')).toMatch(/^language: /m);
    expect(result.errors.join('\n')).toMatch(
      /^officeHours\.week\.mon\.0\.start: should be a time like 09:00, got "9"/m,
    );
    expect(result.errors.join('\n')).toMatch(/^theme: not an Even Keel setting/m);
  });

  it('rejects what is not a settings file', () => {
    for (const data of [null, 'text', [1, 2], {}, { version: 1 }]) expect(parseSettingsFile(data).ok).toBe(false);
  });

  it('rejects a file from a newer release instead of guessing', () => {
    const result = parseSettingsFile({ version: 99, language: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/newer/);
  });
});

describe('migrateFile', () => {
  it('runs the steps after the file version, in order, for the fields that have them', () => {
    const table = {
      officeHours: {
        2: (old: unknown) => ({ ...(old as object), step2: true }),
        3: (old: unknown) => ({ ...(old as object), step3: true }),
      },
    };
    expect(migrateFile({ officeHours: {}, language: 'en' }, 1, table)).toEqual({
      officeHours: { step2: true, step3: true },
      language: 'en',
    });
    expect(migrateFile({ officeHours: {} }, 2, table)).toEqual({ officeHours: { step3: true } });
  });
});
