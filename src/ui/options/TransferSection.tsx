import { useState } from 'preact/hooks';
import { FIELDS, type Field, type Settings } from '../../settings/schema.ts';
import { parseSettingsFile, settingsFile } from '../../settings/validate.ts';
import { Problems, Section } from './Group.tsx';
import { t } from './i18n.ts';
import type { SectionProps } from './types.ts';

function download(settings: Settings) {
  const blob = new Blob([`${JSON.stringify(settingsFile(settings), null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'even-keel-settings.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export function TransferSection({ settings, isLocked, save }: SectionProps) {
  const [problems, setProblems] = useState<string[]>([]);
  const [result, setResult] = useState('');

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setResult('');
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setProblems([t('options_transfer_not_json', file.name)]);
      return;
    }
    const parsed = parseSettingsFile(data);
    if (!parsed.ok) {
      setProblems([t('options_transfer_rejected', file.name), ...parsed.errors]);
      return;
    }
    const kept: Partial<Record<Field, unknown>> = {};
    const skipped: Field[] = [];
    for (const field of FIELDS) {
      if (parsed.settings[field] === undefined) continue;
      if (isLocked(field)) skipped.push(field);
      else kept[field] = parsed.settings[field];
    }
    await save(kept as Partial<Settings>);
    setProblems([]);
    setResult(
      skipped.length > 0
        ? t('options_transfer_done_locked', String(Object.keys(kept).length), String(skipped.length))
        : t('options_transfer_done', String(Object.keys(kept).length)),
    );
  };

  return (
    <Section id="transfer" title={t('options_transfer_title')} intro={t('options_transfer_intro')}>
      <div class="row">
        <button type="button" onClick={() => download(settings)}>
          {t('options_transfer_export')}
        </button>
        <label for="import-file">{t('options_transfer_import')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            void importFile(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
      </div>
      <Problems id="import-problems" problems={problems} />
      {result && (
        <p class="ok" role="status">
          {result}
        </p>
      )}
    </Section>
  );
}
