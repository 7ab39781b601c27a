/**
 * A problem the user can fix (bad arguments, unreadable file, no header row …). The CLI prints
 * its message as one plain line on stderr and exits 2; it never shows a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Exit code for user errors (the usual code for misuse of a command-line tool). */
export const USER_ERROR_EXIT = 2;
/** Exit code for an unexpected failure inside EARmark. */
export const INTERNAL_ERROR_EXIT = 1;
