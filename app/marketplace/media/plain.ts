import type { GalleryPhoto } from "./photo-gallery";
import type { ListedAttachment } from "./attachment-list";

/*
 * In-process GraphQL results are null-prototype objects, which React refuses to pass to
 * client components: copy what the components need into plain ones.
 */
export const plainPhotos = (list: readonly GalleryPhoto[]): GalleryPhoto[] =>
  list.map((p) => ({ id: p.id, url: p.url, thumbUrl: p.thumbUrl, alt: p.alt ?? null, width: p.width, height: p.height }));

export const plainManagedPhotos = (list: readonly { id: string; thumbUrl: string; alt?: string | null }[]) =>
  list.map((p) => ({ id: p.id, thumbUrl: p.thumbUrl, alt: p.alt ?? null }));

export const plainAttachments = (list: readonly (ListedAttachment | null | undefined)[]): ListedAttachment[] =>
  list.filter((a): a is ListedAttachment => !!a).map((a) => ({ id: a.id, fileName: a.fileName, size: a.size, url: a.url }));
