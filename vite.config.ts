import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The web app lives in web/ and is built to dist/web, which the Hono server serves on the same port as the API.
// Each text asset is also written brotli- and gzip-compressed beside itself, and the server sends those to a browser
// that accepts them (serveStatic's `precompressed`): the main script is 1.4 MB as built, ~0.3 MB as brotli.
export default defineConfig({
  root: 'web',
  plugins: [
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
  ],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
