/** `npm start` → `node apps/api/dist/main.js`: the `serve` command. */
import { main } from './cli/main';

main(['serve']).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
