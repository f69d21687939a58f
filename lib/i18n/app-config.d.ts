import type { Locale } from "./routing";
import type zhCN from "../../messages/zh-CN.json";

// Typed message keys: a t("...") call naming a key that is missing from the Chinese catalogue fails
// the type check; test/unit/messages.test.ts keeps the English catalogue in step with it.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof zhCN;
  }
}
