import { stripControl } from '../text/stripControl.js';

/**
 * Anything shaped like local@domain.tld. Deliberately broad (any letters or digits, dots and dashes in the domain):
 * masking too much costs a few words of free text, masking too little exposes a person.
 */
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * A run of digits, optionally led by "+", split by at most two of space, dot or dash, with groups optionally in
 * parentheses: "555-123-4567", "(555) 123 4567", "+1 555.123.4567", "555 1234". Not preceded by a letter or digit.
 * Only runs with 7 or more digits are masked (see maskText), so "2 or 3" and a year stay.
 */
const NUMBER_RUN = /(?<![\p{L}\p{N}])\+?(?:\(\s?\d+\s?\)|\d)(?:[ .-]{0,2}(?:\(\s?\d+\s?\)|\d))*/gu;
const MIN_PHONE_DIGITS = 7;

/**
 * Free text made fit to leave the computer it was typed on: control, escape and bidi characters removed (line breaks
 * become spaces), e-mail addresses replaced by "[email]" and phone-like numbers of 7 or more digits by "[phone]".
 * Over-masks on purpose: a long date such as 2026-11-15 also becomes "[phone]".
 */
export function maskText(text: string): string {
  return stripControl(text)
    .replace(EMAIL, '[email]')
    .replace(NUMBER_RUN, (run) => (run.replace(/\D/g, '').length >= MIN_PHONE_DIGITS ? '[phone]' : run));
}
