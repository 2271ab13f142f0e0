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
