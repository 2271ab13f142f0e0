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
