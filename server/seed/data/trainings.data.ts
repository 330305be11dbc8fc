/**
 * Seed data: joint trainings and meetings of city officials and PES.
 *
 * Pure, deterministic data module — no imports, no randomness, no I/O.
 *
 * Times are stored in UTC and were converted from Europe/Warsaw local time:
 *  - CEST (UTC+2): 2013-03-31 … 2013-10-27 and 2027-03-28 … 2027-10-31,
 *  - CET  (UTC+1): otherwise (e.g. January, February, early March, November).
 * Each entry has a comment with its local time. Registration deadlines are the
 * end of a local day (23:59:59 Warsaw time), always before the start.
 *
 * Past events come from the newsletter of 2013-07-02 (the third meeting of PES
 * and administration hosted by AIESEC Toruń UMK on 20 June 2013, the joint
 * training of 26 June 2013, and the trainings announced for September 2013).
 * Where the newsletter does not say (venue, hours, capacity of the meeting,
 * the September date and topic details), the values are plausible assumptions.
 * Upcoming events (2027) are fictional; trainer names in them are fictional.
 */

export type TrainingKind = "TRAINING" | "MEETING";
export type TrainingAudience = "OFFICIALS" | "PES" | "RESIDENTS";

export interface TrainingSeed {
  key: string;
  kind: TrainingKind;
  title: string;
  description: string;
  venue: string;
  address: string | null;
  onlineUrl: string | null;
  /** ISO 8601, UTC */
  startsAt: string;
  /** ISO 8601, UTC */
  endsAt: string;
  /** ISO 8601, UTC */
  registrationDeadline: string | null;
  capacity: number;
  audience: TrainingAudience[];
  /** Seats reserved per audience; the sum never exceeds `capacity`. */
  quotas: { OFFICIALS?: number; PES?: number; RESIDENTS?: number };
  topics: string[];
  trainers: string[];
  host: string | null;
}

const CITY_HALL = "ul. Wały gen. Sikorskiego 8, Toruń";

/** The venues' coordinates (WGS 84, read off OpenStreetMap), for the map on a training's page. */
export const VENUE_COORDINATES: Record<string, [latitude: number, longitude: number]> = {
  [CITY_HALL]: [53.01037, 18.60368],
  "Rynek Staromiejski 6, Toruń": [53.01049, 18.60531],
  "ul. Gagarina 13a, Toruń": [53.02065, 18.56951],
};

