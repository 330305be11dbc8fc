/**
 * The one password rule for sign-up, reset and change — a decorator-free module shared by
 * the server's services and the browser's forms (like entities/identifiers.ts), so the rule
 * is written once. The strength estimator (zxcvbn-ts with its Polish and English
 * dictionaries, ~1 MB) is loaded on first use: in the browser it becomes its own chunk,
 * fetched only when someone types a password, instead of weighing on every page.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
/** zxcvbn's score 3 = "safely unguessable" (≥ 10^8 guesses): common words, names, keyboard walks and dates score lower. */
export const PASSWORD_MIN_SCORE = 3;

export type PasswordProblem = "tooShort" | "tooLong" | "guessable";

/** English messages for the API (`extensions.fields`); forms show their own translated texts. */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  tooShort: `Password must have at least ${PASSWORD_MIN} characters`,
  tooLong: `Password must have at most ${PASSWORD_MAX} characters`,
  guessable: "This password is too easy to guess",
};

type Estimator = { check(password: string, userInputs?: (string | number)[]): { score: number } };
let estimator: Promise<Estimator> | undefined;

function loadEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
    import("@zxcvbn-ts/language-pl"),
  ]).then(([core, common, en, pl]) => {
    return new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...pl.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    }) as Estimator;
  });
  return estimator;
}

/**
 * The words a person is likely to build a password from: their e-mail address, its
 * parts, and their name.
 */
export function passwordUserInputs(...values: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    if (!v) continue;
    const lower = v.toLowerCase();
    out.add(lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) out.add(part);
  }
  return [...out];
}

/** null when the password is acceptable, else what is wrong with it. */
export async function passwordProblem(password: string, userInputs: string[] = []): Promise<PasswordProblem | null> {
  if (password.length < PASSWORD_MIN) return "tooShort";
  if (password.length > PASSWORD_MAX) return "tooLong";
  const z = await loadEstimator();
  return z.check(password, userInputs).score < PASSWORD_MIN_SCORE ? "guessable" : null;
}
