/** The `redstring` npm bin run as an operator runs it: a child process on one data folder. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/redstring.mjs', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `redstring ARGS` on the embedded store in `dataDir`; never rejects, the exit code says. */
export function runCli(dataDir: string, args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        env: { ...process.env, REDSTRING_DATA: dataDir, REDSTRING_STORE: 'embedded' },
        // Exports of a whole graph print tens of megabytes.
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
