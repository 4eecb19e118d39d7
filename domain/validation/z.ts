import { z } from 'zod';

// The SPA runs under a Content-Security-Policy without 'unsafe-eval'. Zod's JIT compiles object
// parsers with `new Function`, so every schema in this repository imports `z` from here, where the
// JIT is switched off before any schema is built.
z.config({ jitless: true });

export { z };
