// conf compares versions with semver only to run migrations; clinical-path gives it none (a changed bank is
// reconciled by resumeInterview instead), so the bundle carries this stub instead of ~29 KB of semver that every
// command would load before its first output.
const notBundled = () => {
  throw new Error('semver is not bundled: conf was given migrations');
};
export default { eq: notBundled, clean: notBundled, satisfies: notBundled, lte: notBundled, gt: notBundled };
