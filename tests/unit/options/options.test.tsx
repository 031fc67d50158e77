// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rules } from '../../../src/engine/index.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/defaults.ts';
import { loadSettings, saveSettings } from '../../../src/settings/storage.ts';
import { OptionsApp } from '../../../src/ui/options/App.tsx';
import { installI18n } from './i18n-fake.ts';

// Wednesday 4 March 2026, 10:00 in Lisbon (UTC+0 in winter).
const WEDNESDAY_MORNING = new Date('2026-03-04T10:00:00Z');
const SATURDAY = new Date('2026-03-07T12:00:00Z');

async function renderPage(now = WEDNESDAY_MORNING) {
  render(<OptionsApp clock={() => now} />);
  await screen.findByRole('heading', { level: 1, name: 'Even Keel settings' });
}

async function stored() {
  return (await loadSettings()).settings;
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

beforeEach(async () => {
  fakeBrowser.reset();
  installI18n('en');
  await saveSettings({ officeHours: { ...DEFAULT_SETTINGS.officeHours, timeZone: 'Europe/Lisbon' } });
});

afterEach(() => cleanup());

describe('office hours', () => {
  it('says live whether the office is open', async () => {
    await renderPage();
    expect(screen.getByTestId('now-line').textContent).toBe('Now: open until 17:30');
    cleanup();
    await renderPage(SATURDAY);
    expect(screen.getByTestId('now-line').textContent).toBe('Now: closed — next opening Monday 09:00');
  });

  it('saves a changed closing time and updates the live line', async () => {
    await renderPage();
    const monday = within(section('Office hours')).getByRole('group', { name: 'Wednesday' });
    fireEvent.change(within(monday).getByLabelText('Closes'), { target: { value: '16:00' } });
    await waitFor(async () =>
      expect((await stored()).officeHours.week.wed).toEqual([{ start: '09:00', end: '16:00' }]),
    );
    await waitFor(() => expect(screen.getByTestId('now-line').textContent).toBe('Now: open until 16:00'));
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });

  it('adds a second span to a day and removes it again', async () => {
    await renderPage();
    const friday = within(section('Office hours')).getByRole('group', { name: 'Friday' });
    fireEvent.click(within(friday).getByRole('button', { name: 'Add hours on Friday' }));
    await waitFor(async () => expect((await stored()).officeHours.week.fri).toHaveLength(2));
    expect((await stored()).officeHours.week.fri[1]).toEqual({ start: '18:30', end: '21:30' });
    fireEvent.click(await within(friday).findByRole('button', { name: 'Remove Friday 18:30–21:30' }));
    await waitFor(async () => expect((await stored()).officeHours.week.fri).toHaveLength(1));
  });

  it('keeps an unfinished time out of storage and says what is missing', async () => {
    await renderPage();
    const tuesday = within(section('Office hours')).getByRole('group', { name: 'Tuesday' });
    fireEvent.change(within(tuesday).getByLabelText('Opens'), { target: { value: '' } });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Tuesday: enter both an opening and a closing time.',
    );
    expect((await stored()).officeHours.week.tue).toEqual([{ start: '09:00', end: '17:30' }]);
  });

  it('adds and removes a closed date, and the live line skips it', async () => {
    await renderPage(new Date('2026-03-04T18:00:00Z'));
    fireEvent.input(screen.getByLabelText('Closed on'), { target: { value: '2026-03-05' } });
    fireEvent.click(within(section('Office hours')).getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await stored()).officeHours.closedDates).toEqual(['2026-03-05']));
    await waitFor(() =>
      expect(screen.getByTestId('now-line').textContent).toBe('Now: closed — next opening Friday 09:00'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Thursday, 5 March 2026' }));
    await waitFor(async () => expect((await stored()).officeHours.closedDates).toEqual([]));
  });

  it('sets the time zone', async () => {
    await renderPage();
    fireEvent.change(screen.getByLabelText('The hours above are in'), { target: { value: 'America/Sao_Paulo' } });
    await waitFor(async () => expect((await stored()).officeHours.timeZone).toBe('America/Sao_Paulo'));
    // 10:00 UTC is 07:00 in São Paulo.
    await waitFor(() =>
      expect(screen.getByTestId('now-line').textContent).toBe('Now: closed — next opening today 09:00'),
    );
  });
});

