import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * Starts a reaper that stops the process group `pgid` (a server started `detached`) when
 * this process is gone, even killed with no chance to run its teardown. Stop the reaper in
 * the teardown (`.kill()`) once the group is stopped there.
 */
export function reapGroupWhenGone(pgid: number): ChildProcess {
  return spawn(process.execPath, [path.resolve(__dirname, "group-reaper.mjs"), String(pgid)], { stdio: ["pipe", "ignore", "inherit"] });
}
