export const BUDGET_KB: number;
export const webDist: string;
export type Screen = { name: string; page: string; alsoLoads?: string[]; ceilingKb: number };
export const SCREENS: readonly Screen[];
export type ManifestChunk = { file: string; css?: string[]; imports?: string[] };
export type Manifest = Record<string, ManifestChunk>;
export function screenFiles(
  manifest: Manifest,
  page: string,
  alsoLoads?: readonly string[],
): { scripts: string[]; styles: string[] };
export function gzippedKb(file: string): number;
export function readManifest(dist?: string): Manifest;
export type ScreenFiles = { files: number; kb: number };
export type ScreenBundle = {
  name: string;
  ceilingKb: number;
  scripts: ScreenFiles;
  styles: ScreenFiles;
};
export function entryKb(dist?: string): number;
export function screenBundles(dist?: string): ScreenBundle[];
