import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/survey/responseFile.js';
import { htmlSections } from '../render/htmlSections.js';
import { writeAsrtSiteTypes } from './reportHtmlAsrt.js';
import { tempHome } from './runBin.js';
import { runMain } from './runMain.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Screenshots kept after the run (gitignored), for the README and for a person to look at. */
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

let browser: Browser;
let home: string;
let file: string;
let json: Report;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser test needs Debian's chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it when missing).`);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  ({ home } = tempHome());
  const responses = join(home, 'asrt.jsonl');
  writeAsrtSiteTypes(responses);
  file = join(home, 'report.html');
  expect((await runMain(['report', responses, '--format', 'html', '--out', file], { home })).code).toBe(0);
  json = JSON.parse((await runMain(['report', responses, '--format', 'json'], { home })).stdout) as Report;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The report opened from disk, with every console error, page error and request that is not file: or data: kept. */
async function open(colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 900, height: 1200 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (!/^(?:file|data):/.test(request.url())) requests.push(request.url());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => (globalThis as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run());
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${String(v.impact)}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('the HTML report in headless Chromium', () => {
  it('opens from disk with no console error and no network request', async () => {
    const { page, errors, requests } = await open();
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('h2').count()).toBe(json.questions.length);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe-core violation (%s)', async (scheme) => {
    const { page } = await open(scheme);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows in every chart's table the JSON report's numbers, as the browser reads them", async () => {
    const { page } = await open();
    for (const question of json.questions) {
      const rows = await page.locator(`section[data-question="${question.id}"] tbody tr`).evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
      );
      expect(rows.map((r) => r[0])).toEqual(question.options.map((o) => o.label));
      rows.forEach((cells, i) => {
        const option = question.options[i];
        if (!option || option.suppressed || option.count === null) return;
        expect(cells.slice(1, 3), `${question.id}/${option.value}`).toEqual([String(option.count), option.percent === null ? '—' : `${option.percent.toFixed(1)}%`]);
      });
    }
    await page.context().close();
  });

  it('prints a PDF with every question whole in a block, and saves screenshots of two charts', async () => {
    const { page } = await open();
    await page.emulateMedia({ media: 'print' });
    // Every question is laid out when printed and is kept whole across pages.
    const sections = await page.locator('section.question').evaluateAll((list) =>
      list.map((s) => ({ heading: s.querySelector('h2')?.textContent ?? '', breakInside: getComputedStyle(s).breakInside, height: s.getBoundingClientRect().height })),
    );
    expect(sections.map((s) => s.heading)).toEqual(htmlSections(readFileSync(file, 'utf8')).map((s) => s.heading));
    for (const section of sections) expect(section).toMatchObject({ breakInside: 'avoid' });
    for (const section of sections) expect(section.height).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'Letter', printBackground: true, outline: true, tagged: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Chromium compresses the PDF's page text, but its outline (one entry per printed heading) is plain: every
    // question's heading must be there, and the pages must be enough to hold them.
    expect(pdfOutlineTitles(pdf)).toEqual(expect.arrayContaining(sections.map((s) => s.heading)));
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(json.questions.length / 6));
    await page.emulateMedia({ media: 'screen' });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const id of ['site_types', 'hipaa_training']) {
      const path = join(ARTIFACTS, `report-html-${id}.png`);
      await page.locator(`section[data-question="${id}"] svg.chart`).screenshot({ path });
      expect(statSync(path).size).toBeGreaterThan(1000);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'report-html-page.png'), clip: { x: 0, y: 0, width: 900, height: 1200 } });
    await page.context().close();
  });
});

/** The titles of a PDF's outline entries: literal strings `(…)` with their escapes, or UTF-16 hex strings `<FEFF…>`. */
function pdfOutlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const titles: string[] = [];
  for (const match of text.matchAll(/\/Title\s*(?:<([0-9A-Fa-f]+)>|\(((?:\\.|[^\\)])*)\))/g)) {
    if (match[1] !== undefined) {
      const bytes = Buffer.from(match[1], 'hex');
      titles.push(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1'));
    } else {
      const raw = (match[2] ?? '').replace(/\\([0-7]{1,3}|.)/g, (_m, e: string) => (/^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e));
      const bytes = Buffer.from(raw, 'latin1');
      titles.push(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : raw);
    }
  }
  return titles;
}
