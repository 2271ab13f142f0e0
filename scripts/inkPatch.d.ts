import type { Plugin } from 'esbuild';

export function patchInk(code: string, path: string): string;
export const inkPatchPlugin: Plugin;
