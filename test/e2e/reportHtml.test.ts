import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlSections } from '../render/htmlSections.js';
import { writeAsrtSiteTypes } from './reportHtmlAsrt.js';
import { tempHome } from './runBin.js';
import { runMain } from './runMain.js';

describe('report --format html over responses matching ASRT', () => {
  it('shows 78.9, 19.7 and 10.6 for site types in the chart labels and in the table, ours beside ASRT', async () => {
    const { home } = tempHome();
    const file = join(home, 'asrt.jsonl');
    writeAsrtSiteTypes(file);
    const out = join(home, 'report.html');
    const result = await runMain(['report', file, '--format', 'html', '--out', out], { home });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const sections = htmlSections(readFileSync(out, 'utf8'));
    const sites = sections[0];
    expect(sites?.id).toBe('site_types');
    expect(sites?.heading).toBe('Kinds of clinical site');
    for (const [count, share] of [['789', '78.9'], ['197', '19.7'], ['106', '10.6']]) {
      expect(sites?.chartTexts).toContain(`${count} of 1000, ${share}%`);
      expect(sites?.chartTexts).toContain(`ASRT ${share}%`);
    }
    const row = (label: string) => sites?.rows.find((r) => r.label === label)?.cells;
    expect(row('Hospital')).toEqual(['789', '78.9%', '1000', '78.9%']);
    expect(row('Imaging center')).toEqual(['197', '19.7%', '1000', '19.7%']);
    expect(row('Large clinic')).toEqual(['106', '10.6%', '1000', '10.6%']);
  });
});
