// The review workbench: a web server over the corpus store (sitrep serve, sitrep demo).
export { buildApp, DEFAULT_BODY_LIMIT, type AppOptions } from './app.js';
export { generateToken, isLoopback } from './auth.js';
export { review, ReviewError } from './review.js';
