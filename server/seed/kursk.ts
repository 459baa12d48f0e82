/**
 * The first case: the Kursk article curated into the native format. Seeded into an empty store.
 */
import { readFileSync } from 'node:fs';
import { parseGraphFile, type GraphFile } from '../model/case-format.ts';

export const KURSK_CASE_PATH = new URL('./kursk-case.json', import.meta.url);

export function loadKurskCase(): GraphFile {
  return parseGraphFile(JSON.parse(readFileSync(KURSK_CASE_PATH, 'utf8')), 'server/seed/kursk-case.json');
}
