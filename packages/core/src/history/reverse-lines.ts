import { open } from 'node:fs/promises';

/** One line of a file read backwards. */
export interface ReverseLine {
  /** The line's bytes, without the `"\n"`. */
  bytes: Buffer;
  /** 0 for the last line of the file, 1 for the one before, … */
  fromEnd: number;
  /** True for a last line without a trailing `"\n"` (a write was cut short). */
  torn: boolean;
}

/** Bytes read per step (the buffer grows for longer lines). */
const CHUNK_BYTES = 1 << 20;

/**
 * The non-empty lines of a file, last first, reading 1 MB steps from the end, so a caller that needs the
 * newest lines stops without reading (or parsing) the older part of the file. A missing file has no lines.
 */
export async function* reverseLines(file: string): AsyncGenerator<ReverseLine> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    let pos = (await handle.stat()).size;
    let torn = false; // the file ends without "\n": its last line is torn
    if (pos > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, pos - 1);
      torn = last[0] !== 0x0a;
    }
    let carry: Buffer = Buffer.alloc(0); // the end of a line whose beginning is not read yet
    let fromEnd = 0;
    const emit = (bytes: Buffer): ReverseLine => {
      const line = { bytes, fromEnd, torn: torn && fromEnd === 0 };
      fromEnd++;
      return line;
    };
    while (pos > 0) {
      const length = Math.min(CHUNK_BYTES, pos);
      pos -= length;
      const chunk = Buffer.allocUnsafe(length);
      await handle.read(chunk, 0, length, pos);
      const buf = carry.length > 0 ? Buffer.concat([chunk, carry]) : chunk;
      let end = buf.length;
      let nl = buf.lastIndexOf(0x0a, end - 1);
      while (nl >= 0) {
        if (nl + 1 < end) yield emit(buf.subarray(nl + 1, end));
        end = nl;
        nl = end > 0 ? buf.lastIndexOf(0x0a, end - 1) : -1;
      }
      carry = buf.subarray(0, end);
    }
    if (carry.length > 0) yield emit(carry);
  } finally {
    await handle.close();
  }
}
