import { getTranslations } from "next-intl/server";
import { catalogueParameters } from "@/lib/api/openapi";
import { z } from "@/lib/zod";

const ENDPOINTS = [
  { path: "/api/v1/programmes", key: "list", example: "/api/v1/programmes?q=%E5%AE%89%E5%85%A8&kind=training&open=true" },
  { path: "/api/v1/programmes/{slug}", key: "detail" },
  { path: "/api/v1/institutions", key: "institutions", example: "/api/v1/institutions" },
  { path: "/api/v1/institutions/{slug}", key: "institution" },
] as const;

/** Allowed values of a parameter, read from its zod schema. */
function values(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { unrepresentable: "any" }) as { enum?: string[]; type?: string; format?: string };
  if (json.enum) return json.enum.join(" | ");
  return json.format ?? json.type ?? "";
}

/** The API's reference for people, generated from the same parameter list as the OpenAPI document. */
export async function ApiDocs() {
  const t = await getTranslations("apiDocs");
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <p className="mt-2">
        <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline underline-offset-2">{t("openapi")}</a>
      </p>
      <section aria-labelledby="endpoints-heading" className="mt-8">
        <h2 id="endpoints-heading" className="text-lg font-semibold">{t("endpoints")}</h2>
        <ul className="mt-3 space-y-3">
          {ENDPOINTS.map((e) => (
            <li key={e.path} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="font-mono text-sm"><span className="me-2 rounded bg-emerald-50 px-1.5 py-0.5 text-emerald-800">GET</span>{e.path}</p>
              <p className="mt-1 text-sm text-slate-700">{t(`endpoint.${e.key}`)}</p>
              {"example" in e ? (
                <p className="mt-1 break-all text-sm">
                  {t("example")}
                  <a href={e.example} className="font-mono text-brand-700 underline">{e.example}</a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-600">{t("caching")}</p>
      </section>
      <section aria-labelledby="parameters-heading" className="mt-8">
        <h2 id="parameters-heading" className="text-lg font-semibold">{t("parameters")}</h2>
        <div className="mt-3 overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-start text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 text-start">{t("name")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("values")}</th>
                <th scope="col" className="px-3 py-2 text-start">{t("meaning")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {catalogueParameters.map((p) => (
                <tr key={p.name}>
                  <th scope="row" className="px-3 py-2 text-start font-mono font-medium">{p.name}</th>
                  <td className="px-3 py-2 font-mono text-xs text-slate-700">
                    {values(p.schema)}
                    {p.repeat ? <span className="ms-1 font-sans text-slate-500">({t("repeatable")})</span> : null}
                  </td>
                  <td className="px-3 py-2 text-slate-800">{t(`param.${p.name}` as Parameters<typeof t>[0])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
