import fs from 'node:fs';
import path from 'node:path';

/** The real SOP beside the repository (`../shared`, read-only; never copied into the repository). */
export const REAL_SOP = path.resolve(__dirname, '../../../../../shared/sop/jeroen-2023-2024.txt');
export const REAL_SOP_PRESENT = fs.existsSync(REAL_SOP);

/** `describe` when the real SOP is there, else a skipped block that says why. */
export function describeWithRealSop(name: string, body: () => void): void {
  if (REAL_SOP_PRESENT) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it.skip(`skipped: ${REAL_SOP} is absent (the real SOP lives outside the repository)`, () => undefined);
  });
}

export const STAFF_TOKEN = 'test-staff-token-0123456789';
