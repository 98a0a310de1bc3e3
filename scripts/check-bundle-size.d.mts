export const BUDGET_KB: number;
export const webDist: string;
export function initialScripts(html: string): string[];
export function initialStyles(html: string): string[];
export function gzippedKb(file: string): number;
export type InitialFiles = { files: number; kb: number };
export function initialBundle(dist?: string): { scripts: InitialFiles; styles: InitialFiles };
