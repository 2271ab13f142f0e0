import { describe, expect, it } from 'vitest';
import { maskText } from '../../../src/core/survey/maskText.js';

describe('maskText', () => {
  it.each([
    ['call 555-123-4567', 'call [phone]'],
    ['(555) 123 4567', '[phone]'],
    ['+1 555.123.4567 any time', '[phone] any time'],
    ['+1 (555) 123-4567', '[phone]'],
    ['5551234567', '[phone]'],
    ['ring 555-1234 after 5', 'ring [phone] after 5'],
    ['me@x.org', '[email]'],
    ['write to Jo.Smith+cp@mail.example.co.uk, thanks.', 'write to [email], thanks.'],
    ['me@x.org or 555 123 4567', '[email] or [phone]'],
    ['2 or 3 sites within 45 miles', '2 or 3 sites within 45 miles'],
    ['since 2024, about 120 hours', 'since 2024, about 120 hours'],
    ['meet @ the front desk', 'meet @ the front desk'],
    ['red\u001b[31m text\u202e and\nnew line', 'red text and new line'],
  ])('%j → %j', (input, expected) => {
    expect(maskText(input)).toBe(expected);
  });
});
