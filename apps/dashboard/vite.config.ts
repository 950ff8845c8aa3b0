import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env['SOP_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: __dirname,
  plugins: [react()],
  resolve: {
    alias: {
      '@sop-atlas/sop-model': path.resolve(__dirname, '../../libs/sop-model/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/api': { target: api, changeOrigin: true },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: path.resolve(__dirname, 'dist'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      treeshake: {
        // sop-model is pure TypeScript: declaring its modules side-effect free lets unused parts (validation with
        // zod) drop out of the bundle instead of riding along with the catalogs.
        moduleSideEffects: (id: string) => !id.replace(/\\/g, '/').includes('/libs/sop-model/src/'),
      },
    },
  },
});
