// `npm start`: the real extension in real Chromium on a bundled webmail-like page with a difficult
// client's message and a draft reply. With a display the browser stays open to try it; without
// one it runs headless, saves screenshots of the hints and the card under demo-output/ and prints
// the findings.
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/engine/types.ts';
import { draftReport, hoverPainted, statusButtons, waitForPainted } from './compose.ts';
import { launchExtension, openFixture } from './harness.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const OUTPUT = join(ROOT, 'demo-output');
const DEMO_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKdemo';
const EDITOR = '#\\:demo';

function printReport(report: Report | null): void {
  if (!report) {
    console.log('No report: the extension did not check the draft.');
    return;
  }
  const count = report.findings.length;
  console.log(
    `\nEven Keel found ${count} ${count === 1 ? 'thing' : 'things'} to look at in the draft (${report.lang}):\n`,
  );
  for (const finding of report.findings) {
    const where = finding.text ? `"${finding.text}"` : '(whole draft)';
    console.log(`  • ${finding.category} (${finding.severity}) ${where}`);
    console.log(`    ${finding.message}`);
    const suggestion = finding.suggestions[0];
    if (suggestion) {
      console.log(`    → ${suggestion.label}: ${suggestion.edits.map((edit) => `"${edit.text}"`).join(' … ')}`);
    }
  }
  console.log('\nChecklist:');
  for (const item of report.checklist) console.log(`  ${item.ok ? '✓' : '✗'} ${item.label}`);
}

async function main(): Promise<void> {
  const headless = process.env.EVEN_KEEL_HEADLESS === '1' || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const session = await launchExtension({ headless, viewport: { width: 1280, height: 860 } });
  try {
    const { page, errors } = await openFixture(session.context, DEMO_URL, 'demo-compose.html');
    await waitForPainted(page, EDITOR, (ranges) => ranges.length > 0, 30_000);
    printReport(await draftReport(session, page));

    if (!headless) {
      console.log('\nChromium is open on the demo draft: hover an underline, press Alt+Shift+K, or use the');
      console.log('"Even Keel" button in the corner of the compose box. Close the window to finish.');
      await new Promise<void>((done) => session.context.on('close', () => done()));
      return;
    }

    await mkdir(OUTPUT, { recursive: true });
    const shots: string[] = [];
    const shoot = async (name: string) => {
      const path = join(OUTPUT, name);
      await page.screenshot({ path });
      shots.push(relative(process.cwd(), path));
    };
    await page.mouse.move(5, 5);
    await shoot('hints.png');
    const first = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('even-keel-') && name !== 'even-keel-active') {
          for (const range of highlight as Highlight) return range.toString().replace(/\u00a0/g, ' ');
        }
      }
      return null;
    });
    if (first) {
      await hoverPainted(page, EDITOR, first);
      await page.getByRole('dialog').waitFor();
      await shoot('card.png');
      await page.mouse.move(5, 5);
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await statusButtons(page).first().click();
    await page.getByRole('dialog', { name: /Even Keel/ }).waitFor();
    await shoot('list.png');
    console.log(`\nScreenshots (headless, no display found): ${shots.join(', ')}`);
    if (errors.length > 0) console.log(`Page errors: ${errors.join('; ')}`);
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
