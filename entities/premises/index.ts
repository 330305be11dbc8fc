import { PremisesEnquiry } from "./enquiry.entity";
import { PremisesPhoto } from "./photo.entity";
import { Premises } from "./premises.entity";
import { PremisesSavedSearch } from "./saved-search.entity";

export * from "./enquiry.entity";
export * from "./photo.entity";
export * from "./premises.entity";
export * from "./saved-search.entity";
// Entities of the premises domain, listed here so that entities/index.ts never changes.
export const premisesEntities: Function[] = [Premises, PremisesEnquiry, PremisesSavedSearch, PremisesPhoto];
