import type { ValueTransformer } from "typeorm";

/** PostgreSQL `numeric` arrives as a string; the API speaks numbers. */
export const numeric: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? v : Number(v)),
};
