import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/survey/responseFile.js';
import { renderReport } from '../../src/render/renderReport.js';
import { ASRT_ORDER, renderReportHtml } from '../../src/render/reportHtml.js';
import { writeResponses } from '../bench/syntheticResponses.mjs';
import { tempHome } from '../e2e/runBin.js';
import { runMain } from '../e2e/runMain.js';
import { htmlSections } from './htmlSections.js';
import { HOSTILE, sampleReport } from './reportSample.js';

const made = new Date('2026-11-30T09:15:00Z');
const bank = { id: 'clinical-path', version: '2026.12', title: 'Clinical Path' };
const report = sampleReport();
const page = renderReportHtml(report, { bank, made });

/** Every attribute in the page's tags that could load something (src, href, xlink:href, …): text between tags is not looked at. */
const loadAttributes = (html: string) =>
  [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap(([tag]) =>
    [...tag.matchAll(/\s(?:src|href|xlink:href|srcset|action|poster|data|background)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => m[1]),
  );

describe('renderReportHtml', () => {
  it('is one page with no script and nothing that loads from elsewhere', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<(?:link|img|iframe|object|embed|image|use|foreignObject)\b/i);
    expect(loadAttributes(page)).toEqual([]);
    expect(page).not.toMatch(/@import|@font-face/i);
    // CSS and SVG refer only to the page itself (url(#hatch-…)).
    for (const [, target] of page.matchAll(/url\(([^)]*)\)/g)) expect(target).toMatch(/^#/);
    // No address at all in this page's own markup and style.
    expect(page).not.toMatch(/(?:https?:)?\/\/[a-z]/i);
  });

  it('says the bank, the counts, K, the noise and the date', () => {
    expect(page).toContain('<h1>Survey report: Clinical Path</h1>');
    expect(page).toContain('<dd>clinical-path, version 2026.12</dd>');
    expect(page).toContain('<dt>Respondents</dt><dd>120</dd>');
    expect(page).toContain('<dt>Duplicates removed</dt><dd>3</dd>');
    expect(page).toContain('<dt>Invalid records</dt><dd>2 (counted, not included)</dd>');
    expect(page).toContain('<dt>Minimum cell size</dt><dd>5 (smaller counts are suppressed)</dd>');
    expect(page).toContain('<dt>Noise added</dt><dd>No: counts are exact</dd>');
    expect(page).toContain('<time datetime="2026-11-30">2026-11-30</time>');
    const noisy: Report = { ...report, noise: { epsilon: 0.5, sensitivity: 2 } };
    expect(renderReportHtml(noisy, { bank, made })).toContain('<dd>Yes: random noise added to every count, epsilon 0.5</dd>');
  });

  it('has one h2 per question after the h1, each chart with a title, a desc and a table', () => {
    const sections = htmlSections(page);
    expect(sections.map((s) => s.id)).toEqual(['site_types', 'hipaa_training', 'tiny_group']);
    const headings = [...page.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
    expect(headings).toEqual([1, 2, 2, 2]);
    for (const section of sections) {
      expect(section.html).toMatch(/<svg class="chart" role="img" aria-labelledby="(q\d+)-title \1-desc"/);
      expect(section.html).toMatch(/<title id="q\d+-title">[^<]+<\/title>/);
      expect(section.html).toMatch(/<desc id="q\d+-desc">[^<]+<\/desc>/);
      expect(section.html).toMatch(/<details><summary>[^<]+<\/summary>\n<table>/);
    }
    expect(page).toMatch(/@media print \{[\s\S]*section\.question \{ break-inside: avoid;/);
    expect(page).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });

  it('labels bars with value and denominator, and ASRT beside them', () => {
    const [sites] = htmlSections(page);
    expect(sites?.chartTexts).toEqual(expect.arrayContaining(['93 of 118, 78.8%', 'ASRT 78.9%', '24 of 118, 20.3%', 'ASRT 19.7%', 'ASRT 10.6%']));
    expect(sites?.rows[0]).toEqual({ label: 'Hospital', cells: ['93', '78.8%', '118', '78.9%'] });
  });

  it('draws a suppressed cell hatched and says "fewer than K" in the chart and the table', () => {
    const [sites] = htmlSections(page);
    expect(sites?.html).toMatch(/fill="url\(#hatch-q1\)"/);
    expect(sites?.chartTexts).toContain('suppressed: fewer than 5, or withheld to protect one that is');
    expect(sites?.rows[2]).toEqual({ label: 'Large clinic', cells: ['suppressed: fewer than 5, or withheld to protect one that is', '118', '10.6%'] });
    const k10 = renderReportHtml({ ...report, minCell: 10 }, { bank, made });
    expect(k10).toContain('fewer than 10');
  });

  it('says a tick-box question can add up to more than 100%, and only there', () => {
    const [sites, hipaa] = htmlSections(page);
    expect(sites?.html).toContain('the shares can add up to more than 100%');
    expect(hipaa?.html).not.toContain('more than 100%');
  });

  it("puts the questions in ASRT's order, then the rest in bank order", () => {
    const q = (id: string) => ({ id, label: id, kind: 'single' as const, answered: 10, options: [] });
    const shuffled = { ...report, questions: ['state', 'liability_required', 'hipaa_training', 'other', 'discipline', 'paid_for_clinicals', 'site_types'].map(q) };
    const order = htmlSections(renderReportHtml(shuffled, { bank, made })).map((s) => s.id);
    expect(order).toEqual(['site_types', 'discipline', 'paid_for_clinicals', 'hipaa_training', 'liability_required', 'state', 'other']);
    expect(ASRT_ORDER.slice(0, 5)).toEqual(['site_types', 'discipline', 'paid_for_clinicals', 'hipaa_training', 'liability_required']);
  });

  it('escapes every text from the bank and the report', () => {
    const script = '<script>alert(1)</script><img src="http://evil.example/x.png">&#x202E;';
    const hostile: Report = {
      ...report,
      questions: report.questions.map((question, i) => ({
        ...question,
        label: i === 0 ? `${question.label} ${script}` : question.label,
        options: question.options.map((o, j) => (j === 0 ? { ...o, label: `${o.label} ${script} "quoted" 'single'` } : o)),
      })),
    };
    const html = renderReportHtml(hostile, { bank: { id: 'x"><script>', version: '1<b>', title: `T ${script}` }, made });
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(loadAttributes(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=&quot;http://evil.example/x.png&quot;&gt;&amp;#x202E;');
    expect(html).toContain('&quot;quoted&quot; &#39;single&#39;');
    // The hostile sample label: escape sequences and controls gone, as in the other renderers.
    expect(page).toContain('redlink');
    expect(page).not.toContain(HOSTILE);
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    expect(page).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('is what renderReport gives for html, and renderReport refuses html without the bank and date', () => {
    expect(renderReport(report, 'html', { html: { bank, made } })).toBe(page);
    expect(() => renderReport(report, 'html')).toThrow(/needs the bank/);
  });
});

describe('report --format html', () => {
  it("has in its tables the JSON report's numbers for the same responses, every question as an h2", async () => {
    const { home } = tempHome();
    const file = join(home, 'r.jsonl');
    await writeResponses(file, 300, 7);
    const out = join(home, 'report.html');
    expect((await runMain(['report', file, '--format', 'html', '--out', out], { home })).code).toBe(0);
    const json = JSON.parse((await runMain(['report', file, '--format', 'json'], { home })).stdout) as Report;
    const sections = htmlSections(readFileSync(out, 'utf8'));
    expect(sections.map((s) => s.id).sort()).toEqual(json.questions.map((q) => q.id).sort());
    for (const question of json.questions) {
      const section = sections.find((s) => s.id === question.id);
      expect(section?.heading).toBe(question.label);
      expect(section?.rows.map((r) => r.label)).toEqual(question.options.map((o) => o.label));
      section?.rows.forEach(({ cells }, i) => {
        const option = question.options[i];
        if (!option) throw new Error('more rows than options');
        const hidden = option.suppressed || option.count === null;
        const share = hidden ? [`suppressed: fewer than ${json.minCell}, or withheld to protect one that is`] : [String(option.count), option.percent === null ? '—' : `${option.percent.toFixed(1)}%`];
        const asrt = option.baselinePercent === null ? '—' : `${option.baselinePercent.toFixed(1)}%`;
        expect(cells, `${question.id}/${option.value}`).toEqual([...share, question.answered === null ? 'suppressed' : String(question.answered), asrt]);
      });
    }
  });
});
