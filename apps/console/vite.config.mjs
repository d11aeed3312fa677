// The console's build: static assets under dist/console, served by the api at /console (ADR 0030).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/console/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    // One chunk for ECharts' tree-shaken parts is fine for an internal console on the bank's network.
    chunkSizeWarningLimit: 1500,
  },
});
