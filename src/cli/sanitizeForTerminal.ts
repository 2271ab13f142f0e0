// eslint-disable-next-line no-control-regex -- these are exactly the characters we remove
const ESCAPES = /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u001B\[[0-?]*[ -/]*[@-~]|\u001B[@-_]|[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text typed by a person or read from a file, made safe to print: no escape sequences, control or bidi characters. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(ESCAPES, '');
}
