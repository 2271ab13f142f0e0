import { writeFileSync } from 'node:fs';
import { seeded, syntheticResponse } from '../bench/syntheticResponses.mjs';

/**
 * 1000 responses whose site types match ASRT's published shares exactly: 789 hospital (78.9%), 197 imaging center
 * (19.7%), 106 large clinic (10.6%); everyone ticks at least one. Written to `path` as JSON lines.
 */
export function writeAsrtSiteTypes(path: string): void {
  const random = seeded(18);
  const lines: string[] = [];
  for (let i = 0; i < 1000; i += 1) {
    const sites = [...(i < 789 ? ['hospital'] : []), ...(i >= 803 ? ['imaging_center'] : []), ...(i >= 789 && i < 895 ? ['large_clinic'] : [])];
    const response = syntheticResponse(random) as { answers: Record<string, unknown> };
    lines.push(JSON.stringify({ ...response, answers: { ...response.answers, site_types: sites } }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
