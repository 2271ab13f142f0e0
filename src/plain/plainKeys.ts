/**
 * What to type, besides an answer, in plain mode; the same on every question and on the review. Going back is `<`
 * rather than `b`: a text answer can be the letter b ("Goal in a word?" "b"), and nobody answers anything with a
 * lone less-than sign. The sentence names the sign, since a screen reader may read it as just "less".
 */
export const PLAIN_KEYS = { back: '<', repeat: '?', skip: '-' } as const;

/** "Type < (the less-than sign) to go back", to finish with where to and what else can be typed. */
export const TYPE_BACK = `Type ${PLAIN_KEYS.back} (the less-than sign) to go back`;
