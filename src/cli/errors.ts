/**
 * A problem the user can act on (how the command was called, a file that cannot be written):
 * its message is the single line shown, and the exit code is 2.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
