/** The engines `npm start` can run without `DATABASE_URL` (`SOP_ATLAS_EMBEDDED_ENGINE`), the first the default. */
export const EMBEDDED_ENGINES = ['postgres', 'pglite'] as const;
/** `postgres`: a real PostgreSQL server from npm (the default); `pglite`: PostgreSQL in WASM (earlier default). */
export type EmbeddedEngine = (typeof EMBEDDED_ENGINES)[number];
