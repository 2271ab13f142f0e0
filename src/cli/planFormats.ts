/** The plan's output formats, shared by the commands' option lists. */
export const PLAN_FORMATS = ['text', 'markdown', 'json'] as const;
