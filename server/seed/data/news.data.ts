/**
 * Seed data: programme news (aktualności) and the first newsletter.
 *
 * Pure, deterministic data module — no imports, no randomness, no I/O.
 *
 * Source: /work/shared/seed/newsletter-2013-07-02.txt ("Toruński Program
 * Współpracy - testujemy, szkolimy, działamy!"), its five numbered items.
 *  - title: the item heading verbatim, without the leading "N. " number.
 *  - body: the item's paragraphs verbatim, as Markdown paragraphs ("\n\n").
 *  - lead: the first sentence of the body.
 *  - The only normalisation: the source uses typographic no-break spaces
 *    (U+00A0) after one-letter words ("w Polsce", "i życzymy"); they are
 *    replaced by ordinary spaces so that search and comparisons behave.
 *  - slug: ASCII transliteration of the title (ł→l, ą→a, ę→e, ó→o, ś→s,
 *    ż/ź→z, ć→c, ń→n), lowercase, runs of non-alphanumerics → "-", cut at a
 *    word boundary to at most 80 characters.
 *  - publishedAt: all on 2013-07-02, 08:00Z + (5 - itemNo) minutes, so item 1
 *    is the NEWEST (08:04Z) and item 5 the oldest (08:00Z): a list sorted by
 *    publishedAt descending shows the items in the newsletter's order.
 */

export type NewsCategory = "AWARDS" | "MEETINGS" | "TRAININGS" | "PLATFORM" | "MONITORING_TEAM";

export interface NewsSeed {
  slug: string;
  title: string;
  lead: string;
  /** Markdown */
  body: string;
  category: NewsCategory;
  /** ISO 8601, UTC */
  publishedAt: string;
  /** Optional: position of the item in the 2013-07-02 newsletter (1-based). */
  newsletterItemNo?: number;
}

