/**
 * An Astro integration with a middleware that leaves every HTML page only the Content-Security-Policy it needs
 * (the pure work is trimPolicyBytes in src/lib/csp.ts; why: see there and docs/beslissingen.md §17).
 */
import type { AstroIntegration, MiddlewareHandler } from 'astro';
import { trimPolicyBytes } from '../lib/csp.ts';

/**
 * Middleware (added by `trimmedPolicies`): every HTML page leaves the build with `trimPolicyBytes` applied.
 * It reads the body's chunks and hands on the parts as a stream, so a page is not copied more often than
 * without it (a site at size L has over a gigabyte of HTML).
 */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html') || response.body === null) return response;
  const chunks: Uint8Array[] = [];
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  const only = chunks.length === 1 ? chunks[0]! : undefined;
  const page = only ? Buffer.from(only.buffer, only.byteOffset, only.byteLength) : Buffer.concat(chunks);
  const parts = trimPolicyBytes(page) ?? [page];
  const headers = new Headers(response.headers);
  headers.delete('content-length'); // the page may be shorter now
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
};

/** The Astro integration that adds `onRequest` (astro.config.mjs). */
export function trimmedPolicies(): AstroIntegration {
  return {
    name: 'wijkwijzer:csp',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => addMiddleware({ order: 'post', entrypoint: new URL('./csp-trim.ts', import.meta.url) }),
    },
  };
}
