import { submitWords } from '../../messages/submitWords.js';
import { CliError } from '../CliError.js';

/** An invite code as the header carries it: printable ASCII without spaces, as survey teams hand them out. */
export function inviteCode(raw: string): string {
  if (!/^[\x21-\x7e]{1,200}$/.test(raw)) throw new CliError([submitWords.badInvite]);
  return raw;
}
