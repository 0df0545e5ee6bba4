import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes to a temporary sibling first, then renames: a crash or a full disk never leaves a
 * half-written export where the user expects a whole one.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.part`;
  await writeFile(temp, bytes);
  await rename(temp, path);
}
