#!/usr/bin/env node
// The npm bin entry: registers tsx (a runtime dependency) so that the TypeScript sources run as
// they are, then hands over to the CLI. No build step between the code and the command.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../server/cli/main.ts');
process.exitCode = await runCli(process.argv);
