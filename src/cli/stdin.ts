import { readSync } from 'node:fs';

/** Standard input as the CLI sees it: its text (cut when too long), or why it cannot be read. */
export type StdinText =
  | {
      readonly ok: true;
      /** UTF-8 decoded; at most `limit` + one chunk of UTF-16 code units when `cut`. */
      readonly text: string;
      /** True when reading stopped because the text passed `limit` code units. */
      readonly cut: boolean;
    }
  | { readonly ok: false; readonly message: string };

const CHUNK_BYTES = 1 << 16;

/**
 * Reads standard input (file descriptor 0) synchronously, stopping as soon as the decoded text
 * is longer than `limit` UTF-16 code units, so that an endless input (`< /dev/zero`) is
 * answered. Never throws: a directory, a descriptor open only for writing or closed, and other
 * read errors come back as a one-line message.
 */
export function readStdin(limit: number, fd = 0): StdinText {
  const decoder = new TextDecoder('utf-8');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const parts: string[] = [];
  let length = 0;
  for (;;) {
    let bytes: number;
    try {
      bytes = readSync(fd, buffer, 0, CHUNK_BYTES, null);
    } catch (error) {
      if (errorCode(error) === 'EAGAIN') {
        // A non-blocking pipe with nothing in it yet: wait a little rather than spin.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      return { ok: false, message: describeReadError(error) };
    }
    if (bytes === 0) break;
    const part = decoder.decode(buffer.subarray(0, bytes), { stream: true });
    parts.push(part);
    length += part.length;
    if (length > limit) return { ok: true, text: parts.join(''), cut: true };
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join(''), cut: false };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A sentence naming the problem, without a stack trace or a machine path. */
function describeReadError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EISDIR':
      return 'Cannot read the program from standard input: it is a directory';
    case 'EBADF':
      return 'Cannot read the program from standard input: it is closed or open only for writing';
    default: {
      const code = errorCode(error);
      return `Cannot read the program from standard input${code ? ` (${code})` : ''}`;
    }
  }
}
