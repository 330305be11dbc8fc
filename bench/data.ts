import type { Client } from "pg";
import { TORUN_DISTRICTS } from "../entities/districts";

export interface Sizes {
  premises: number;
  trainings: number;
  registrations: number;
  organizations: number;
  marketplace: number;
  news: number;
  users: number;
}

export const FULL: Sizes = {
  premises: 100_000,
  trainings: 2_000,
  registrations: 50_000,
  organizations: 10_000,
  marketplace: 100_000,
  news: 5_000,
  users: 5_000,
};

export const SMALL: Sizes = {
  premises: 10_000,
  trainings: 200,
  registrations: 5_000,
  organizations: 1_000,
  marketplace: 10_000,
  news: 500,
  users: 1_000,
};

const STREETS = [
  "Szeroka", "Łazienna", "Mostowa", "Chełmińska", "Kopernika", "Bydgoska", "Mickiewicza", "Słowackiego",
  "Szosa Lubicka", "Rydygiera", "Dziewulskiego", "Poznańska", "Lubicka", "Kościuszki", "Grudziądzka",
  "Olsztyńska", "Szosa Chełmińska", "Wschodnia", "Gagarina", "Konstytucji 3 Maja",
];

/**
 * Adds `n` premises of the bench's shape (areas skewed to small, rents 8–45 zł/m², a third
 * step-free, the city's districts and streets); used by the data set and by the growth lines.
 */
export async function insertPremises(c: Client, n: number): Promise<void> {
  const districts = `ARRAY[${TORUN_DISTRICTS.map((d) => `'${d}'`).join(",")}]`;
  const streets = `ARRAY[${STREETS.map((d) => `'${d}'`).join(",")}]`;
  await c.query(
    `INSERT INTO premises (address, district, area_m2, monthly_rent, status, step_free, description, latitude, longitude, floor)
     SELECT 'ul. ' || (${streets})[1 + (random() * ${STREETS.length - 1})::int] || ' ' || (1 + (random() * 120)::int),
            (${districts})[1 + (random() * ${TORUN_DISTRICTS.length - 1})::int],
            a, round((a * (8 + random() * 37))::numeric, 2),
            (ARRAY['AVAILABLE','AVAILABLE','AVAILABLE','RESERVED','RENTED','WITHDRAWN'])[1 + (random() * 5)::int]::premises_status,
            random() < 0.33, 'Lokal użytkowy, ' || (ARRAY['parter','piętro','suterena'])[1 + (random() * 2)::int],
            52.98 + random() * 0.08, 18.50 + random() * 0.25, (random() * 3)::int - 1
     FROM (SELECT round((12 + random() * random() * 430)::numeric, 2) AS a FROM generate_series(1, $1)) x`,
    [n],
  );
}

/**
 * Writes a deterministic data set with set-based SQL (setseed + random() in one session
 * give the same rows on every run). Returns the ids the load needs.
 */
