import { marketplaceEntities } from "./marketplace";
import { newsEntities } from "./news";
import { notificationEntities } from "./notifications";
import { organizationEntities } from "./organizations";
import { premisesEntities } from "./premises";
import { systemEntities } from "./system";
import { trainingsEntities } from "./trainings";
import { userEntities } from "./users";

/** Every entity; each domain lists its own in `entities/<domain>/index.ts`. */
export const entities: Function[] = [
  ...userEntities,
  ...organizationEntities,
  ...systemEntities,
  ...premisesEntities,
  ...trainingsEntities,
  ...newsEntities,
  ...marketplaceEntities,
  ...notificationEntities,
];
