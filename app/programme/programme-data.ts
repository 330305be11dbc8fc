/**
 * The programme's people and partners as published in the newsletter of 2 July 2013
 * (item 5: the monitoring team). Names are not translated.
 */
export const MONITORING_TEAM_MEMBERS = [
  "Sławomir Bakalarz",
  "Magdalena Bergmann",
  "Łukasz Broniszewski",
  "Monika Ignaszczak",
  "Małgorzata Kowalska",
  "Izabela Miłoszewska",
  "Krzysztof Piątek",
  "Paweł Piotrowicz",
] as const;

export const PARTNERS = [
  { key: "city", href: "https://www.torun.pl" },
  { key: "aiesec", href: "https://aiesec.pl" },
  { key: "pes", href: "/organizations" },
] as const;
