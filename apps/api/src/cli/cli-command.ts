/** Where a command writes: `stdout` for machine-readable output only, `stderr` for everything human. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliCommand {
  /** The word after `npm run sop --`, e.g. `migrate`. */
  readonly name: string;
  /** One Dutch line for the help text. */
  readonly summary: string;
  /** Returns the process exit code (0 = success). */
  run(args: string[], io: CliIo): Promise<number>;
}
