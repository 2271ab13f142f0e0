export interface ChunkSize {
  file: string;
  bytes: number;
  entry?: string;
  imports: { file: string; dynamic: boolean }[];
  loadedBy: string[];
  owners: [owner: string, bytes: number][];
}
export function ownerOf(input: string): string;
export function sizeReport(): Promise<ChunkSize[]>;
