export const NARROW_CLASS: string;
export function patchStringWidth(code: string, path: string): string;
export const stringWidthPatchPlugin: { name: string; setup(build: unknown): void };
