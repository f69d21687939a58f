// What a server action answers a form: success (with optional data), or messages in the person's
// language for each field ("" for the form as a whole). Nothing changes when ok is false.
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };
