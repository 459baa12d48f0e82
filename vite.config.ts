/**
 * Builds the client (client/) into client/dist, which the server serves at `/`. In development
 * (`npm run dev`) Vite serves the client with hot reload and proxies the API to the server, whose port
 * is REDSTRING_API_PORT (default 4000).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const apiPort = process.env.REDSTRING_API_PORT ?? '4000';
const api = `http://127.0.0.1:${apiPort}`;

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  // plugin-react gives fast refresh in development; Vite's own transform (oxc) compiles the TSX.
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // The bundler's timing report is advice for plugin authors, noise in `npm start`.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    port: Number(process.env.REDSTRING_DEV_PORT ?? 5173),
    strictPort: false,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
    },
  },
});