export async function generate(c: Client, s: Sizes, log: (m: string) => void): Promise<{ m1Trainings: string[]; m1Users: string[] }> {
  await c.query("SELECT setseed(0.2013)");
  const districts = `ARRAY[${TORUN_DISTRICTS.map((d) => `'${d}'`).join(",")}]`;

  log(`users: ${s.users}`);
  await c.query(
    `INSERT INTO users (email, name, password_hash, role, account_type, email_verified)
     SELECT 'bench-' || g || '@example.org', 'Bench User ' || g, '!', 
            (CASE g % 3 WHEN 0 THEN 'RESIDENT' WHEN 1 THEN 'PES_MEMBER' ELSE 'OFFICIAL' END)::user_role,
            (CASE g % 3 WHEN 0 THEN 'RESIDENT' WHEN 1 THEN 'PES' ELSE 'OFFICIAL' END)::account_type, true
     FROM generate_series(1, $1) g`,
    [s.users],
  );

  log(`organizations: ${s.organizations}`);
  await c.query(
    `INSERT INTO organizations (name, slug, legal_form, district, description, verified)
     SELECT 'Organizacja ' || g, 'organizacja-bench-' || g,
            (ARRAY['SOCIAL_COOPERATIVE','ASSOCIATION','FOUNDATION','CIS','KIS','ZAZ','WTZ','NONPROFIT_COMPANY','OTHER'])[1 + g % 9]::legal_form,
            (${districts})[1 + g % ${TORUN_DISTRICTS.length}], 'Podmiot ekonomii społecznej nr ' || g, g % 5 <> 0
     FROM generate_series(1, $1) g`,
    [s.organizations],
  );

  log(`premises: ${s.premises}`);
  await insertPremises(c, s.premises);

  log(`trainings: ${s.trainings}, registrations: ${s.registrations}`);
  await c.query(
    `INSERT INTO trainings (title, description, venue, starts_at, ends_at, registration_deadline, capacity, audience, kind)
     SELECT 'Szkolenie ' || g, 'Wspólne szkolenie nr ' || g, 'Urząd Miasta Torunia, sala ' || (100 + g % 20),
            now() + ((g - $1 / 2) || ' hours')::interval, now() + ((g - $1 / 2) || ' hours')::interval + interval '3 hours',
            NULL, 30 + g % 40, ARRAY['OFFICIALS','PES','RESIDENTS']::training_audience[],
            (CASE WHEN g % 4 = 0 THEN 'MEETING' ELSE 'TRAINING' END)::training_kind
     FROM generate_series(1, $1) g`,
    [s.trainings],
  );
  const per = Math.ceil(s.registrations / s.trainings);
  await c.query(`CREATE TEMP TABLE bench_users AS SELECT id, row_number() OVER (ORDER BY email) AS m FROM users WHERE email LIKE 'bench-%'`);
  await c.query(`CREATE INDEX ON bench_users (m)`);
  // Training n gets users n*per … n*per+per-1 (mod users): distinct within a training.
  await c.query(
    `INSERT INTO registrations (training_id, user_id, status, audience, cancel_token, check_in_code, registered_at)
     SELECT t.id, u.id, 'CONFIRMED', 'RESIDENTS', md5(t.id::text || u.id::text), substr(md5(u.id::text || t.id::text), 1, 12),
            now() - interval '1 day'
     FROM (SELECT id, row_number() OVER (ORDER BY starts_at, id) AS n FROM trainings) t
     CROSS JOIN generate_series(0, $1 - 1) k
     JOIN bench_users u ON u.m = ((t.n * $1 + k) % $2) + 1
     LIMIT $3`,
    [per, s.users, s.registrations],
  );

  log(`marketplace: ${s.marketplace}`);
  await c.query(
    `INSERT INTO equipment_notices (kind, title, description, category, condition, status, district, owner_user_id)
     SELECT (ARRAY['GIVE_AWAY','EXCHANGE','LEND','WANTED'])[1 + g % 4]::notice_kind,
            (ARRAY['Stół','Krzesła','Rzutnik','Laptop','Namiot','Nagłośnienie','Maszyna do szycia','Regał'])[1 + g % 8] || ' ' || g,
            'Ogłoszenie nr ' || g, (ARRAY['meble','elektronika','wydarzenia','biuro'])[1 + g % 4], 'GOOD',
            'AVAILABLE', (${districts})[1 + g % ${TORUN_DISTRICTS.length}],
            (SELECT id FROM users WHERE email = 'bench-' || (1 + g % $2) || '@example.org')
     FROM generate_series(1, $1 / 2) g`,
    [s.marketplace, s.users],
  );
  await c.query(
    `INSERT INTO products (organization_id, name, category, description, price_from, unit, social_clause_suitable)
     SELECT o.id, (ARRAY['Catering','Druk','Sprzątanie','Pielęgnacja zieleni','Szycie','Rękodzieło','Pomoc IT'])[1 + g % 7] || ' ' || g,
            (ARRAY['usługi','produkty'])[1 + g % 2], 'Oferta nr ' || g, 50 + g % 500, 'szt.', g % 3 = 0
     FROM generate_series(1, $1 / 2) g
     JOIN LATERAL (SELECT id FROM organizations WHERE slug = 'organizacja-bench-' || (1 + g % $2)) o ON true`,
    [s.marketplace, s.organizations],
  );

  log(`news: ${s.news}`);
  await c.query(
    `INSERT INTO news_posts (slug, title, body, category, lead, status, published_at)
     SELECT 'aktualnosc-bench-' || g, 'Aktualność ' || g, 'Treść aktualności nr ' || g || '.', 'PLATFORM', 'Aktualność nr ' || g,
            'PUBLISHED', now() - (g || ' hours')::interval
     FROM generate_series(1, $1) g`,
    [s.news],
  );

  // M1: trainings with 50 seats and 500 fresh users, 100 per training (50 confirmed + 50 waiting).
  const m1t = await c.query<{ id: string }>(
    `INSERT INTO trainings (title, venue, starts_at, ends_at, capacity, audience, kind)
     SELECT 'M1 szkolenie ' || g, 'Sala M1', now() + interval '30 days', now() + interval '30 days 3 hours', 50,
            ARRAY['OFFICIALS','PES','RESIDENTS']::training_audience[], 'TRAINING'
     FROM generate_series(1, 5) g RETURNING id`,
  );
  const m1u = await c.query<{ id: string }>(
    `INSERT INTO users (email, name, password_hash, role, account_type, email_verified)
     SELECT 'm1-' || g || '@example.org', 'M1 User ' || g, '!', 'RESIDENT', 'RESIDENT', true FROM generate_series(1, 500) g RETURNING id`,
  );
  await c.query("ANALYZE");
  return { m1Trainings: m1t.rows.map((r) => r.id), m1Users: m1u.rows.map((r) => r.id) };
}
