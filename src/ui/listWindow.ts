export interface ListWindow {
  /** First row shown. */
  start: number;
  /** One past the last row shown. */
  end: number;
  hiddenAbove: number;
  hiddenBelow: number;
}

/**
 * Which rows of a long list to show in `height` lines so the highlighted one is visible, leaving a line
 * for each "↑ N more" / "↓ N more" marker that is needed. Rows plus markers never exceed `height`
 * (for height ≥ 3): Ink 6 wipes the scrollback when a frame reaches the terminal's height.
 */
export function listWindow(count: number, cursor: number, height: number): ListWindow {
  const window = (start: number, end: number): ListWindow => ({ start, end, hiddenAbove: start, hiddenBelow: count - end });
  if (count <= height) return window(0, count);
  // Near either end only one marker is needed, so one more row fits.
  const edge = Math.max(1, height - 1);
  if (cursor < edge) return window(0, edge);
  if (cursor >= count - edge) return window(count - edge, count);
  // In the middle: both markers, cursor kept near the centre. Stateless, so moving back and forth never jumps oddly.
  const size = Math.max(1, height - 2);
  const start = Math.min(Math.max(1, cursor - Math.floor((size - 1) / 2)), count - 1 - size);
  return window(start, start + size);
}

/**
 * How many rows fit in `height` lines when `gap` blank lines separate them (the large theme): n rows take
 * n + (n − 1) × gap lines. At least 1.
 */
export function rowsThatFit(height: number, gap: number): number {
  return Math.max(1, Math.floor((height + gap) / (1 + gap)));
}

/**
 * listWindow for rows of different heights (a wrapped label, the highlighted row's hint): the rows around the
 * cursor that fit in `height` lines, counting `gap` blank lines between rows and a line (and gap) for each
 * "N more" marker needed. Stateless like listWindow, so moving back and forth never jumps oddly.
 */
export function windowByHeights(heights: readonly number[], cursor: number, height: number, gap: number): ListWindow {
  const count = heights.length;
  const window = (start: number, end: number): ListWindow => ({ start, end, hiddenAbove: start, hiddenBelow: count - end });
  const lines = (start: number, end: number, markers: number) => {
    let total = 0;
    for (let i = start; i < end; i++) total += (heights[i] ?? 1) + (i > start ? gap : 0);
    return total + markers * (1 + gap);
  };
  if (count === 0 || lines(0, count, 0) <= height) return window(0, count);
  let end = 1;
  while (end < count && lines(0, end + 1, 1) <= height) end++;
  if (cursor < end) return window(0, end);
  let start = count - 1;
  while (start > 0 && lines(start - 1, count, 1) <= height) start--;
  if (cursor >= start) return window(start, count);
  // In the middle: both markers; grow round the cursor, above while it has no more rows than below.
  let top = cursor;
  let bottom = cursor + 1;
  for (;;) {
    const up = top > 0 && lines(top - 1, bottom, 2) <= height;
    const down = bottom < count && lines(top, bottom + 1, 2) <= height;
    if (up && (cursor - top <= bottom - 1 - cursor || !down)) top--;
    else if (down) bottom++;
    else break;
  }
  // Too few lines for a row and both markers (a tiny terminal): keep the row and the marker below.
  if (lines(top, bottom, 2) > height) return { start: top, end: bottom, hiddenAbove: 0, hiddenBelow: count - bottom };
  return window(top, bottom);
}