describe('the firm wording', () => {
  it('previews the default wording filled in, in both languages', async () => {
    await renderPage(SATURDAY);
    // The defaults are the engine's own sentences (its lexicon may retune them): check the filling.
    const fill = (text: string, hours: string, next: string) =>
      text.replace('{hours}', hours).replace('{nextOpening}', next);
    expect(screen.getByTestId('preview-en').textContent).toBe(
      fill(DEFAULT_SETTINGS.wording.en, 'Monday to Friday, 09:00–17:30', 'Monday at 09:00'),
    );
    expect(screen.getByTestId('preview-pt').textContent).toBe(
      fill(DEFAULT_SETTINGS.wording.pt, 'segunda-feira a sexta-feira, 09:00–17:30', 'segunda-feira às 09:00'),
    );
    expect(screen.getByTestId('preview-en').textContent).not.toMatch(/[{}]/);
  });

  it('previews the opening after today when the office is open now', async () => {
    await renderPage();
    expect(screen.getByTestId('preview-en').textContent).toContain('Thursday at 09:00');
  });

  it('saves the firm details and wording, and the preview follows', async () => {
    await renderPage(SATURDAY);
    fireEvent.change(screen.getByLabelText('Firm name'), { target: { value: 'Silva & Rocha' } });
    fireEvent.change(screen.getByLabelText('In English'), {
      target: { value: '{firm} reopens {nextOpening}. Urgent matters: {urgentContact}.' },
    });
    await waitFor(async () => expect((await stored()).firmName).toBe('Silva & Rocha'));
    await waitFor(() =>
      expect(screen.getByTestId('preview-en').textContent).toBe(
        'Silva & Rocha reopens Monday at 09:00. Urgent matters: the office.',
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain('no urgent contact is set');
    expect((await stored()).wording.en).toBe('{firm} reopens {nextOpening}. Urgent matters: {urgentContact}.');
  });

  it('warns about a placeholder it would not fill', async () => {
    await renderPage();
    fireEvent.input(screen.getByLabelText('In English'), { target: { value: 'Back {nextopening}' } });
    expect((await screen.findByRole('alert')).textContent).toContain('{nextopening} is not a placeholder');
  });
});

describe('rules and phrases', () => {
  it('lists every rule of the engine with a switch and a severity', async () => {
    await renderPage();
    const region = section('Rules');
    expect(within(region).getAllByRole('switch')).toHaveLength(rules.length);
    for (const rule of rules) expect(within(region).getByText(rule.description)).toBeTruthy();
  });

  it('switches a rule off and changes a severity', async () => {
    await renderPage();
    const rule = rules[0];
    if (!rule) throw new Error('the engine has no rules');
    const entry = within(section('Rules'))
      .getByRole('heading', { name: new RegExp(rule.id) })
      .closest('li') as HTMLElement;
    fireEvent.change(within(entry).getByLabelText('Severity'), { target: { value: 'high' } });
    await waitFor(async () =>
      expect((await stored()).severity).toEqual(rule.severity === 'high' ? {} : { [rule.id]: 'high' }),
    );
    fireEvent.click(within(entry).getByRole('switch', { name: 'Check for this' }));
    await waitFor(async () => expect((await stored()).disabledRules).toEqual([rule.id]));
  });

  it('adds a firm phrase, and refuses one too short to match', async () => {
    await renderPage();
    const region = section("Your firm's phrases");
    fireEvent.input(within(region).getByLabelText('Phrase'), { target: { value: 'x' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Add phrase' }));
    expect((await within(region).findByRole('alert')).textContent).toContain(
      'Phrase: should have at least 2 characters',
    );

    fireEvent.input(within(region).getByLabelText('Phrase'), { target: { value: 'per my last email' } });
    fireEvent.change(within(region).getByLabelText('Kind of problem'), { target: { value: 'escalation' } });
    fireEvent.input(within(region).getByLabelText('Message shown with it'), {
      target: { value: 'Reads as a reproach.' },
    });
    fireEvent.input(within(region).getByLabelText('Suggested alternatives'), {
      target: { value: 'To recap\nAs a quick summary' },
    });
    fireEvent.click(within(region).getByRole('button', { name: 'Add phrase' }));
    await waitFor(async () =>
      expect((await stored()).customPhrases).toEqual([
        {
          phrase: 'per my last email',
          category: 'escalation',
          message: 'Reads as a reproach.',
          alternatives: ['To recap', 'As a quick summary'],
        },
      ]),
    );
    fireEvent.click(await within(region).findByRole('button', { name: 'Remove “per my last email”' }));
    await waitFor(async () => expect((await stored()).customPhrases).toEqual([]));
  });
});

describe('sites, send gate and language', () => {
  it('adds a site once the browser grants it, and removes it', async () => {
    const granted: string[] = [];
    fakeBrowser.permissions.request = vi.fn(async ({ origins = [] }) => {
      granted.push(...origins);
      return true;
    }) as typeof fakeBrowser.permissions.request;
    fakeBrowser.permissions.getAll = (async () => ({
      origins: [...granted],
      permissions: [],
    })) as typeof fakeBrowser.permissions.getAll;
    fakeBrowser.permissions.remove = vi.fn(async () => true) as typeof fakeBrowser.permissions.remove;
    await renderPage();
    fireEvent.input(screen.getByLabelText('Site address'), { target: { value: 'Mail.Example.com/inbox' } });
    fireEvent.submit(screen.getByLabelText('Site address').closest('form') as HTMLFormElement);
    await waitFor(async () => expect((await stored()).sites).toContain('https://mail.example.com'));
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://mail.example.com/*'] });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove https://mail.example.com' }));
    await waitFor(async () => expect((await stored()).sites).not.toContain('https://mail.example.com'));
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://mail.example.com/*'] });
  });

  it('does not add a site the user refused', async () => {
    fakeBrowser.permissions.request = (async () => false) as typeof fakeBrowser.permissions.request;
    fakeBrowser.permissions.getAll = (async () => ({
      origins: [],
      permissions: [],
    })) as typeof fakeBrowser.permissions.getAll;
    await renderPage();
    fireEvent.input(screen.getByLabelText('Site address'), { target: { value: 'mail.example.com' } });
    fireEvent.submit(screen.getByLabelText('Site address').closest('form') as HTMLFormElement);
    expect((await screen.findByRole('alert')).textContent).toContain('was not allowed');
    expect((await stored()).sites).toEqual(DEFAULT_SETTINGS.sites);
  });

  it('has the send gate on by default, sets its severity, switches it off and picks a language', async () => {
    await renderPage();
    const gate = screen.getByRole('switch', { name: 'Stop me before sending' });
    expect(gate.getAttribute('aria-checked')).toBe('true');
    fireEvent.change(screen.getByLabelText('When a finding is'), { target: { value: 'medium' } });
    await waitFor(async () => expect((await stored()).sendGate).toEqual({ enabled: true, minSeverity: 'medium' }));
    fireEvent.click(gate);
    await waitFor(async () => expect((await stored()).sendGate).toEqual({ enabled: false, minSeverity: 'medium' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Portuguese' }));
    await waitFor(async () => expect((await stored()).language).toBe('pt'));
  });
});

describe('firm policy and broken settings', () => {
  it('locks what the administrator set and says so', async () => {
    await fakeBrowser.storage.managed.set({ sendGate: { enabled: true, minSeverity: 'high' }, firmName: 'Acme Law' });
    await renderPage();
    const gate = screen.getByRole('switch', { name: 'Stop me before sending' }) as HTMLInputElement;
    expect(gate.checked).toBe(true);
    expect(gate.closest('fieldset')?.disabled).toBe(true);
    expect((screen.getByLabelText('Firm name') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Firm name') as HTMLInputElement).value).toBe('Acme Law');
    expect(screen.getAllByText('Set by your organization').length).toBeGreaterThanOrEqual(2);
    expect((screen.getByLabelText('Urgent contact (phone or address)') as HTMLInputElement).disabled).toBe(false);
  });

  it('shows a notice for a stored value it could not use, and repairs it on request', async () => {
    await fakeBrowser.storage.sync.set({ language: 'klingon' });
    await renderPage();
    const notices = screen.getByRole('region', { name: 'Some saved settings could not be used' });
    expect(notices.textContent).toContain('Checking language');
    fireEvent.click(within(notices).getByRole('button', { name: 'Save the corrected settings' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Some saved settings could not be used' })).toBeNull(),
    );
    expect((await fakeBrowser.storage.sync.get('language')).language).toBe('auto');
  });
});

describe('import and export', () => {
  function upload(content: string, name = 'team.json') {
    const input = screen.getByLabelText('Load from a file') as HTMLInputElement;
    const file = new File([content], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  }

  it('rejects a file with problems, lists them and changes nothing', async () => {
    await renderPage();
    const before = await stored();
    upload(JSON.stringify({ version: 1, language: 'de', sendGate: { enabled: true, minSeverity: 'high' } }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('team.json was not loaded, and nothing was changed');
    expect(alert.textContent).toContain('language:');
    expect(await stored()).toEqual(before);
  });

  it('rejects a file that is not JSON', async () => {
    await renderPage();
    upload('not json at all', 'notes.txt');
    expect((await screen.findByRole('alert')).textContent).toContain('notes.txt is not a settings file');
  });

  it('applies a valid file, leaving the administrator fields alone', async () => {
    await fakeBrowser.storage.managed.set({ language: 'en' });
    await renderPage();
    upload(JSON.stringify({ version: 1, firmName: 'Team firm', language: 'pt' }));
    expect((await screen.findByText(/Loaded 1 settings; 1 are set by your organization/)).textContent).toBeTruthy();
    expect((await fakeBrowser.storage.sync.get('firmName')).firmName).toBe('Team firm');
    expect((await fakeBrowser.storage.sync.get('language')).language).toBeUndefined();
  });

  it('exports the settings as a file that imports cleanly', async () => {
    let exported: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      exported = blob;
      return 'blob:settings';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Save to a file' }));
    expect(click).toHaveBeenCalled();
    const data = JSON.parse(await (exported as Blob).text());
    expect(data.version).toBe(1);
    expect(data.officeHours.timeZone).toBe('Europe/Lisbon');
    click.mockRestore();
  });
});

describe('in Brazilian Portuguese', () => {
  it('speaks the browser language', async () => {
    installI18n('pt_BR');
    render(<OptionsApp clock={() => SATURDAY} />);
    await screen.findByRole('heading', { level: 1, name: 'Configurações do Even Keel' });
    expect(screen.getByTestId('now-line').textContent).toBe('Agora: fechado — reabre segunda-feira, 09:00');
  });
});
