/** A bulleted list of plain texts (what an account deletion erases, the team's names, survey answers). */
export function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        // The same text may come twice (two people answering alike): the place is the key.
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
