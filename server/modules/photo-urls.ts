import { type ClassType, FieldResolver, Resolver, Root } from "type-graphql";
import { photoFile } from "../storage/photos";

/**
 * The `url` and `thumbUrl` fields of a kind of stored photo, served by the public route `path` of
 * its storage area: `export const XPhotoUrlResolver = photoUrlsOf(XPhoto, "/x/photos")`, listed
 * with the module's resolvers.
 */
export function photoUrlsOf<T extends { key: string }>(photo: ClassType<T>, path: string) {
  @Resolver(() => photo)
  class PhotoUrls {
    @FieldResolver(() => String, { description: "Up to 1600 px, WebP" })
    url(@Root() p: T): string {
      return `${path}/${photoFile(p.key)}`;
    }

    @FieldResolver(() => String, { description: "480×360, WebP" })
    thumbUrl(@Root() p: T): string {
      return `${path}/${photoFile(p.key, true)}`;
    }
  }
  return PhotoUrls;
}
