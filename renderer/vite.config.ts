import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The node's HTTP API and storage WebSocket during `npm run dev:renderer`. */
const NODE_ORIGIN = 'http://127.0.0.1:4870';

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs: served by the node at `/` and by Electron at `app://lantern/`.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // Served from the local node or app://, never over a slow link: one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      // The node refuses other origins (docs/security.md): the dev server
      // speaks for its pages as the node's own origin.
      '/api': {
        target: NODE_ORIGIN,
        ws: true,
        changeOrigin: true,
        headers: { origin: NODE_ORIGIN },
      },
    },
  },
});
