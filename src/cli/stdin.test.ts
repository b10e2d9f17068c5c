import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStdin } from './stdin.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cli-stdin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Calls `read` with a descriptor opened on `path` with `flags`, closing it after. */
function withFd<T>(path: string, flags: string, read: (fd: number) => T): T {
  const fd = openSync(path, flags);
  try {
    return read(fd);
  } finally {
    closeSync(fd);
  }
}

describe('readStdin', () => {
  it('says in one line that a directory cannot be read', () => {
    const result = withFd(scratch, 'r', (fd) => readStdin(100, fd));
    expect(result).toEqual({
      ok: false,
      message: 'Cannot read the program from standard input: it is a directory',
    });
  });

  it('says in one line that a descriptor open for writing cannot be read', () => {
    const result = withFd(join(scratch, 'out.txt'), 'w', (fd) => readStdin(100, fd));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Cannot read .* only for writing$/);
  });

  it('stops reading an endless input just past the limit', () => {
    const result = withFd('/dev/zero', 'r', (fd) => readStdin(1000, fd));
    expect(result.ok && result.cut).toBe(true);
    if (result.ok) expect(result.text.length).toBeLessThan(1000 + (1 << 16) + 1);
  });
});

const cli = ['--import', 'tsx', 'src/cli/main.ts'];

describe('the CLI process', () => {
  it('with a directory as standard input prints one line and exits 2', () => {
    const stdin = openSync(scratch, 'r');
    try {
      const run = spawnSync(process.execPath, [...cli, '-'], {
        stdio: [stdin, 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('Cannot read the program from standard input: it is a directory\n');
      expect(run.status).toBe(2);
    } finally {
      closeSync(stdin);
    }
  });

  it('stops quietly, exit 0, when its reader closes the pipe early (| head -c 10)', async () => {
    // 30,000 inputs: far more output than a pipe buffers.
    const path = join(scratch, 'wide.txt');
    writeFileSync(path, Array.from({ length: 30_000 }, (_, i) => `v${i}`).join('+'));
    const stdin = openSync(path, 'r');
    const child = spawn(process.execPath, [...cli, '-'], { stdio: [stdin, 'pipe', 'pipe'] });
    closeSync(stdin);
    if (!child.stdout || !child.stderr) throw new Error('no pipes');
    const stdout = child.stdout;
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    stdout.once('data', () => stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', (status) => resolve(status)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 20_000);
});