export const TRAININGS_SEED: TrainingSeed[] = [
  // ---------------------------------------------------------------- past (2013)
  {
    // Thu 20 June 2013, 16:00–18:30 CEST
    key: "spotkanie-pes-administracja-2013-06-20",
    kind: "MEETING",
    title: "III spotkanie przedstawicieli podmiotów ekonomii społecznej i administracji lokalnej",
    description:
      "Trzecie spotkanie przedstawicieli PES i administracji lokalnej, by bliżej się poznać, podzielić wiedzą, doświadczeniami i wskazówkami. Gospodarzem spotkania była organizacja studencka AIESEC Toruń UMK.",
    venue: "AIESEC Toruń UMK, Wydział Nauk Ekonomicznych i Zarządzania UMK",
    address: "ul. Gagarina 13a, Toruń",
    onlineUrl: null,
    startsAt: "2013-06-20T14:00:00Z",
    endsAt: "2013-06-20T16:30:00Z",
    registrationDeadline: "2013-06-18T21:59:59Z",
    capacity: 40,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 15, PES: 25 },
    topics: ["wymiana doświadczeń", "współpraca PES z administracją lokalną"],
    trainers: [],
    host: "AIESEC Toruń UMK",
  },
  {
    // Wed 26 June 2013, 09:00–15:00 CEST
    key: "szkolenie-mechanizmy-wspolpracy-2013-06-26",
    kind: "TRAINING",
    title:
      "Mechanizmy współpracy podmiotów ekonomii społecznej z administracją publiczną. Spółdzielnia socjalna – zakładanie i funkcjonowanie",
    description:
      "Szkolenie wspólne dla pracowników Urzędu Miasta Torunia i przedstawicieli toruńskich PES. Omówiono mechanizmy współpracy PES z administracją publiczną, zakładanie i prowadzenie spółdzielni socjalnej oraz klauzule społeczne.",
    venue: "Urząd Miasta Torunia, sala 102",
    address: CITY_HALL,
    onlineUrl: null,
    startsAt: "2013-06-26T07:00:00Z",
    endsAt: "2013-06-26T13:00:00Z",
    registrationDeadline: "2013-06-21T21:59:59Z",
    capacity: 30,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 15, PES: 15 },
    topics: [
      "mechanizmy współpracy PES z administracją publiczną",
      "spółdzielnia socjalna – zakładanie i funkcjonowanie",
      "klauzule społeczne",
    ],
    trainers: ["Hanna Łowicka", "Beata Rataj"],
    host: null,
  },
  {
    // Wed 18 September 2013, 09:00–14:00 CEST (the newsletter announces trainings in September 2013)
    key: "szkolenie-klauzule-spoleczne-2013-09-18",
    kind: "TRAINING",
    title: "Klauzule społeczne w zamówieniach publicznych – szkolenie wspólne dla urzędników i PES",
    description:
      "Kontynuacja czerwcowego szkolenia: jak stosować klauzule społeczne w zamówieniach miasta i jak PES mogą przygotować się do udziału w takich postępowaniach.",
    venue: "Urząd Miasta Torunia, sala 102",
    address: CITY_HALL,
    onlineUrl: null,
    startsAt: "2013-09-18T07:00:00Z",
    endsAt: "2013-09-18T12:00:00Z",
    registrationDeadline: "2013-09-11T21:59:59Z",
    capacity: 30,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 15, PES: 15 },
    topics: ["klauzule społeczne", "zamówienia publiczne", "przygotowanie oferty przez PES"],
    trainers: [],
    host: null,
  },

  // ------------------------------------------------------------ upcoming (2027)
  {
    // Tue 19 January 2027, 09:00–14:00 CET
    key: "szkolenie-klauzule-spoleczne-2027-01-19",
    kind: "TRAINING",
    title: "Klauzule społeczne w praktyce – zamówienia zastrzeżone (art. 94 Pzp)",
    description:
      "Szkolenie wspólne dla urzędników i przedstawicieli PES: kiedy miasto może zastrzec zamówienie dla podmiotów ekonomii społecznej, jak opisać wymagania i jak PES mogą wykazać spełnienie warunków.",
    venue: "Urząd Miasta Torunia, sala 102",
    address: CITY_HALL,
    onlineUrl: null,
    startsAt: "2027-01-19T08:00:00Z",
    endsAt: "2027-01-19T13:00:00Z",
    registrationDeadline: "2027-01-12T22:59:59Z",
    capacity: 30,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 15, PES: 15 },
    topics: ["klauzule społeczne", "art. 94 Pzp – zamówienia zastrzeżone", "aspekty społeczne w opisie przedmiotu zamówienia"],
    trainers: ["Joanna Malinowska"],
    host: null,
  },
  {
    // Thu 18 February 2027, 16:00–18:00 CET
    key: "spotkanie-pes-administracja-2027-02-18",
    kind: "MEETING",
    title: "Spotkanie PES i administracji: plan zamówień miasta na 2027 rok",
    description:
      "Regularne spotkanie przedstawicieli PES i urzędników. Wydziały Urzędu Miasta przedstawią planowane zlecenia i zapytania ofertowe na 2027 rok, a PES – swoje produkty i usługi.",
    venue: "Dwór Artusa, sala mała",
    address: "Rynek Staromiejski 6, Toruń",
    onlineUrl: null,
    startsAt: "2027-02-18T15:00:00Z",
    endsAt: "2027-02-18T17:00:00Z",
    registrationDeadline: "2027-02-15T22:59:59Z",
    capacity: 60,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 20, PES: 40 },
    topics: ["plan zamówień na 2027 rok", "prezentacje PES", "sieciowanie"],
    trainers: [],
    host: "Centrum Kultury Dwór Artusa",
  },
  {
    // Wed 10 March 2027, 10:00–12:30 CET — online
    key: "webinar-finansowanie-pes-2027-03-10",
    kind: "TRAINING",
    title: "Finansowanie PES: dotacje, pożyczki i ekonomizacja działalności (webinarium)",
    description:
      "Szkolenie online o źródłach finansowania podmiotów ekonomii społecznej: dotacje na utworzenie miejsc pracy, pożyczki, sprzedaż usług miastu. Link do spotkania otrzymają osoby zapisane.",
    venue: "Online (wideokonferencja)",
    address: null,
    onlineUrl: "https://meet.example.org/pes-tor/finansowanie-pes-2027",
    startsAt: "2027-03-10T09:00:00Z",
    endsAt: "2027-03-10T11:30:00Z",
    registrationDeadline: "2027-03-08T22:59:59Z",
    capacity: 60,
    audience: ["PES", "OFFICIALS"],
    quotas: { PES: 45, OFFICIALS: 15 },
    topics: ["dotacje dla PES", "pożyczki i poręczenia", "ekonomizacja działalności"],
    trainers: ["Paweł Nowakowski"],
    host: null,
  },
  {
    // Wed 14 April 2027, 09:00–15:00 CEST
    key: "szkolenie-spoldzielnia-socjalna-2027-04-14",
    kind: "TRAINING",
    title: "Spółdzielnia socjalna – zakładanie i funkcjonowanie (szkolenie wspólne)",
    description:
      "Szkolenie wspólne dla urzędników i PES: jak założyć spółdzielnię socjalną, jak wygląda jej statut, zatrudnienie i rozliczenia oraz jak miasto może wspierać jej rozwój.",
    venue: "Urząd Miasta Torunia, sala 102",
    address: CITY_HALL,
    onlineUrl: null,
    startsAt: "2027-04-14T07:00:00Z",
    endsAt: "2027-04-14T13:00:00Z",
    registrationDeadline: "2027-04-07T21:59:59Z",
    capacity: 24,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 12, PES: 12 },
    topics: ["spółdzielnia socjalna – zakładanie i funkcjonowanie", "mechanizmy współpracy z administracją publiczną"],
    trainers: ["Marek Wiśniewski", "Ewa Kaczmarek"],
    host: null,
  },
  {
    // Thu 20 May 2027, 17:00–19:00 CEST — open to residents
    key: "warsztat-zakupy-prospoleczne-mieszkancy-2027-05-20",
    kind: "TRAINING",
    title: "Zakupy prospołeczne na co dzień – warsztat dla mieszkańców",
    description:
      "Otwarty warsztat dla mieszkańców Torunia: czym jest ekonomia społeczna, gdzie w mieście kupić produkty i usługi PES oraz jak korzystać z Bazy sprzętu na platformie PES-TOR.",
    venue: "Dwór Artusa, sala mała",
    address: "Rynek Staromiejski 6, Toruń",
    onlineUrl: null,
    startsAt: "2027-05-20T15:00:00Z",
    endsAt: "2027-05-20T17:00:00Z",
    registrationDeadline: "2027-05-17T21:59:59Z",
    capacity: 40,
    audience: ["RESIDENTS", "PES"],
    quotas: { RESIDENTS: 30, PES: 10 },
    topics: ["ekonomia społeczna w mieście", "zakupy prospołeczne", "Baza sprzętu PES-TOR"],
    trainers: ["Agnieszka Dąbrowska"],
    host: "Spółdzielnia Socjalna „Piernikowa Pracownia”",
  },
  {
    // Wed 16 June 2027, 15:00–17:30 CEST
    key: "spotkanie-pes-administracja-2027-06-16",
    kind: "MEETING",
    title: "Spotkanie PES i administracji lokalnej – wymiana doświadczeń",
    description:
      "Kolejne spotkanie z cyklu spotkań PES i administracji. Podsumujemy pierwsze półrocze współpracy i porozmawiamy o potrzebach PES na drugą połowę roku.",
    venue: "Wydział Nauk Ekonomicznych i Zarządzania UMK, aula",
    address: "ul. Gagarina 13a, Toruń",
    onlineUrl: null,
    startsAt: "2027-06-16T13:00:00Z",
    endsAt: "2027-06-16T15:30:00Z",
    registrationDeadline: "2027-06-11T21:59:59Z",
    capacity: 50,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 15, PES: 35 },
    topics: ["wymiana doświadczeń", "potrzeby PES", "podsumowanie półrocza"],
    trainers: [],
    host: "Wydział Nauk Ekonomicznych i Zarządzania UMK",
  },
  {
    // Wed 22 September 2027, 09:00–13:00 CEST
    key: "warsztat-zapytania-ofertowe-2027-09-22",
    kind: "TRAINING",
    title: "Jak odpowiedzieć na zapytanie ofertowe miasta – warsztat praktyczny",
    description:
      "Warsztat w małej grupie dla urzędników i PES: przygotowanie i ocena oferty na przykładach zapytań ofertowych z platformy PES-TOR.",
    venue: "Urząd Miasta Torunia, sala 102",
    address: CITY_HALL,
    onlineUrl: null,
    startsAt: "2027-09-22T07:00:00Z",
    endsAt: "2027-09-22T11:00:00Z",
    registrationDeadline: "2027-09-15T21:59:59Z",
    capacity: 12,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 6, PES: 6 },
    topics: ["zapytania ofertowe", "kalkulacja ceny oferty", "kryteria oceny ofert"],
    trainers: ["Joanna Malinowska"],
    host: null,
  },
  {
    // Wed 17 November 2027, 10:00–14:00 CET
    key: "szkolenie-dostepnosc-2027-11-17",
    kind: "TRAINING",
    title: "Dostępność lokali i usług PES dla osób z niepełnosprawnościami",
    description:
      "Szkolenie wspólne o dostępności architektonicznej, cyfrowej i informacyjno-komunikacyjnej: jak przygotować lokal i usługi PES oraz jak miasto ocenia dostępność w zamówieniach.",
    venue: "Urząd Miasta Torunia, sala 102",
    address: CITY_HALL,
    onlineUrl: null,
    startsAt: "2027-11-17T09:00:00Z",
    endsAt: "2027-11-17T13:00:00Z",
    registrationDeadline: "2027-11-10T22:59:59Z",
    capacity: 20,
    audience: ["OFFICIALS", "PES"],
    quotas: { OFFICIALS: 10, PES: 10 },
    topics: ["dostępność architektoniczna", "dostępność cyfrowa", "wymagania dostępności w zamówieniach"],
    trainers: ["Tomasz Grabowski"],
    host: null,
  },
];
