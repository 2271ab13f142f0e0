/** Where the person is, for every screen that says it. */
export interface Whereabouts {
  index: number;
  total: number;
  section: string;
  /** Changing an answer from the review. */
  editing?: boolean;
}

/**
 * "Question 3 of 20 · About you": the one heading the Ink screen, the first frame (with the terminal's separator),
 * plain mode and the screen-reader summary (with ", ") build. Plain mode says "your" answer: it is read as a sentence.
 */
export function questionHeading({ index, total, section, editing = false }: Whereabouts, separator: string, editingWords = 'changing an answer'): string {
  return `Question ${index} of ${total}${separator}${section}${editing ? `${separator}${editingWords}` : ''}`;
}
