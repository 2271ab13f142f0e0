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
  return url;
}

/** An API path under the survey's address, keeping a path prefix (https://host/survey → https://host/survey/api/v1/…). */
export function endpoint(base: string, path: string): URL {
  const url = new URL(base);
  return new URL(`${url.origin}${url.pathname.replace(/\/+$/, '')}${path}`);
}
