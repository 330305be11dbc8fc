// Entities of the trainings domain, listed here so that entities/index.ts never changes.
export const trainingsEntities: Function[] = [];
