// `npm run dev`: the API server (tsx watch, restarts on change) and Vite's dev server (hot reload,
// proxying /graphql to the API) from one command. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { setTimeout } from 'node:timers';

const apiPort = process.env.REDSTRING_API_PORT ?? process.env.PORT ?? '4000';
const children = [];

function start(name, command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    console.error(`[dev] ${name} stopped (${signal ?? code}); stopping the rest`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('api', 'npx', ['tsx', 'watch', 'server/main.ts'], { PORT: apiPort });
start('client', 'npx', ['vite', '--config', 'vite.config.ts'], { REDSTRING_API_PORT: apiPort });
console.error(
  `[dev] API on http://localhost:${apiPort}/graphql; explorer with hot reload on the Vite URL below`,
);
