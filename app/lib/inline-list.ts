/**
 * Labels of a short list written into a sentence ("Prąd, woda i kanalizacja"): the labels
 * are made to stand alone (a checkbox, a filter) and so start with a capital, which is
 * wrong in the middle of a sentence. Only the first letter of a word is lowered, and not
 * where the second letter is a capital too (an acronym: "LED", "PES").
 */
export function inlineList(labels: readonly string[], locale: string): string {
  const words = labels.map((label, i) => (i === 0 ? label : lowerFirst(label, locale)));
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(words);
}

function lowerFirst(label: string, locale: string): string {
  const [first, second] = [...label.replace(/[^\p{L}]/gu, "")];
  if (!first || (second && second === second.toLocaleUpperCase(locale) && second !== second.toLocaleLowerCase(locale))) return label;
  const at = label.indexOf(first);
  return label.slice(0, at) + first.toLocaleLowerCase(locale) + label.slice(at + first.length);
}
