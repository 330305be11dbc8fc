/**
 * Length limits that the API's input rules and the browser's forms share — pure
 * constants without decorators (like entities/identifiers.ts), so a limit is written once.
 */

/** News posts (NewsPostInput). */
export const NEWS_LIMITS = { titleMin: 3, titleMax: 300, bodyMax: 100_000, leadMax: 600, urlMax: 500 } as const;

/** Programme partners (ProgrammePartnerInput). */
export const PARTNER_LIMITS = { nameMin: 2, nameMax: 200, urlMax: 500, descriptionMax: 600 } as const;

/** Equipment notices (EquipmentNoticeInput). */
export const NOTICE_LIMITS = { titleMin: 3, titleMax: 200, descriptionMax: 5000, categoryMax: 100, estimatedValueMax: 1_000_000 } as const;

/** The conditions of a loan on a LEND notice, and the reason of a refused extension. */
export const LOAN_LIMITS = { depositMax: 1_000_000, pickupPlaceMax: 200, pickupHoursMax: 200, notesMax: 2000, refusalReasonMax: 1000 } as const;
