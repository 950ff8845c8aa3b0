const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string can be a PostgreSQL uuid (so a bad id is "not found", not a SQL error). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
