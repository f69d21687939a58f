import "server-only";
// The rules a new password must pass, checked on the server at sign-up, reset and change: the
// basic ones the forms also check in the browser (password-basics.ts), then whether it is easy to
// guess, estimated by zxcvbn (@zxcvbn-ts): common passwords, dictionary words, names, keyboard
// walks, repeats, sequences, dates and l33t spellings, plus the person's own email and name.
// Server-only because the dictionaries are about 1 MB of JavaScript.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { DEMO_PASSWORD } from "./codes";
import { basicPasswordProblem, type BasicPasswordProblem } from "./password-basics";
import { CHINESE_PASSWORD_WORDS, PORTAL_WORDS } from "./password-dictionary";

export type PasswordProblem = BasicPasswordProblem | "password_common" | "password_like_name" | "password_demo";

/**
 * zxcvbn's score 3 ("safely unguessable"): at least 10^8 guesses. Online guessing is throttled
 * (a few tries per account every 15 minutes), so what this guards against is offline guessing
 * after a database leak: at argon2id's cost 10^8 guesses take days of a GPU for one account.
 * Score 4 (10^10) would also refuse many memorable phrases people do use; score 2 (10^6) falls
 * to such an attacker in minutes.
 */
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;
/** Built on first use (ranking the dictionaries takes a moment), then shared. */
function estimator(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, "chinese-favourites": CHINESE_PASSWORD_WORDS, portal: PORTAL_WORDS },
    graphs: common.adjacencyGraphs,
    // Bounds on the work of one check, which anyone can ask for at sign-up: with the defaults a
    // random password of 256 characters took over 2 s. Only the first 64 characters (the length
    // NIST asks every site to allow) are read, so a longer password is judged by its start, which
    // the rest could only make harder to guess; at most 10 l33t substitutions are tried.
    // Levenshtein matching stays off for the same reason (it made checks take hundreds of ms).
    maxLength: 64,
    l33tMaxSubstitutions: 10,
  });
  return checker;
}

/**
 * Lower-case words a guesser would take from an email address or a name: the whole, the parts run
 * together, and each part (Latin ones of 3 letters or more: "li" or "wu" alone would match too much).
 */
function personalWords(text: string | undefined): string[] {
  if (!text) return [];
  const lower = text.toLowerCase();
  const parts = lower.split(/[\s@._+\-'’·]+/u).filter((part) => [...part].length >= (/^[a-z0-9]+$/.test(part) ? 3 : 2));
  return [...new Set([lower, lower.replace(/[\s@._+\-'’·]+/gu, ""), ...parts])].filter(Boolean);
}

/** Why a new password is refused, or null. `email` and `name` are the account's, when known. */
export function passwordProblem(password: string, email?: string, name?: string): PasswordProblem | null {
  const basic = basicPasswordProblem(password, email);
  if (basic) return basic;
  if (password.toLowerCase() === DEMO_PASSWORD.toLowerCase()) return "password_demo";
  // The email's last label (com, cn) says nothing about the person.
  const emailWords = personalWords(email?.replace(/\.[^.@]+$/, ""));
  const nameWords = personalWords(name);
  // Built from the name or email: what is left without them is easy to guess ("Xiaoyu.Lin.1990").
  // zxcvbn alone lets such passwords through, since it rates a sequence of several parts high.
  const lower = password.toLowerCase();
  for (const [words, problem] of [[emailWords, "password_like_email"], [nameWords, "password_like_name"]] as const) {
    const found = words.filter((word) => lower.includes(word));
    if (found.length && estimator().check(found.reduce((rest, word) => rest.replaceAll(word, ""), lower)).score < MIN_SCORE) return problem;
  }
  const result = estimator().check(password, [...emailWords, ...nameWords]);
  if (result.score >= MIN_SCORE) return null;
  // A weak password that matched the person's own words only as a variant (reversed, l33t).
  const personal = result.sequence.find((match) => match.pattern === "dictionary" && match.dictionaryName === "userInputs");
  if (personal) return emailWords.includes(personal.matchedWord) ? "password_like_email" : "password_like_name";
  return "password_common";
}
