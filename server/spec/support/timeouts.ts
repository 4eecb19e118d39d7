// Specs build real databases (PostgreSQL schemas, thousands of seeded rows) on a shared 2-core
// machine; jasmine's 5 s default fails them for load, not for behaviour.
jasmine.DEFAULT_TIMEOUT_INTERVAL = 30_000;
