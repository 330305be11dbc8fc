import { fileStorage, type FileStorage } from "../../storage/file-storage";
import { logoFile, storeLogoIn } from "../../storage/logos";

/*
 * No decorators and no entity imports here: the organisation logo's upload and download
 * routes import this module directly (see server/bridge.ts).
 */

export const organizationLogoStorage = (): FileStorage => fileStorage("organization-logos");
/** Where pages load an uploaded logo from (app/organization-logos/[file]/route.ts). */
export const organizationLogoPath = (key: string) => `/organization-logos/${logoFile(key)}`;
export const storeOrganizationLogo = (bytes: Buffer) => storeLogoIn(organizationLogoStorage(), bytes);
export const discardOrganizationLogo = (key: string) => organizationLogoStorage().delete(logoFile(key));
