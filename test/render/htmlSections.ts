/** The HTML report's question sections read back with plain regular expressions (the page's own shape, no parser). */
export interface HtmlSection {
  id: string;
  heading: string;
  /** Every <text> in the chart, entities decoded. */
  chartTexts: string[];
  /** The table's body rows: the option label, then each cell's text. */
  rows: { label: string; cells: string[] }[];
  html: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
export const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => decode(m[1] ?? ''));

export function htmlSections(page: string): HtmlSection[] {
  return [...page.matchAll(/<section class="question"[^>]*data-question="([^"]*)"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => {
    const html = m[2] ?? '';
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
    return {
      id: decode(m[1] ?? ''),
      heading: all(html, /<h2[^>]*>([\s\S]*?)<\/h2>/g)[0] ?? '',
      chartTexts: all(html, /<text[^>]*>([\s\S]*?)<\/text>/g),
      rows: [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => ({
        label: all(row[1] ?? '', /<th[^>]*>([\s\S]*?)<\/th>/g)[0] ?? '',
        cells: all(row[1] ?? '', /<td[^>]*>([\s\S]*?)<\/td>/g),
      })),
      html,
    };
  });
}
