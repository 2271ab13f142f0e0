export function needsBuild(root: string, stamp: string | URL): boolean;
