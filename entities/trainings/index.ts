import { TrainingFeedback, TrainingFeedbackGiven } from "./feedback.entity";
import { TrainingInvitation } from "./invitation.entity";
import { TrainingMaterial } from "./material.entity";
import { Registration } from "./registration.entity";
import { Training } from "./training.entity";

export * from "./feedback.entity";
export * from "./invitation.entity";
export * from "./material.entity";
export * from "./registration.entity";
export * from "./training.entity";
// Entities of the trainings domain, listed here so that entities/index.ts never changes.
export const trainingsEntities: Function[] = [Training, Registration, TrainingMaterial, TrainingFeedbackGiven, TrainingFeedback, TrainingInvitation];
