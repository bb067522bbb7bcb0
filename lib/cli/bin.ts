#!/usr/bin/env node
// The `cdktf-sovereign` executable. Everything is caught, loading the CLI included: users
// see one line on stderr and exit code 2, never a stack trace.

const NAME = 'cdktf-sovereign';
const USAGE_EXIT = 2;

function fail(e: unknown): void {
  const message = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ').trim();
  process.stderr.write(`${NAME}: internal error: ${message} (please report this)\nRun '${NAME} --help' for usage.\n`);
  process.exitCode = USAGE_EXIT;
}

// `cdktf-sovereign check . | head` closes stdout early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') fail(e);
});

try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cli = require('./main') as typeof import('./main');
  cli.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(cli.errorLines(e));
      process.exitCode = cli.EXIT.USAGE;
    },
  );
} catch (e) {
  fail(e);
}
