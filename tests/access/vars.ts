import type { Fixtures } from "./matrix";

/**
 * The variables `{ id, ...more }` of an operation on one row, made fresh by `make` for every
 * run (`make` gives the row or its id).
 */
export const idOf =
  (make: (fx: Fixtures) => Promise<{ id: string } | string>, more: Record<string, unknown> = {}) =>
  async (fx: Fixtures): Promise<Record<string, unknown>> => {
    const made = await make(fx);
    return { id: typeof made === "string" ? made : made.id, ...more };
  };
