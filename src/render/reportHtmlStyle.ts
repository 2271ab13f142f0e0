/**
 * The page's only stylesheet, inline. Colours reach 4.5:1 for text on both backgrounds (bars, being graphics, more
 * than 3:1); light and dark follow prefers-color-scheme; in print each question stays whole on a page.
 */
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1a1a1a; --muted: #4a4a4a; --rule: #767676;
  --ours: #1f5fa8; --asrt: #8a5a00; --hatch: #1a1a1a; --hatch-bg: #ffffff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121212; --fg: #eeeeee; --muted: #c4c4c4; --rule: #8f8f8f;
    --ours: #7fb2ff; --asrt: #e0b060; --hatch: #eeeeee; --hatch-bg: #121212; }
}
html { background: var(--bg); color: var(--fg); }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.45; margin: 0 auto;
  max-width: 48rem; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.75rem; }
h2 { font-size: 1.2rem; margin: 0 0 0.35rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0 0 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.notes, .meta, .multi { color: var(--muted); }
section.question { border-top: 1px solid var(--rule); padding: 1rem 0 0.5rem; break-inside: avoid; page-break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; margin: 0.5rem 0; }
svg.chart text { fill: var(--fg); font: 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
svg.chart text.series { fill: var(--muted); }
svg.chart .ours { fill: var(--ours); }
svg.chart .asrt { fill: var(--asrt); }
svg.chart .hatch-bg { fill: var(--hatch-bg); }
svg.chart .hatch-line { stroke: var(--hatch); stroke-width: 1.5; }
svg.chart .hatch-frame { fill: none; stroke: var(--hatch); stroke-width: 1; }
svg.chart .axis { stroke: var(--rule); stroke-width: 1; }
.key { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.swatch { display: inline-block; width: 1.6em; height: 0.8em; margin-right: 0.4em; vertical-align: middle; }
.swatch.ours { background: var(--ours); }
.swatch.asrt { background: var(--asrt); }
.swatch.hatched { border: 1px solid var(--hatch);
  background: repeating-linear-gradient(45deg, var(--hatch) 0 1.5px, var(--hatch-bg) 1.5px 5px); }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: 0.2rem 0.6rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
summary { cursor: pointer; }
@media print {
  html { background: #ffffff; color: #000000; }
  body { max-width: none; padding: 0; }
  section.question { break-inside: avoid; page-break-inside: avoid; }
  details > summary { display: none; }
}
`;
