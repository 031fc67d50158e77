import type { Field, Settings } from '../../settings/schema.ts';

export type Save = (values: Partial<Settings>) => Promise<void>;

export interface SectionProps {
  settings: Settings;
  isLocked: (field: Field) => boolean;
  save: Save;
}
