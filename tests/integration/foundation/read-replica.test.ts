import { DataSource } from "typeorm";
import { Role, type User } from "../../../entities/users";
import { createBridge, type ServerBridge } from "../../../server/bridge";
import { reloadConfig } from "../../../server/config";
import { dataSourceOptions, getDataSource } from "../../../server/db";
import { createUser } from "../../factories";
import { createTestDb } from "../../helpers/db";
import { postgresBinDir, startReplicaPair, type ReplicaPair } from "../../helpers/pg-replica";
import { trainingInput } from "../trainings/helpers";

/**
 * A real streaming replica (initdb, pg_basebackup -R) behind the app's own server code:
 * anonymous queries read from it, a signed-in person reads their own writes from the
 * primary whatever the replica's lag, and the app keeps answering when it stops — and
 * starts while it is away. Replay is paused on the replica to make lag certain.
 */
const bin = postgresBinDir();
if (!bin && process.env.CI === "true") throw new Error("PostgreSQL server programs (initdb, pg_basebackup) not found: set PG_BINDIR");
const describeWithPostgres = bin ? describe : describe.skip;

describeWithPostgres("a streaming read replica", () => {
  let pair: ReplicaPair | undefined;
  let direct: DataSource | undefined;
  let bridge: ServerBridge;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATABASE_REPLICA_URLS: process.env.DATABASE_REPLICA_URLS };
  let official: User;
  let resident: User;

  beforeAll(async () => {
    const source = await createTestDb({ poolSize: 1 });
    try {
      pair = await startReplicaPair(bin!, source.url);
    } finally {
      await source.drop();
    }
    process.env.DATABASE_URL = pair.primaryUrl;
    process.env.DATABASE_REPLICA_URLS = pair.replicaUrl;
    reloadConfig();
    direct = await new DataSource(dataSourceOptions(pair.primaryUrl, { extra: { max: 2 } })).initialize();
    official = await createUser(direct, { role: Role.OFFICIAL });
    resident = await createUser(direct);
    bridge = createBridge();
  }, 90_000);

  afterAll(async () => {
    const g = globalThis as { __pestorDb?: Promise<DataSource> };
    await g.__pestorDb?.then((ds) => ds.destroy()).catch(() => {});
    await direct?.destroy();
    await pair?.teardown();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    reloadConfig();
  });

  /** One POST /api/graphql through the app's bridge, as `user` (undefined = anonymous). */
  async function post<T = Record<string, any>>(query: string, variables: Record<string, unknown>, user?: User): Promise<T> {
    const res = await bridge.handleGraphQL({
      method: "POST",
      headers: new Headers({ "content-type": "application/json" }),
      search: "",
      body: { query, variables },
      session: user ? { sub: user.id, sv: user.sessionVersion } : null,
      ip: "10.1.2.3",
    });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }
  const CREATE = `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`;
  const TRAINING = `query($id: ID!) { training(id: $id) { id title } }`;
  const createTraining = async (title: string) => (await post(CREATE, { input: trainingInput({ title }) }, official)).createTraining.id as string;

  it("serves anonymous reads from the replica and a person's own writes from the primary", async () => {
    const seen = await createTraining("Widoczne na replice");
    await pair!.caughtUp();
    expect((await post(TRAINING, { id: seen })).training).toMatchObject({ id: seen });
    const onReplica = await pair!.sql<{ n: number }>("replica", "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'pestor-replica-read'");
    expect(onReplica[0].n).toBeGreaterThan(0);

    // From here the replica lags behind the primary: it replays nothing.
    await pair!.sql("replica", "SELECT pg_wal_replay_pause()");
    const fresh = await createTraining("Tylko na serwerze głównym");
    // The public does not see it yet (the replica answers) …
    expect((await post(TRAINING, { id: fresh })).training).toBeNull();
    // … its author does, at once.
    expect((await post(TRAINING, { id: fresh }, official)).training).toMatchObject({ id: fresh });
    // Pages (server components) likewise: rendered for nobody from the replica, for a person from the primary.
    expect((await bridge.execute(TRAINING, { id: fresh }, null, "10.1.2.3")).data).toEqual({ training: null });
    expect((await bridge.execute(TRAINING, { id: fresh }, official.id, "10.1.2.3")).data?.training).toMatchObject({ id: fresh });

    // No "my registration disappeared": a person registers and reads their own list back.
    const reg = await post(`mutation($id: ID!) { registerForTraining(trainingId: $id) { id status } }`, { id: fresh }, resident);
    expect(reg.registerForTraining.status).toBe("CONFIRMED");
    const mine = await post(`{ myRegistrations { id status training { id } } }`, {}, resident);
    expect(mine.myRegistrations).toEqual([{ id: reg.registerForTraining.id, status: "CONFIRMED", training: { id: fresh } }]);
    const again = await post(`query($id: ID!) { training(id: $id) { myRegistration { id } } }`, { id: fresh }, resident);
    expect(again.training.myRegistration).toEqual({ id: reg.registerForTraining.id });
    // Still paused: the replica really is behind.
    const [{ n }] = await pair!.sql<{ n: number }>("replica", `SELECT count(*)::int AS n FROM trainings WHERE id = '${fresh}'`);
    expect(n).toBe(0);

    // The replica stops: public reads go to the primary, without an error.
    await pair!.stopReplica();
    for (let i = 0; i < 3; i++) expect((await post(TRAINING, { id: fresh })).training).toMatchObject({ id: fresh });

    // A node that starts while the replica is away starts and serves.
    const g = globalThis as { __pestorDb?: Promise<DataSource> };
    await (await getDataSource()).destroy();
    g.__pestorDb = undefined;
    expect((await post(TRAINING, { id: seen })).training).toMatchObject({ id: seen });
    expect((await post(`{ myRegistrations { id } }`, {}, resident)).myRegistrations).toHaveLength(1);
  });
});