export const NEWS_SEED: NewsSeed[] = [
  {
    slug: "torun-pierwsze-miasto-w-polsce-ktore-doceniajac-ekonomie-spoleczna-nagradza",
    title: "Toruń – pierwsze miasto w Polsce, które doceniając ekonomię społeczną – nagradza osoby, zaangażowane w pracę na jej rzecz.",
    lead: "Realizacja „Programu współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej na lata 2013 – 2014” zaowocowała zmianą regulaminu przyznawania nagród Prezydenta Miasta Torunia.",
    body: `Realizacja „Programu współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej na lata 2013 – 2014” zaowocowała zmianą regulaminu przyznawania nagród Prezydenta Miasta Torunia. Do kategorii „Przedsiębiorczość” dodano „ekonomię społeczną” i wyróżniono dwie osoby.

Nagrodę za działalność w obszarze ekonomii społecznej w dniu 19 czerwca 2013 roku otrzymał Pan Zenon Nienartowicz, założyciel i Przewodniczący Zarządu Stowarzyszenia Pomocy Dzieciom Niepełnosprawnym i Osobom Potrzebującym Wsparcia „JESTEM”.

Serdecznie gratulujemy i życzymy wielu sukcesów w przyszłości.`,
    category: "AWARDS",
    publishedAt: "2013-07-02T08:04:00Z",
    newsletterItemNo: 1,
  },
  {
    slug: "budujemy-dobry-przychylny-klimat-do-wspolpracy",
    title: "Budujemy dobry, przychylny klimat do współpracy.",
    lead: "20 czerwca 2013 roku po raz trzeci spotkali się przedstawiciele podmiotów ekonomii społecznej i administracji lokalnej, aby bliżej poznać się, podzielić się swoją wiedzą, wzbogacić się doświadczeniami i wskazówkami.",
    body: `20 czerwca 2013 roku po raz trzeci spotkali się przedstawiciele podmiotów ekonomii społecznej i administracji lokalnej, aby bliżej poznać się, podzielić się swoją wiedzą, wzbogacić się doświadczeniami i wskazówkami. Gościła nas organizacja studencka AIESEC Toruń UMK – serdecznie dziękujemy zarówno Gospodarzowi, jak i wszystkim, którzy licznie przybyli na nasze spotkanie.`,
    category: "MEETINGS",
    publishedAt: "2013-07-02T08:03:00Z",
    newsletterItemNo: 2,
  },
  {
    slug: "wspolne-szkolenia-okazja-do-nawiazywania-partnerskich-relacji",
    title: "Wspólne szkolenia okazją do nawiązywania partnerskich relacji.",
    lead: "26 czerwca 2013 odbyło się szkolenie, wspólne dla pracowników Urzędu Miasta Torunia i przedstawicieli toruńskich PES pn. „Mechanizmy współpracy podmiotów ekonomii społecznej z administracją publiczną. Spółdzielnia socjalna – zakładanie i funkcjonowanie”.",
    body: `26 czerwca 2013 odbyło się szkolenie, wspólne dla pracowników Urzędu Miasta Torunia i przedstawicieli toruńskich PES pn. „Mechanizmy współpracy podmiotów ekonomii społecznej z administracją publiczną. Spółdzielnia socjalna – zakładanie i funkcjonowanie”. Na szkoleniu został również poruszony temat klauzul społecznych. Trenerki: Hanna Łowicka oraz Beata Rataj, wprowadziły uczestników szkolenia w tę trudną tematykę, budzącą jeszcze wiele wątpliwości i rodzącą mnóstwo pytań zarówno wśród przedstawicieli PES, jak i urzędników. Kolejne szkolenia planujemy we wrześniu 2013r.`,
    category: "TRAININGS",
    publishedAt: "2013-07-02T08:02:00Z",
    newsletterItemNo: 3,
  },
  {
    slug: "platforma-pes-tor-zapisz-sie-na-newsletter",
    title: "Platforma PES-TOR: zapisz się na newsletter!",
    lead: "Na naszej internetowej platformie PES-TOR pojawiają się nowe ogłoszenia o oddaniu, wymianie czy użyczeniu różnego typu rzeczy (patrz: Baza sprzętu).",
    body: `Na naszej internetowej platformie PES-TOR pojawiają się nowe ogłoszenia o oddaniu, wymianie czy użyczeniu różnego typu rzeczy (patrz: Baza sprzętu). Także lista produktów i usług powiększa się z dnia na dzień. Jeśli szukasz nowej siedziby – przeszukaj Bazę lokali, która obecnie zawiera już ponad 80 adresów. Urzędnicy na bieżąco wprowadzają także różnego typu zapotrzebowania (zlecenia, zapytania ofertowe) – sprawdź, czy Twoja organizacja jest w stanie je wykonać?

Bądź na bieżąco, niech nie wyprzedzą Cię inni – zapisz się na NEWSLETTER już dziś!`,
    category: "PLATFORM",
    publishedAt: "2013-07-02T08:01:00Z",
    newsletterItemNo: 4,
  },
  {
    slug: "zostal-powolany-zespol-ds-monitoringu-programu-wspolpracy-gmt-z-pes",
    title: "Został powołany Zespół ds. monitoringu programu współpracy GMT z PES.",
    lead: "Zespół jest organem konsultacyjnym, opiniodawczym i inicjatywnym, a także będzie częścią systemu wsparcia ekonomii społecznej w Toruniu.",
    body: `Zespół jest organem konsultacyjnym, opiniodawczym i inicjatywnym, a także będzie częścią systemu wsparcia ekonomii społecznej w Toruniu. W jego skład weszły następujące osoby: Sławomir Bakalarz, Magdalena Bergmann, Łukasz Broniszewski, Monika Ignaszczak, Małgorzata Kowalska, Izabela Miłoszewska, Krzysztof Piątek, Paweł Piotrowicz. Odbyło się już pierwsze posiedzenie Zespołu, na którym przeanalizowano stopień realizacji Programu, a także omówiono plany dotyczące kolejnych działań.`,
    category: "MONITORING_TEAM",
    publishedAt: "2013-07-02T08:00:00Z",
    newsletterItemNo: 5,
  },
];

/**
 * The newsletter of 2 July 2013 as sent to subscribers. `itemSlugs` are in the
 * newsletter's order (item 1 first). `intro` is an editorial one-liner added
 * for the archive view; it is not part of the original text.
 */
export const NEWSLETTER_2013_07_02: { sentAt: string; subject: string; intro: string; itemSlugs: string[] } = {
  sentAt: "2013-07-02T10:00:00Z",
  subject: "Toruński Program Współpracy - testujemy, szkolimy, działamy!",
  intro:
    "Zapraszamy do lektury najnowszych informacji o realizacji Programu współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej.",
  itemSlugs: [
    "torun-pierwsze-miasto-w-polsce-ktore-doceniajac-ekonomie-spoleczna-nagradza",
    "budujemy-dobry-przychylny-klimat-do-wspolpracy",
    "wspolne-szkolenia-okazja-do-nawiazywania-partnerskich-relacji",
    "platforma-pes-tor-zapisz-sie-na-newsletter",
    "zostal-powolany-zespol-ds-monitoringu-programu-wspolpracy-gmt-z-pes",
  ],
};
