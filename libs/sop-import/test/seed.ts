/** The real seed SOP (text from its PDF), read from the shared folder: never copied into the repository. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_PATH = join(__dirname, '..', '..', '..', '..', 'shared', 'sop', 'jeroen-2023-2024.txt');

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}
