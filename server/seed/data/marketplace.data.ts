/**
 * Seed data: equipment base (Baza sprzętu), products and services of PES,
 * and demands posted by officials (zlecenia, zapytania ofertowe).
 *
 * Pure, deterministic data module — no imports but types, no randomness, no I/O.
 * `ownerKey` / `orgKey` refer to OrganizationSeed.key in
 * organizations.data.ts; `ownerKey: "resident"` means the demo private person.
 * All content is fictional.
 */

import type { ItemCondition } from "../../../entities/codes";

export type EquipmentKind = "GIVE_AWAY" | "EXCHANGE" | "LEND" | "WANTED";

export interface EquipmentSeed {
  /** an organisation key, or "resident" */
  ownerKey: string;
  kind: EquipmentKind;
  title: string;
  description: string;
  category: string;
  condition: ItemCondition;
  district: string;
}

export interface ProductSeed {
  orgKey: string;
  name: string;
  category: string;
  description: string;
  priceFrom: number | null;
  priceTo: number | null;
  unit: string | null;
  areaServed: string;
  socialClauseSuitable: boolean;
}

export type DemandKind = "COMMISSION" | "REQUEST_FOR_QUOTATION";

export interface DemandSeed {
  kind: DemandKind;
  title: string;
  description: string;
  category: string;
  budget: number | null;
  /** ISO 8601, UTC */
  deadline: string;
  socialClause: boolean;
}

// ------------------------------------------------------------------ equipment

export const EQUIPMENT_SEED: EquipmentSeed[] = [
  {
    ownerKey: "pes-one",
    kind: "LEND",
    title: "Mikser planetarny 10 l",
    description:
      "Użyczymy profesjonalnego miksera planetarnego z misą 10 l na czas wydarzeń i warsztatów kulinarnych. Odbiór w pracowni na Starym Mieście.",
    category: "Sprzęt gastronomiczny",
    condition: "VERY_GOOD",
    district: "Stare Miasto",
  },
  {
    ownerKey: "pes-one",
    kind: "GIVE_AWAY",
    title: "Regały magazynowe metalowe (4 szt.)",
    description:
      "Oddamy cztery metalowe regały magazynowe 180×90 cm po reorganizacji zaplecza. Transport we własnym zakresie.",
    category: "Meble",
    condition: "USED",
    district: "Stare Miasto",
  },
  {
    ownerKey: "pes-two",
    kind: "LEND",
    title: "Namiot ogrodowy 3×6 m na festyny",
    description:
      "Użyczamy namiotu ze ściankami bocznymi na festyny i pikniki sąsiedzkie. Pomożemy przy rozstawianiu na terenie Podgórza.",
    category: "Sprzęt eventowy",
    condition: "GOOD",
    district: "Podgórz",
  },
  {
    ownerKey: "pes-two",
    kind: "LEND",
    title: "Przenośne nagłośnienie z mikrofonem bezprzewodowym",
    description:
      "Kolumna aktywna z akumulatorem i dwoma mikrofonami bezprzewodowymi – sprawdzi się na spotkaniach plenerowych do ok. 100 osób.",
    category: "Sprzęt nagłośnieniowy",
    condition: "VERY_GOOD",
    district: "Podgórz",
  },
  {
    ownerKey: "resident",
    kind: "LEND",
    title: "Wiertarka udarowa z zestawem wierteł",
    description:
      "Chętnie użyczę wiertarki udarowej z walizką wierteł do betonu, drewna i metalu na kilka dni, np. przy urządzaniu świetlicy.",
    category: "Narzędzia",
    condition: "GOOD",
    district: "Rubinkowo",
  },
  {
    ownerKey: "resident",
    kind: "GIVE_AWAY",
    title: "Biurko i dwa krzesła biurowe",
    description:
      "Oddam za darmo drewniane biurko 120×60 cm i dwa krzesła obrotowe – najlepiej organizacji, która urządza biuro.",
    category: "Meble",
    condition: "USED",
    district: "Bydgoskie Przedmieście",
  },
  {
    ownerKey: "jestem",
    kind: "WANTED",
    title: "Poszukujemy laptopów do zajęć komputerowych",
    description:
      "Szukamy 3–4 sprawnych laptopów (mogą być starsze) do zajęć komputerowych dla podopiecznych. Chętnie przyjmiemy w darze lub w użyczenie.",
    category: "Sprzęt komputerowy",
    condition: "WORKING",
    district: "Mokre",
  },
  {
    ownerKey: "zielony-torun",
    kind: "EXCHANGE",
    title: "Kosiarka spalinowa – wymienimy na podkaszarkę",
    description:
      "Mamy sprawną kosiarkę spalinową z koszem, której nie wykorzystujemy. Chętnie wymienimy na podkaszarkę spalinową lub akumulatorową.",
    category: "Ogród",
    condition: "GOOD",
    district: "Na Skarpie",
  },
  {
    ownerKey: "wtz-kolorowa-nic",
    kind: "EXCHANGE",
    title: "Overlock – wymiana na maszynę stębnową",
    description:
      "Wymienimy 4-nitkowy overlock na przemysłową maszynę stębnową; mamy dwa overlocki, a brakuje nam maszyny do prostych szwów.",
    category: "Tekstylia i szycie",
    condition: "GOOD",
    district: "Bydgoskie Przedmieście",
  },
  {
    ownerKey: "cis-nowy-start",
    kind: "LEND",
    title: "Rzutnik multimedialny z ekranem",
    description:
      "Użyczymy rzutnika z ekranem na statywie na szkolenia i spotkania organizacji. Odbiór i zwrot w siedzibie CIS na Mokrem.",
    category: "Sprzęt multimedialny",
    condition: "VERY_GOOD",
    district: "Mokre",
  },
  {
    ownerKey: "resident",
    kind: "WANTED",
    title: "Szukam stołu warsztatowego",
    description:
      "Poszukuję solidnego stołu warsztatowego do przydomowej pracowni; mogę odebrać osobiście lub wymienić się na narzędzia ogrodowe.",
    category: "Meble",
    condition: "USED",
    district: "Wrzosy",
  },
];

