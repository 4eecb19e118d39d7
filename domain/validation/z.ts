import { config } from 'zod';

// The SPA runs under a Content-Security-Policy without 'unsafe-eval'. Zod's JIT compiles object
// parsers with `new Function`, so every schema in this repository imports zod from here, where the
// JIT is switched off before any schema is built. Re-exporting the module's names (rather than the
// `z` object) keeps zod tree-shakable: the SPA bundles only what its schemas use.
config({ jitless: true });

export * from 'zod';
