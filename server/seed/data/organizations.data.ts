/**
 * Seed data: social economy entities (PES) of Toruń — the organisation directory.
 *
 * Pure, deterministic data module — no imports, no randomness, no I/O.
 *
 * All organisations except "JESTEM" are fictional. For "JESTEM" (named in the
 * 2013-07-02 newsletter) only the name and the 2013 award come from the source;
 * its address, NIP, KRS and contact data here are fictional.
 *
 * Identifiers:
 *  - Every NIP was generated (random digits behind a Toruń tax-office-like
 *    prefix 879/956) and passes the official checksum — see isValidNip() in entities/identifiers.ts.
 *    They are not copied from any real organisation.
 *  - KRS numbers use the range 00098xxxxx, far above the numbers the National
 *    Court Register has issued so far, so they cannot point to a real entity.
 *    Units run by a public body (CIS, KIS, WTZ) have no own KRS entry: null.
 *  - E-mails use example.org only; websites use *.example.org.
 *
 * The first two organisations ("pes-one", "pes-two") are verified and are the
 * organisations of the demo PES accounts.
 */

export type LegalForm =
  | "SOCIAL_COOPERATIVE"
  | "ASSOCIATION"
  | "FOUNDATION"
  | "CIS"
  | "KIS"
  | "ZAZ"
  | "WTZ"
  | "NONPROFIT_COMPANY"
  | "OTHER";

export interface OrganizationCertificationSeed {
  name: string;
  /** YYYY-MM-DD */
  validFrom: string;
  /** YYYY-MM-DD */
  validTo: string;
}

export interface OrganizationSeed {
  /** stable id, e.g. "jestem" */
  key: string;
  name: string;
  slug: string;
  legalForm: LegalForm;
  krs: string | null;
  nip: string;
  address: string;
  district: string;
  description: string;
  email: string;
  phone: string;
  website: string | null;
  activities: string[];
  verified: boolean;
  certifications: OrganizationCertificationSeed[];
}

