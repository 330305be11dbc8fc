const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are uuids; anything else cannot name a row. Checking first keeps PostgreSQL from
 * answering a malformed id with an error (which would otherwise surface as a 500).
 */
export const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);
