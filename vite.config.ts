import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy the built page carries: only this origin's scripts, workers, styles,
 * images and connections; no plugins, no <base> elsewhere, no form posts. Meta tags cannot set
 * `frame-ancestors`; a server that can send headers should add it. e2e/csp.spec.ts fails on any
 * violation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  // Object URLs as images: Export PNG draws the exported SVG through an <img> onto a canvas.
  "img-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy first in <head> of the built page only: the dev server injects inline scripts
 * (React refresh) and styles that it would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'backprop-lens:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.{ts,tsx}'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 30_000,
  },
});
