// The CLI's user-facing error: a problem the user must fix, printed without a stack trace, with its exit code.

/** A problem the user must fix (bad usage, missing file, full disk): printed without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
