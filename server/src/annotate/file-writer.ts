// Reading and writing one annotation file: its version (a hash of its bytes), and an atomic write (a
// temporary file in the same folder, flushed to disk, then renamed over the file), so a crash at
// any point leaves either the old file or the new one, never a mix. The file system calls are
// passed in, so a test can make the rename fail and see that nothing changed.
import { createHash, randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The version of a file that does not exist (a document not annotated yet). */
export const MISSING_VERSION = 'none';

export function versionOf(bytes: Uint8Array | null): string {
  return bytes === null ? MISSING_VERSION : `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

export interface FileOps {
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const REAL_FILE_OPS: FileOps = { rename, unlink };

/** The file's bytes, or null when it does not exist. */
export async function readBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes `text` as the file at `path`, all or nothing. The temporary file's name ends in .tmp, which
 * the seed never reads (it reads .txt, .yaml and .yml), so one left by a crash is never taken as data.
 */
export async function writeAtomically(path: string, text: string, ops: FileOps = REAL_FILE_OPS): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(text, 'utf8');
      // On disk before the rename: otherwise a power cut could leave the new name on empty content.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Removes the file (undo of the change that created it). */
export async function removeFile(path: string, ops: FileOps = REAL_FILE_OPS): Promise<void> {
  await ops.unlink(path);
  await syncFolder(dirname(path));
}

/** Makes the rename itself durable. Some file systems cannot open a folder for this: then the rename is as durable as they make it. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM/EINVAL on platforms without directory fsync: nothing more can be done.
  } finally {
    await handle?.close();
  }
}
