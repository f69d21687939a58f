import { creditCodeCheck } from "../../../lib/institutions/credit-code";

/** A valid unified social credit code nobody else has (a private non-enterprise unit in Chongqing), for applications made in browser tests. */
export function creditCode(): string {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const body = `MA${Array.from({ length: 6 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join("")}`;
  const sum = [...body].reduce((t, c, i) => t + parseInt(c, 36) * [3, 7, 9, 10, 5, 8, 4, 2][i]!, 0);
  const orgCheck = ({ 10: "X", 11: "0" } as Record<number, string>)[11 - (sum % 11)] ?? String(11 - (sum % 11));
  const first17 = `52500109${body}${orgCheck}`;
  return first17 + creditCodeCheck(first17);
}
