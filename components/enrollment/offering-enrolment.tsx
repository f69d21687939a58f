import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import type { EnrollmentState } from "@/lib/enrollment/states";
import type { WindowState } from "@/lib/catalogue/window";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/forms/client-messages";
import { ApplyButton } from "./apply-button";

/**
 * What one offering lets this person do: sign in, verify their email, apply (or join the
 * waitlist), or see the application they already have. Anonymous visitors all see the same
 * "sign in" link, so the public page stays cacheable.
 */
export async function OfferingEnrolment(props: {
  offeringId: string; window: WindowState; admission: string; programmeSlug: string;
  actor: Actor | null; enrollment?: { id: string; state: EnrollmentState };
  /** Where the multi-step form is, for programmes that ask their own questions; others apply with one click. */
  formPath?: string;
}) {
  const t = await getTranslations("enrollment");
  const { window, actor, enrollment } = props;
  if (enrollment) {
    const label = enrollment.state === "waitlisted" && props.admission === "reviewed" ? t("stateReviewedWaitlisted") : t(`state.${enrollment.state}`);
    return (
      <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <Badge tone="brand">{t("apply.yours", { state: label })}</Badge>
        <Link href="/me/enrollments" className="font-medium text-brand-700 underline underline-offset-2">{t("apply.view")}</Link>
      </p>
    );
  }
  if (window.kind !== "open" && window.kind !== "full") return null;
  if (!actor) {
    return (
      <p className="mt-3">
        <Link href={`/sign-in?next=${encodeURIComponent(`/programmes/${props.programmeSlug}`)}`} className="inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium text-brand-700 ring-1 ring-inset ring-brand-300 hover:bg-brand-50">
          {t("apply.signIn")}
        </Link>
      </p>
    );
  }
  if (!can(actor, "account.verified-actions")) return <p className="mt-3 text-sm text-amber-900">{t("apply.verifyFirst")}</p>;
  const label = props.admission === "reviewed" ? t("apply.reviewed") : window.kind === "full" ? t("apply.waitlist") : t("apply.firstCome");
  if (props.formPath) {
    return (
      <p className="mt-3">
        <Button asChild><Link href={props.formPath}>{label}</Link></Button>
      </p>
    );
  }
  return (
    <FormMessages>
      <ApplyButton offeringId={props.offeringId} label={label} />
    </FormMessages>
  );
}
