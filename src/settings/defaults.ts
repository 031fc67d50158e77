import { officeHoursWording as enWording } from '../lexicon/en/out-of-hours.ts';
import { officeHoursWording as ptWording } from '../lexicon/pt/out-of-hours.ts';
import type { OfficeHoursSetting, Settings, Wording } from './schema.ts';

const WORKDAY = [{ start: '09:00', end: '17:30' }];

export const DEFAULT_OFFICE_HOURS: OfficeHoursSetting = {
  timeZone: '',
  week: { sun: [], mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [] },
  closedDates: [],
};

/** The engine's own default sentences, so "Restore the default" gives exactly what an unset wording does. */
export const DEFAULT_WORDING: Wording = { en: enWording, pt: ptWording };

/** The webmail Even Keel is built for; users may remove any of them and add their own. */
export const WEBMAIL_SITES = [
  'https://mail.google.com',
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
] as const;

export const DEFAULT_SETTINGS: Settings = {
  officeHours: DEFAULT_OFFICE_HOURS,
  firmName: '',
  urgentContact: '',
  wording: DEFAULT_WORDING,
  disabledRules: [],
  severity: {},
  customPhrases: [],
  sites: [...WEBMAIL_SITES],
  // On by default for high-severity findings: the moment before Send is when a slip costs most.
  sendGate: { enabled: true, minSeverity: 'high' },
  language: 'auto',
};
