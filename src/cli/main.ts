import { readFileSync } from 'node:fs';
import { runCli } from './run.ts';

// `npm run --silent cli -- '<program>' [--at a=2,b=1] [--json] [--tree]`; `-` reads stdin.
const result = runCli(process.argv.slice(2), () => readFileSync(0, 'utf8'));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
