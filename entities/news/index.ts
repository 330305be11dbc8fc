// Entities of the news domain, listed here so that entities/index.ts never changes.
export const newsEntities: Function[] = [];
