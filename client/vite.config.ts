// The viewer is a static bundle served by the API server at `/`; in development Vite serves it
// and forwards the API calls to a server running on port 4000 (`npm start`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const clientDir = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  root: clientDir,
  // Absolute asset URLs, so deep links with a hash or query load the same files.
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone is ~430 kB minified; one chunk of ~600 kB is expected, not a regression.
    chunkSizeWarningLimit: 900,
    // The server's CSP allows no inline scripts or data: scripts, so nothing may be inlined.
    assetsInlineLimit: 0,
    // No modulepreload polyfill: it is not needed by the browsers we support and keeps the bundle plain.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
});
