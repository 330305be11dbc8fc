/*
 * Upload limits, shared by the server's checks and the upload forms (which import this
 * file directly: plain constants, nothing else).
 */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_MARKETPLACE_PHOTOS = 8;
export const MAX_DEMAND_ATTACHMENTS = 10;
/** For the file inputs' `accept` (a hint only; the server decides by content). */
export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";
export const DOCUMENT_ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.jpg,.jpeg,.png,.webp";
