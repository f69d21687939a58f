// zod as the portal uses it: import `z` from here, not from "zod" (test/unit/architecture.test.ts).
// zod compiles object parsers with `new Function` where it may, and finds out by trying one. Under
// the pages' Content-Security-Policy (no 'unsafe-eval', lib/http/csp.ts) the browser refuses that
// try and reports it as a violation. So in the browser zod compiles nothing (its documented
// `jitless` setting, which also skips the try); on the server it keeps its compiled parsers. Set
// before any schema is built, as this module runs before every module that imports it.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
