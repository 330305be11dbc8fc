// Entities of the marketplace domain, listed here so that entities/index.ts never changes.
export const marketplaceEntities: Function[] = [];
