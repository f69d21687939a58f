import { getTranslations } from "next-intl/server";
import { readSnapshot } from "@/lib/enrollment/questions";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** The questions an application answered, as they were asked then (from the snapshot kept with it). */
export async function AnswerList({ answers, locale }: { answers: unknown; locale: Locale }) {
  const snapshot = readSnapshot(answers);
  if (!snapshot || snapshot.questions.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "enrollment" });
  const text = (pair: { zh: string; en: string }) => localized(locale, pair.zh, pair.en);
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("review.answers")}</summary>
      <dl className="mt-2 space-y-2 rounded-lg bg-slate-50 p-3 text-sm">
        {snapshot.questions.map((q) => {
          const value = snapshot.values[q.key];
          const option = q.options?.find((o) => o.value === value);
          const shown = value === null || value === undefined ? t("form.notAnswered") : option ? text(option.label) : `${value}${q.unit ? ` ${text(q.unit)}` : ""}`;
          return (
            <div key={q.key}>
              <dt className="text-slate-600">{text(q.label)}</dt>
              <dd className="whitespace-pre-line break-words text-slate-900">{shown}</dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}
