import Fastify from 'fastify';
import { serveUntilStopped } from './serve-until-stopped';

// The baseline: bare Fastify with no plugins, no logging, no database. The CareCircle rows are
// read as a ratio of this one, which makes figures from different machines comparable.
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));

await serveUntilStopped(app);
