import { readFileSync } from 'node:fs';
import { MAX_PROGRAM_LENGTH } from '../syntax/index.ts';
import { EXIT, runCli } from './run.ts';
import { readStdin } from './stdin.ts';

// `npm run --silent cli -- '<program>' [--at a=2,b=1] [--json] [--tree]`; `-` reads stdin;
// `--data data.csv --train steps=N,lr=η` trains (see USAGE in run.ts).

// The reader of our output went away (`| head -c 10`): stop quietly, as `head` asked us to.
// Any other failure to write cannot be reported on the stream that failed: one line, exit 2.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`Cannot write the results: ${error.code}\n`);
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.usage);
});
process.stderr.on('error', () => process.exit(process.exitCode ?? EXIT.usage));

try {
  const result = runCli(
    process.argv.slice(2),
    () => readStdin(MAX_PROGRAM_LENGTH),
    (path) => readFileSync(path, 'utf8'),
  );
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (error) {
  // An engine bug, not the user's: one line, no stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The engine failed: ${message.split('\n')[0]}\n`);
  process.exitCode = EXIT.internal;
}
