// conf validates with ajv only when given a JSON schema; clinical-path never gives it one (answers are
// checked by the bank's own rules), so the bundle carries this stub instead of ~130 KB of ajv.
export class Ajv2020 {
  constructor() {
    throw new Error('ajv is not bundled: conf was given a schema');
  }
}
export default function ajvFormats() {}
