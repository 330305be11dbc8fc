import type { DataSource } from "typeorm";
import { createLoaders } from "./loaders";
import { createTrainingsLoaders } from "./modules/trainings/trainings.loaders";
import { createUserLoaders } from "./modules/users/users.loaders";

// Making loaders reads nothing, so a DataSource that is never called stands in for one.
const db = {} as DataSource;

describe("createLoaders", () => {
  it("offers every loader of every module", () => {
    const loaders = createLoaders(db) as unknown as Record<string, unknown>;
    for (const name of [...Object.keys(createUserLoaders(db)), ...Object.keys(createTrainingsLoaders(db))]) {
      expect(typeof (loaders[name] as { load?: unknown }).load).toBe("function");
    }
  });

  it("gives one request the same loader on every read and another request its own", () => {
    const one = createLoaders(db);
    const other = createLoaders(db);
    expect(one.trainingCounts).toBe(one.trainingCounts);
    expect(one.trainingById).toBe(one.trainingById);
    expect(other.trainingCounts).not.toBe(one.trainingCounts);
  });
});
