import { submitWords } from '../../messages/submitWords.js';
import { stripControl } from '../../core/text/stripControl.js';
import { CliError } from '../CliError.js';

/** The survey server's address from --to or CLINICAL_PATH_SURVEY; anything but http(s) is refused in one line (exit 2). */
export function surveyUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CliError([submitWords.badUrl(stripControl(raw))]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError([submitWords.badUrl(stripControl(raw))]);
  // fetch refuses an address with a user name or password in it, so it could never be sent: said now, not queued forever.
  if (url.username !== '' || url.password !== '') throw new CliError([submitWords.credentialsInUrl]);
  return url;
}

/** An invite code as the header carries it: printable ASCII without spaces, as survey teams hand them out. */
export function inviteCode(raw: string): string {
  if (!/^[\x21-\x7e]{1,200}$/.test(raw)) throw new CliError([submitWords.badInvite]);
  return raw;
}

/** An API path under the survey's address, keeping a path prefix (https://host/survey → https://host/survey/api/v1/…). */
export function endpoint(base: string, path: string): URL {
  const url = new URL(base);
  return new URL(`${url.origin}${url.pathname.replace(/\/+$/, '')}${path}`);
}
