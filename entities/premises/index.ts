// Entities of the premises domain, listed here so that entities/index.ts never changes.
export const premisesEntities: Function[] = [];
