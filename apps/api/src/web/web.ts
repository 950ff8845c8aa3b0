import fs from 'node:fs';
import path from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { FALLBACK_PAGE } from './fallback-page';

/** The dashboard's build output (apps/dashboard/dist), the same relative path from `src/web` and `dist/web`. */
export const DASHBOARD_DIST = path.resolve(__dirname, '..', '..', '..', 'dashboard', 'dist');

function isApiPath(url: string): boolean {
  return (
    url === '/graphql' ||
    url.startsWith('/graphql/') ||
    url.startsWith('/graphql?') ||
    url.startsWith('/api/') ||
    url.startsWith('/health/') ||
    url === '/metrics'
  );
}

/**
 * Serves the built dashboard with an SPA fallback to index.html for every non-API GET; without a build, a small
 * Dutch page listing the schools. Registered before Nest's routes, so it must leave API paths alone.
 */
export function configureWeb(app: NestExpressApplication, distDir: string = DASHBOARD_DIST): void {
  const index = path.join(distDir, 'index.html');
  const built = fs.existsSync(index);
  const serveStatic = built
    ? express.static(distDir, {
        index: false,
        maxAge: '1h',
        // Vite names built assets by their content hash: they never change, so browsers may keep them a year.
        setHeaders: (res, file) => {
          if (file.startsWith(path.join(distDir, 'assets') + path.sep)) {
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          }
        },
      })
    : null;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.originalUrl)) {
      next();
      return;
    }
    if (!serveStatic) {
      res.type('html').send(FALLBACK_PAGE);
      return;
    }
    serveStatic(req, res, () => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
}
