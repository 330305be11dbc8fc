import { writeFileSync } from "node:fs";
import path from "node:path";
import { CLIENT_SECTIONS } from "../app/i18n/client-messages";
import { generatedFile, ROOT } from "./client-messages-scan";

/** `npm run messages:client`: writes which messages each section gives its client components. */
const file = path.join(ROOT, "app", "i18n", "client-messages.generated.ts");
writeFileSync(file, generatedFile(CLIENT_SECTIONS));
console.log(`Wrote ${path.relative(ROOT, file)}`);