// -------------------------------------------------------- products & services

export const PRODUCTS_SEED: ProductSeed[] = [
  {
    orgKey: "pes-one",
    name: "Catering na spotkania i szkolenia",
    category: "Catering",
    description:
      "Przerwy kawowe, lunche i poczęstunki na spotkania, szkolenia i konferencje – z toruńskimi piernikami w menu. Dowozimy na terenie miasta.",
    priceFrom: 35,
    priceTo: 65,
    unit: "osoba",
    areaServed: "Toruń",
    socialClauseSuitable: true,
  },
  {
    orgKey: "pes-one",
    name: "Pierniki okolicznościowe z logo",
    category: "Rękodzieło i upominki",
    description:
      "Ręcznie dekorowane pierniki z logo lub napisem, pakowane indywidualnie – upominki dla gości i uczestników wydarzeń.",
    priceFrom: 4.5,
    priceTo: 12,
    unit: "szt.",
    areaServed: "cała Polska (wysyłka)",
    socialClauseSuitable: true,
  },
  {
    orgKey: "pes-one",
    name: "Warsztaty piernikowe dla grup",
    category: "Warsztaty i szkolenia",
    description: "Dwugodzinne warsztaty wypieku i dekorowania pierników dla grup szkolnych, seniorów i zespołów pracowniczych.",
    priceFrom: 40,
    priceTo: 60,
    unit: "osoba",
    areaServed: "Toruń",
    socialClauseSuitable: false,
  },
  {
    orgKey: "pes-two",
    name: "Organizacja festynów i pikników sąsiedzkich",
    category: "Animacja i wydarzenia",
    description:
      "Przygotujemy festyn lub piknik: program dla dzieci, animatorów, namiot i nagłośnienie oraz obsługę wolontariuszy.",
    priceFrom: 800,
    priceTo: 2500,
    unit: "wydarzenie",
    areaServed: "Toruń – lewobrzeże i centrum",
    socialClauseSuitable: true,
  },
  {
    orgKey: "pes-two",
    name: "Zajęcia świetlicowe i korepetycje",
    category: "Edukacja",
    description: "Popołudniowe zajęcia świetlicowe i pomoc w nauce dla dzieci ze szkół podstawowych.",
    priceFrom: 25,
    priceTo: 40,
    unit: "godz.",
    areaServed: "Podgórz, Stawki, Piaski",
    socialClauseSuitable: false,
  },
  {
    orgKey: "zielony-torun",
    name: "Pielęgnacja terenów zielonych",
    category: "Utrzymanie zieleni",
    description:
      "Koszenie trawników, przycinanie żywopłotów, grabienie liści i sezonowe utrzymanie skwerów oraz terenów przy budynkach.",
    priceFrom: 0.35,
    priceTo: 0.8,
    unit: "m²",
    areaServed: "Toruń i powiat toruński",
    socialClauseSuitable: true,
  },
  {
    orgKey: "zielony-torun",
    name: "Zakładanie łąk kwietnych i nasadzenia",
    category: "Utrzymanie zieleni",
    description: "Projekt i założenie łąki kwietnej, nasadzenia drzew i krzewów z pielęgnacją gwarancyjną.",
    priceFrom: null,
    priceTo: null,
    unit: null,
    areaServed: "Toruń",
    socialClauseSuitable: true,
  },
  {
    orgKey: "zaz-kujawska-pralnia",
    name: "Pranie i maglowanie bielizny",
    category: "Pranie i maglowanie",
    description: "Pranie, suszenie i maglowanie pościeli, obrusów i odzieży roboczej dla instytucji; odbiór i dowóz.",
    priceFrom: 9,
    priceTo: 14,
    unit: "kg",
    areaServed: "Toruń",
    socialClauseSuitable: true,
  },
  {
    orgKey: "zaz-kujawska-pralnia",
    name: "Sprzątanie biur i pomieszczeń",
    category: "Sprzątanie",
    description: "Regularne sprzątanie biur, sal szkoleniowych i klatek schodowych, także po godzinach pracy.",
    priceFrom: 4,
    priceTo: 7,
    unit: "m² / miesiąc",
    areaServed: "Toruń",
    socialClauseSuitable: true,
  },
  {
    orgKey: "wtz-kolorowa-nic",
    name: "Torby bawełniane z nadrukiem",
    category: "Krawiectwo",
    description: "Szyjemy torby z bawełny organicznej z nadrukiem sitodrukowym lub haftem – od 50 sztuk.",
    priceFrom: 12,
    priceTo: 25,
    unit: "szt.",
    areaServed: "cała Polska (wysyłka)",
    socialClauseSuitable: true,
  },
  {
    orgKey: "wtz-kolorowa-nic",
    name: "Ceramika i upominki rękodzielnicze",
    category: "Rękodzieło i upominki",
    description: "Kubki, podkładki i ozdoby ceramiczne wykonywane przez uczestników warsztatu, także na zamówienie.",
    priceFrom: null,
    priceTo: null,
    unit: null,
    areaServed: "Toruń",
    socialClauseSuitable: false,
  },
  {
    orgKey: "pracownia-cyfrowa",
    name: "Pomoc IT dla organizacji",
    category: "Pomoc IT",
    description: "Konfiguracja komputerów i sieci, kopie zapasowe, poczta i strony internetowe dla NGO i małych firm.",
    priceFrom: 90,
    priceTo: 150,
    unit: "godz.",
    areaServed: "Toruń (także zdalnie)",
    socialClauseSuitable: false,
  },
  {
    orgKey: "slowo-i-most",
    name: "Tłumaczenia pisemne PL–EN–UA–DE",
    category: "Tłumaczenia",
    description: "Tłumaczenia dokumentów, ulotek i stron internetowych; możliwa weryfikacja przez native speakera.",
    priceFrom: 45,
    priceTo: 80,
    unit: "strona",
    areaServed: "cała Polska (zdalnie)",
    socialClauseSuitable: true,
  },
  {
    orgKey: "czcionka",
    name: "Druk ulotek, plakatów i broszur",
    category: "Poligrafia",
    description: "Druk cyfrowy małych i średnich nakładów, skład prostych materiałów oraz oprawa broszur.",
    priceFrom: null,
    priceTo: null,
    unit: null,
    areaServed: "Toruń",
    socialClauseSuitable: true,
  },
  {
    orgKey: "wislany-brzeg",
    name: "Odśnieżanie i utrzymanie chodników",
    category: "Sprzątanie",
    description: "Zimowe utrzymanie chodników, parkingów i wejść do budynków – dyżury całodobowe w sezonie.",
    priceFrom: 300,
    priceTo: 1200,
    unit: "miesiąc",
    areaServed: "Toruń – prawobrzeże",
    socialClauseSuitable: true,
  },
];

