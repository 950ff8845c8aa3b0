/**
 * The real seed SOP (text from its PDF), read from the shared folder beside the repository: never copied into the
 * repository. In a plain clone it is absent; the tests that need it then skip with one message saying so, and the
 * generated fixtures carry the library's tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_PATH = join(__dirname, '..', '..', '..', '..', 'shared', 'sop', 'jeroen-2023-2024.txt');
export const SEED_PRESENT = existsSync(SEED_PATH);

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** `describe` when the seed SOP is there, else a skipped block that says why. */
export function describeWithSeed(name: string, body: () => void): void {
  if (SEED_PRESENT) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it.skip(`skipped: ${SEED_PATH} is absent (the seed SOP lives outside the repository)`, () => undefined);
  });
}
