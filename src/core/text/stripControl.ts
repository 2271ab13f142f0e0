// eslint-disable-next-line no-control-regex -- these are exactly the characters we remove
const UNSAFE = /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B\[[0-?]*[ -/]*[@-~]|\u001B[@-_]|[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from data files made safe to print on a terminal: escape sequences, control and bidi characters go,
 * line breaks and tabs become spaces.
 */
export function stripControl(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').replace(UNSAFE, '');
}