// -------------------------------------------------------------------- demands

export const DEMANDS_SEED: DemandSeed[] = [
  {
    // past: Fri 15 May 2026, 12:00 CEST
    kind: "COMMISSION",
    title: "Catering na konferencję „Ekonomia społeczna w Toruniu 2026”",
    description:
      "Przerwa kawowa i lunch dla ok. 120 uczestników konferencji w Dworze Artusa. Zamówienie zastrzeżone dla podmiotów ekonomii społecznej (art. 94 Pzp).",
    category: "Catering",
    budget: 9000,
    deadline: "2026-05-15T10:00:00Z",
    socialClause: true,
  },
  {
    // past: Wed 30 September 2026, 12:00 CEST
    kind: "REQUEST_FOR_QUOTATION",
    title: "Uszycie 300 toreb bawełnianych z logo programu",
    description:
      "Zapytanie ofertowe na uszycie i zadrukowanie 300 toreb z bawełny organicznej z logo Programu współpracy. Termin realizacji: 6 tygodni od zamówienia.",
    category: "Krawiectwo",
    budget: 7500,
    deadline: "2026-09-30T10:00:00Z",
    socialClause: true,
  },
  {
    // Fri 29 January 2027, 12:00 CET
    kind: "REQUEST_FOR_QUOTATION",
    title: "Sprzątanie punktu obsługi mieszkańców przez 12 miesięcy",
    description:
      "Codzienne sprzątanie pomieszczeń punktu obsługi mieszkańców (ok. 240 m²) od 1 marca 2027 r. do 28 lutego 2028 r. Zamówienie zastrzeżone dla PES zatrudniających co najmniej 30% osób zagrożonych wykluczeniem.",
    category: "Sprzątanie",
    budget: 36000,
    deadline: "2027-01-29T11:00:00Z",
    socialClause: true,
  },
  {
    // Fri 26 February 2027, 12:00 CET
    kind: "REQUEST_FOR_QUOTATION",
    title: "Utrzymanie zieleni przy miejskich świetlicach – sezon 2027",
    description:
      "Koszenie, pielęgnacja nasadzeń i grabienie liści na terenach przy czterech miejskich świetlicach (łącznie ok. 1,8 ha) od kwietnia do listopada 2027 r.",
    category: "Utrzymanie zieleni",
    budget: 48000,
    deadline: "2027-02-26T11:00:00Z",
    socialClause: true,
  },
  {
    // Fri 12 March 2027, 12:00 CET
    kind: "COMMISSION",
    title: "Druk materiałów informacyjnych programu",
    description: "Druk 2000 ulotek A5 i 100 plakatów A3 o Programie współpracy; projekt graficzny dostarcza Urząd.",
    category: "Poligrafia",
    budget: 4500,
    deadline: "2027-03-12T11:00:00Z",
    socialClause: false,
  },
  {
    // Fri 16 April 2027, 12:00 CEST
    kind: "COMMISSION",
    title: "Tłumaczenie przewodnika dla cudzoziemców na język ukraiński i angielski",
    description:
      "Tłumaczenie 24-stronicowego przewodnika „Załatw sprawę w urzędzie” na język ukraiński i angielski, z korektą. Prosimy o wycenę.",
    category: "Tłumaczenia",
    budget: null,
    deadline: "2027-04-16T10:00:00Z",
    socialClause: false,
  },
];
