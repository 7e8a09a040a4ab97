// The workbench server: fastify with helmet's security headers, a JSON API under /api whose
// requests and responses are checked by zod schemas (and described at /api/openapi.json),
// and the page's static files. The server speaks to the store through the corpus' Store only.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform, serializerCompiler, validatorCompiler, hasZodFastifySchemaValidationErrors, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { packageRoot } from '../paths.js';
import { InputError } from '../errors.js';
import { tokenMatches } from './auth.js';
import { registerRoutes } from './routes.js';
import type { Store } from '../corpus/index.js';

export interface AppOptions {
  store: Store;
  token: string;
  /** Reads need the token too (the server listens beyond the loopback interface). */
  tokenForReads: boolean;
  /** Largest request body, in bytes (a pasted document is the largest). */
  bodyLimit?: number;
}

export const DEFAULT_BODY_LIMIT = 6 * 1024 * 1024;

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: o.bodyLimit ?? DEFAULT_BODY_LIMIT, logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // maplibre draws with WebGL and runs its tile work in a module worker from this origin.
        'worker-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        // Served over plain HTTP on the loopback interface: nothing to upgrade.
        'upgrade-insecure-requests': null,
      },
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'sitrep workbench API', version: '1', description: 'Coded conflict events, their sources and their review.' },
      components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });

  app.setErrorHandler((err: FastifyError, _req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const where = first?.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
      return reply.code(400).send({ error: `${err.validationContext ?? 'request'}${where ? ` ${where}` : ''}: ${first?.message ?? 'invalid'}` });
    }
    if (err instanceof InputError) return reply.code(400).send({ error: err.message });
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 413) return reply.code(413).send({ error: 'request body too large' });
    if (status === 500) process.stderr.write(`sitrep serve: ${err.message}\n`);
    return reply.code(status).send({ error: status === 500 ? 'internal error' : err.message });
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: `no such path: ${req.method} ${req.url.split('?')[0]}` }));

  app.addHook('onRequest', async (req, reply) => {
    // The page and its scripts are public; the data behind them is what the token guards.
    if (!req.url.startsWith('/api/')) return;
    const write = req.method !== 'GET' && req.method !== 'HEAD';
    if ((write || o.tokenForReads) && !tokenMatches(req.headers.authorization, o.token)) {
      return reply.code(401).send({ error: write ? 'writing needs the token (Authorization: Bearer TOKEN)' : 'this server needs the token for reads too (Authorization: Bearer TOKEN)' });
    }
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerRoutes(app, o.store);

  await app.register(fastifyStatic, { root: join(packageRoot, 'web'), prefix: '/', index: ['index.html'] });
  const maplibre = dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json'));
  // maplibre's files change only with the installed package: a browser keeps them for a day.
  await app.register(fastifyStatic, { root: join(maplibre, 'dist'), prefix: '/vendor/maplibre/', decorateReply: false, maxAge: '1d' });
  return app;
}
