/**
 * The programme's monitoring team as published in the newsletter of 2 July 2013 (item 5).
 * Names are not translated. (The partners live in the database: programmePartners.)
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
