/**
 * Uploaded files (multipart) saved to a private temporary folder, so that an import job streams
 * them from disk like any file (server/formats/input.ts) and checks their bytes as it reads them,
 * rather than holding decoded text. The folder is removed when the job ends.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ImportInput } from '../formats/types.ts';

export interface SavedUploads {
  inputs: ImportInput[];
  /** Removes the folder and everything in it. */
  remove(): Promise<void>;
}

/** Saves each file under its own number; its name (for messages and detection) is kept apart. */
export async function saveUploads(files: readonly File[]): Promise<SavedUploads> {
  const dir = await mkdtemp(join(tmpdir(), 'redstring-upload-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const inputs: ImportInput[] = [];
    for (const [index, file] of files.entries()) {
      const path = join(dir, String(index));
      // The server adapter's File streams are its own (not Node's web streams): read them plainly.
      const reader = file.stream().getReader();
      const handle = await open(path, 'wx', 0o600);
      try {
        for (let part = await reader.read(); !part.done; part = await reader.read())
          await handle.write(part.value);
      } finally {
        await handle.close();
      }
      // Only the last part of the name the client gave: it appears in messages, never in a path.
      inputs.push({ path, name: basename(file.name || `file ${index + 1}`) });
    }
    return { inputs, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