export const ORGANIZATIONS_SEED: OrganizationSeed[] = [
  {
    key: "pes-one",
    name: "Spółdzielnia Socjalna „Piernikowa Pracownia”",
    slug: "spoldzielnia-socjalna-piernikowa-pracownia",
    legalForm: "SOCIAL_COOPERATIVE",
    krs: "0009861268",
    nip: "9561373677",
    address: "ul. Prosta 19, Toruń",
    district: "Stare Miasto",
    description:
      "Spółdzielnia socjalna założona przez osoby wychodzące z długotrwałego bezrobocia. Wypiekamy tradycyjne toruńskie pierniki, przygotowujemy catering na spotkania i szkolenia oraz prowadzimy warsztaty piernikowe dla grup.",
    email: "piernikowa.pracownia@example.org",
    phone: "+48 56 600 20 11",
    website: "https://piernikowa-pracownia.example.org",
    activities: ["catering", "wypiek pierników", "warsztaty kulinarne", "reintegracja zawodowa"],
    verified: true,
    certifications: [{ name: "Zakup Prospołeczny", validFrom: "2026-03-01", validTo: "2028-02-29" }],
  },
  {
    key: "pes-two",
    name: "Stowarzyszenie „Razem na Podgórzu”",
    slug: "stowarzyszenie-razem-na-podgorzu",
    legalForm: "ASSOCIATION",
    krs: "0009849309",
    nip: "9567035295",
    address: "ul. Urzędnicza 10, Toruń",
    district: "Podgórz",
    description:
      "Stowarzyszenie mieszkańców lewobrzeżnego Torunia. Prowadzimy świetlicę sąsiedzką, organizujemy festyny i akcje sąsiedzkie oraz wypożyczamy sprzęt na wydarzenia lokalne.",
    email: "razem.podgorz@example.org",
    phone: "+48 56 600 20 22",
    website: "https://razem-na-podgorzu.example.org",
    activities: ["animacja społeczności lokalnej", "festyny i wydarzenia sąsiedzkie", "świetlica dla dzieci", "wolontariat"],
    verified: true,
    certifications: [],
  },
  {
    key: "jestem",
    name: "Stowarzyszenie Pomocy Dzieciom Niepełnosprawnym i Osobom Potrzebującym Wsparcia „JESTEM”",
    slug: "stowarzyszenie-jestem",
    legalForm: "ASSOCIATION",
    krs: "0009865801",
    nip: "8794136633",
    address: "ul. Kościuszki 90, Toruń",
    district: "Mokre",
    description:
      "Stowarzyszenie wspiera dzieci z niepełnosprawnościami i ich rodziny oraz osoby potrzebujące wsparcia. Założyciel i przewodniczący zarządu, Zenon Nienartowicz, otrzymał 19 czerwca 2013 r. nagrodę Prezydenta Miasta Torunia za działalność w obszarze ekonomii społecznej.",
    email: "jestem@example.org",
    phone: "+48 56 600 20 33",
    website: null,
    activities: ["wsparcie dzieci z niepełnosprawnościami", "terapia i rehabilitacja", "pomoc rodzinom", "integracja społeczna"],
    verified: true,
    certifications: [],
  },
  {
    key: "zielony-torun",
    name: "Fundacja „Zielony Toruń”",
    slug: "fundacja-zielony-torun",
    legalForm: "FOUNDATION",
    krs: "0009833998",
    nip: "9567557800",
    address: "ul. Suleckiego 20, Toruń",
    district: "Na Skarpie",
    description:
      "Fundacja zatrudniająca osoby zagrożone wykluczeniem przy pielęgnacji terenów zielonych. Kosimy, sadzimy, zakładamy łąki kwietne i prowadzimy zajęcia z edukacji ekologicznej.",
    email: "zielony.torun@example.org",
    phone: "+48 56 600 20 44",
    website: "https://zielony-torun.example.org",
    activities: ["utrzymanie terenów zielonych", "nasadzenia i łąki kwietne", "edukacja ekologiczna"],
    verified: true,
    certifications: [{ name: "Zakup Prospołeczny", validFrom: "2025-06-01", validTo: "2027-05-31" }],
  },
  {
    key: "cis-nowy-start",
    name: "Centrum Integracji Społecznej „Nowy Start”",
    slug: "centrum-integracji-spolecznej-nowy-start",
    legalForm: "CIS",
    krs: null,
    nip: "8792174492",
    address: "ul. Batorego 35, Toruń",
    district: "Mokre",
    description:
      "Centrum prowadzi reintegrację społeczną i zawodową uczestników w warsztatach remontowo-budowlanym, porządkowym i gastronomicznym. Wykonujemy drobne prace remontowe i porządkowe na zlecenie.",
    email: "cis.nowystart@example.org",
    phone: "+48 56 600 20 55",
    website: null,
    activities: ["reintegracja społeczna i zawodowa", "usługi remontowo-porządkowe", "prace porządkowe"],
    verified: true,
    certifications: [],
  },
  {
    key: "kis-przystan",
    name: "Klub Integracji Społecznej „Przystań”",
    slug: "klub-integracji-spolecznej-przystan",
    legalForm: "KIS",
    krs: null,
    nip: "9564379597",
    address: "ul. Dziewulskiego 25, Toruń",
    district: "Rubinkowo",
    description:
      "Klub prowadzi grupy wsparcia, doradztwo zawodowe i warsztaty kompetencji dla mieszkańców Rubinkowa i Skarpy. Pomagamy wrócić na rynek pracy.",
    email: "kis.przystan@example.org",
    phone: "+48 56 600 20 66",
    website: null,
    activities: ["grupy wsparcia", "doradztwo zawodowe", "warsztaty kompetencji społecznych"],
    verified: true,
    certifications: [],
  },
  {
    key: "zaz-kujawska-pralnia",
    name: "Zakład Aktywności Zawodowej „Kujawska Pralnia”",
    slug: "zaklad-aktywnosci-zawodowej-kujawska-pralnia",
    legalForm: "ZAZ",
    krs: "0009879116",
    nip: "8791765742",
    address: "ul. Andersa 50, Toruń",
    district: "Stawki",
    description:
      "Zakład zatrudnia osoby z niepełnosprawnościami w pralni i przy usługach sprzątania. Pierzemy i maglujemy bieliznę dla instytucji, sprzątamy biura i klatki schodowe.",
    email: "kujawska.pralnia@example.org",
    phone: "+48 56 600 20 77",
    website: "https://kujawska-pralnia.example.org",
    activities: ["pranie i maglowanie", "sprzątanie", "zatrudnienie osób z niepełnosprawnościami"],
    verified: true,
    certifications: [{ name: "Zakup Prospołeczny", validFrom: "2026-01-15", validTo: "2027-12-31" }],
  },
  {
    key: "wtz-kolorowa-nic",
    name: "Warsztat Terapii Zajęciowej „Kolorowa Nić”",
    slug: "warsztat-terapii-zajeciowej-kolorowa-nic",
    legalForm: "WTZ",
    krs: null,
    nip: "8796580148",
    address: "ul. Krasińskiego 60, Toruń",
    district: "Bydgoskie Przedmieście",
    description:
      "Warsztat prowadzi pracownie krawiecką, ceramiczną i rękodzieła. Szyjemy torby i gadżety z nadrukiem oraz wykonujemy upominki okolicznościowe.",
    email: "kolorowa.nic@example.org",
    phone: "+48 56 600 20 88",
    website: null,
    activities: ["terapia zajęciowa", "krawiectwo", "rękodzieło", "ceramika"],
    verified: true,
    certifications: [],
  },
  {
    key: "pracownia-cyfrowa",
    name: "Toruńska Pracownia Cyfrowa sp. z o.o. non-profit",
    slug: "torunska-pracownia-cyfrowa",
    legalForm: "NONPROFIT_COMPANY",
    krs: "0009828708",
    nip: "9569403432",
    address: "ul. Targowa 20, Toruń",
    district: "Jakubskie Przedmieście",
    description:
      "Spółka non-profit świadcząca usługi informatyczne dla organizacji pozarządowych i małych firm. Prowadzimy też szkolenia cyfrowe dla seniorów.",
    email: "pracownia.cyfrowa@example.org",
    phone: "+48 56 600 20 99",
    website: "https://pracownia-cyfrowa.example.org",
    activities: ["pomoc IT", "strony internetowe", "szkolenia cyfrowe dla seniorów"],
    verified: false,
    certifications: [],
  },
  {
    key: "wislany-brzeg",
    name: "Spółdzielnia Socjalna „Wiślany Brzeg”",
    slug: "spoldzielnia-socjalna-wislany-brzeg",
    legalForm: "SOCIAL_COOPERATIVE",
    krs: "0009872629",
    nip: "8790237521",
    address: "ul. Turystyczna 60, Toruń",
    district: "Kaszczorek",
    description:
      "Młoda spółdzielnia socjalna z Kaszczorka. Sprzątamy, odśnieżamy i wykonujemy drobne prace ogrodnicze dla wspólnot mieszkaniowych i instytucji.",
    email: "wislany.brzeg@example.org",
    phone: "+48 56 600 21 10",
    website: null,
    activities: ["sprzątanie", "odśnieżanie", "prace ogrodnicze"],
    verified: false,
    certifications: [],
  },
  {
    key: "slowo-i-most",
    name: "Fundacja „Słowo i Most”",
    slug: "fundacja-slowo-i-most",
    legalForm: "FOUNDATION",
    krs: "0009841358",
    nip: "8791135923",
    address: "ul. Kraszewskiego 30, Toruń",
    district: "Chełmińskie Przedmieście",
    description:
      "Fundacja wspiera cudzoziemców mieszkających w Toruniu. Wykonujemy tłumaczenia pisemne i ustne (angielski, ukraiński, niemiecki) i prowadzimy kursy języka polskiego.",
    email: "slowo.most@example.org",
    phone: "+48 56 600 21 21",
    website: "https://slowo-i-most.example.org",
    activities: ["tłumaczenia pisemne i ustne", "kursy języka polskiego dla cudzoziemców", "integracja migrantów"],
    verified: true,
    certifications: [{ name: "Zakup Prospołeczny", validFrom: "2023-01-01", validTo: "2024-12-31" }],
  },
  {
    key: "czcionka",
    name: "Spółdzielnia Pracy Poligraficznej „Czcionka”",
    slug: "spoldzielnia-pracy-poligraficznej-czcionka",
    legalForm: "OTHER",
    krs: "0009866756",
    nip: "9561179797",
    address: "ul. Ugory 40, Toruń",
    district: "Wrzosy",
    description:
      "Spółdzielnia pracy zatrudniająca osoby z niepełnosprawnościami. Drukujemy ulotki, plakaty i broszury oraz wykonujemy oprawy introligatorskie.",
    email: "czcionka@example.org",
    phone: "+48 56 600 21 32",
    website: null,
    activities: ["druk cyfrowy", "ulotki i plakaty", "oprawa introligatorska"],
    verified: false,
    certifications: [],
  },
];
