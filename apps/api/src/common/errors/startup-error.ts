/**
 * A failure at start-up that the user can fix (bad config, folder in use, database unreachable). Entry points print
 * its message as one line, without a stack, and exit with code 1.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
