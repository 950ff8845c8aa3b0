import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env['SOP_API_URL'] ?? 'http://localhost:3000';

/**
 * The Regio-overzicht is the landing page: index.html preloads its route chunk and the small chunks that chunk
 * imports, so a first visit fetches them together with the entry instead of after the entry has run (one round
 * trip less before the page's first content on a phone connection). Only this route; the heavy chart and map
 * modules it loads when they come near the viewport are not preloaded, and every other route loads when opened.
 */
function preloadLandingRoute(route: string): Plugin {
  return {
    name: 'sop-atlas:preload-landing-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const start = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(route));
        if (!start) throw new Error(`preload-landing-route: no chunk for ${route}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName);
          if (!chunk || chunk.isEntry || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        visit(start.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root: __dirname,
  plugins: [react(), preloadLandingRoute('src/routes/OverviewRoute.tsx')],
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
