import { graphql } from "../../lib/graphql-document";
import { handlePhotoUpload } from "../../lib/uploads";

/** What the photo manager shows of a photo it has just uploaded (the routes return it as JSON). */
export const UploadedMarketplacePhoto = graphql(`
  fragment UploadedMarketplacePhoto on MarketplacePhoto {
    id
    url
    thumbUrl
    alt
  }
`);

type StoredPhoto = { key: string; width: number; height: number; alt: string | null };

/**
 * The POST handler of `/marketplace/<items>/{id}/photos` (multipart: `file`, optional
 * `alt`): stores the photo, then `register` adds it to item `id` through the API, which
 * checks the item and the rights again.
 */
export function photoUploadRoute(register: (id: string, photo: StoredPhoto) => Promise<unknown>) {
  return async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const { id } = await params;
    return handlePhotoUpload(request, (photo) => register(id, photo));
  };
}
