import { PremisesEnquiry } from "./enquiry.entity";
import { PremisesLettingApplication, PremisesLettingRound } from "./letting.entity";
import { PremisesPhoto } from "./photo.entity";
import { Premises } from "./premises.entity";
import { PremisesSavedSearch } from "./saved-search.entity";
import { PremisesViewingBooking, PremisesViewingSlot } from "./viewing.entity";

export * from "./enquiry.entity";
export * from "./letting.entity";
export * from "./photo.entity";
export * from "./premises.entity";
export * from "./saved-search.entity";
export * from "./viewing.entity";
// Entities of the premises domain, listed here so that entities/index.ts never changes.
export const premisesEntities: Function[] = [Premises, PremisesEnquiry, PremisesSavedSearch, PremisesPhoto,
  PremisesViewingSlot, PremisesViewingBooking, PremisesLettingRound, PremisesLettingApplication];
