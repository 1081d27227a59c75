/** An expected CLI failure: printed as one `podium: <reason>` line, exit code 1. */
export class CliError extends Error {}
