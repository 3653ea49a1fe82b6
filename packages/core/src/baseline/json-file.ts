import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Pretty-prints JSON with 2-space indentation, keeping arrays of numbers on one line so sample lists
 * stay short in review diffs.
 */
export function prettyJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(/\[\n\s*(-?[\d.eE+-]+(?:,\n\s*-?[\d.eE+-]+)*)\n\s*\]/g, (_, body: string) => `[${body.split(/,\n\s*/).join(', ')}]`)}\n`;
}

/**
 * Writes `text` to `file` atomically: a temp file in the same directory, fsync, then rename over the
 * target, so a reader never sees a half-written file and a crash leaves the old file intact.
 * `fsync: false` skips the flush for files that are cheap to regenerate (reports).
 */
export async function writeFileAtomic(file: string, text: string, options: { fsync?: boolean } = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      if (options.fsync !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (err) {
    // Whatever failed (disk full, fsync, rename), the target keeps its old content and no temp file stays.
    await rm(tmp, { force: true });
    throw err;
  }
}
