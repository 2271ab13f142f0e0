export function seeded(seed: number): () => number;
export function syntheticResponse(random: () => number): {
  format: string;
  formatVersion: number;
  bank: { id: string; version: string };
  responseId: string;
  revision: number;
  consentVersion: string;
  month: string;
  answers: Record<string, string | string[]>;
};
export function writeResponses(path: string, count: number, seed?: number): Promise<void>;
