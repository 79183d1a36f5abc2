import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppContext } from '../services/app-context.ts';
import { compressedData } from './compressed-data.ts';
import { conditionalGet } from './conditional.ts';
import { errorBody, notFound, onError } from './errors.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { basemapRoutes } from './routes/basemap.ts';
import { exportRoutes } from './routes/exports.ts';
import { geocodeRoutes } from './routes/geocode.ts';
import { hsdsRoutes } from './routes/hsds.ts';
import { metaRoutes } from './routes/meta.ts';
import { pointRoutes } from './routes/points.ts';
import { qualityRoutes } from './routes/quality.ts';
import { uploadRoutes } from './routes/uploads.ts';

export interface AppOptions {
  /** Built web app (dist/web) to serve on the same port; omitted in API tests. */
  webDir?: string;
}

/** The API sub-app, mounted at /api/v1. Its type is what the web client's `hc` is typed with. */
export function createApi(ctx: AppContext) {
  const api = new OpenAPIHono();
  api.use('/nearest', conditionalGet(ctx.index, { perMinute: true }));
  for (const path of [
    '/points',
    '/points/*',
    '/export.csv',
    '/export.geojson',
    '/jurisdictions',
    '/services',
    '/quality',
  ]) {
    api.use(path, conditionalGet(ctx.index));
  }
  // Every JSON body (a scenario, a column mapping) is small: one larger than this is refused before it is read,
  // so that parsing it cannot hold the server up (20 MB of `[` took 6.5 s, measured). Uploads have their own limit.
  api.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || /\/uploads$/.test(c.req.path)) return next();
    return jsonBodyLimit(c, next);
  });
  // After the conditional GET: a 304 needs no body at all.
  for (const path of ['/points', '/export.csv', '/export.geojson']) api.use(path, compressedData(ctx.index));
  const routes = api
    .route('/', metaRoutes(ctx))
    .route('/', pointRoutes(ctx))
    .route('/', exportRoutes(ctx))
    .route('/', hsdsRoutes(ctx))
    .route('/', basemapRoutes(ctx))
    .route('/', uploadRoutes(ctx))
    .route('/', qualityRoutes(ctx))
    .route('/', geocodeRoutes(ctx))
    .route('/', analysisRoutes(ctx));
  routes.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A per-jurisdiction upload token (`npm run --silent token -- create <jurisdiction-id>`).',
  });
  routes.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Pan-Canadian Service Map API',
      version: '1.0.0',
      description:
        'Open API of the in-person service points of federal, provincial, territorial and municipal governments. ' +
        'Coordinates are WGS84 `[lon, lat]`. Errors are `{ "error": { "code", "message", "details"? } }`.',
    },
  });
  return routes;
}

export type ApiType = ReturnType<typeof createApi>;

/**
 * For a request no route answered: 405 with `Allow` when the path is an endpoint's and only the method is wrong
 * (a GET of an upload endpoint, a DELETE of a point), else 404. The endpoints come from the OpenAPI registry.
 */
function wrongMethodOr404(api: ApiType) {
  const endpoints = api.openAPIRegistry.definitions.flatMap((d) =>
    d.type === 'route'
      ? [
          {
            path: new RegExp(`^/api/v1${d.route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
            method: d.route.method.toUpperCase(),
          },
        ]
      : [],
  );
  return (c: Context) => {
    const allowed = endpoints.filter((e) => e.path.test(c.req.path)).map((e) => e.method);
    if (allowed.length === 0) return notFound(c);
    const allow = [...new Set(allowed.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(', ');
    c.header('Allow', allow);
    return c.json(
      errorBody(
        'method_not_allowed',
        `${c.req.path} does not take ${c.req.method}: expected ${allow}. See /api/v1/openapi.json.`,
      ),
      405,
    );
  };
}

const JSON_BODY_MB = 1;
const jsonBodyLimit = bodyLimit({
  maxSize: JSON_BODY_MB * 1024 * 1024,
  onError: (c) =>
    c.json(
      errorBody(
        'payload_too_large',
        `The request body is larger than ${JSON_BODY_MB} MB, the limit for JSON bodies (scenarios, column mappings): send fewer sites or columns at a time. CSV files go to …/uploads, which takes larger ones.`,
        { limit_mb: JSON_BODY_MB },
      ),
      413,
    ),
});

export function createApp(ctx: AppContext, options: AppOptions = {}) {
  const app = new OpenAPIHono();
  app.onError(onError);
  // Open data: any site may read the public API from a browser. Changes (uploads, publish, restore) stay
  // same-origin: a browser on another origin cannot send them.
  app.use(
    '/api/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      exposeHeaders: ['ETag', 'Last-Modified', 'X-Interpreted-As', 'X-Position-Province'],
    }),
  );
  const api = createApi(ctx);
  app.route('/api/v1', api);
  app.all('/api/*', wrongMethodOr404(api));
  if (options.webDir && existsSync(join(options.webDir, 'index.html'))) {
    const webDir = options.webDir;
    const indexHtml = readFileSync(join(webDir, 'index.html'), 'utf8');
    // Built assets have content hashes in their names: a browser may keep them for good, and revisits (a phone on a
    // slow line) fetch only the page.
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    });
    // The brotli or gzip copy vite wrote beside each text asset, to a browser that accepts it (vite.config.ts).
    app.use('/*', serveStatic({ root: webDir, precompressed: true }));
    // An asset the build does not have (a page left open across a deploy asks for the old hashes): a 404, never
    // the page in its place, which a browser would keep for good under the asset's name.
    app.get('/assets/*', (c) =>
      c.json(
        errorBody(
          'not_found',
          `No built asset ${c.req.path}: the app was updated since this page loaded. Reload it.`,
        ),
        404,
      ),
    );
    // Client-side routes (/planner, /portal…) all load the single page.
    app.get('*', (c) => c.html(indexHtml));
  } else {
    app.get('/', (c) =>
      c.json(
        errorBody(
          'web_not_built',
          'The web app is not built. Run `npm run build` (npm start does it for you).',
        ),
        503,
      ),
    );
  }
  app.notFound(notFound);
  return app;
}
