/** The longest snippet of a search hit, in characters (its ellipsis included). */
export const SNIPPET_LENGTH = 200;
/** What the query reads of a text: one character more than a snippet shows, so a longer text is known to be longer. */
export const SNIPPET_READ = SNIPPET_LENGTH + 1;

/**
 * The start of a text as a search hit's snippet: whole words and an ellipsis when the text
 * is longer (a cut in the middle of a word read as a typo). A first word longer than half
 * the snippet is cut where it must be.
 */
export function snippetOf(text: string, max = SNIPPET_LENGTH): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max); // the ellipsis takes the place of the space before the cut
  const space = room.search(/\s\S*$/);
  const head = space >= max / 2 ? room.slice(0, space) : room.slice(0, max - 1);
  return `${head.replace(/[\s,;:–—-]+$/u, "")}…`;
}
