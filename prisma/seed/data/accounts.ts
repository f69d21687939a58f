// Demo accounts, one of each kind the portal serves. For local use only: their password
// (DEMO_PASSWORD in lib/accounts/codes.ts) is in the README. Re-seeding resets them to this state
// (other accounts are left alone).
import type { BureauRole, InstitutionRole } from "../../../lib/auth/roles";

export interface DemoAccount {
  email: string;
  name: string;
  locale: "zh-CN" | "en";
  bureauRole?: BureauRole;
  memberships?: { institution: string; role: InstitutionRole }[];
  /** The owner whose invitation made the memberships (recorded as an accepted invitation). */
  invitedBy?: string;
  profile?: { phone?: string; education?: string; employer?: string; yearsExperience?: number; talentLevel?: string };
}

export const accounts: DemoAccount[] = [
  {
    email: "learner@example.com", name: "李明", locale: "zh-CN",
    profile: { phone: "+8613800138000", education: "bachelor", employer: "重庆某软件公司", yearsExperience: 3, talentLevel: "junior" },
  },
  { email: "learner.en@example.com", name: "Emma Clarke", locale: "en", profile: { phone: "+447911123456", education: "master", yearsExperience: 6, talentLevel: "mid" } },
  { email: "staff.national@example.com", name: "王芳", locale: "zh-CN", memberships: [{ institution: "cq-national-software-college", role: "owner" }] },
  // Staff the national college's owner invited (their invitations are on record as accepted).
  { email: "editor.national@example.com", name: "周婷", locale: "zh-CN", memberships: [{ institution: "cq-national-software-college", role: "editor" }], invitedBy: "staff.national@example.com" },
  { email: "reviewer.national@example.com", name: "Daniel Murphy", locale: "en", memberships: [{ institution: "cq-national-software-college", role: "reviewer" }], invitedBy: "staff.national@example.com" },
  // Applied to register Jinyun College; the application waits for the bureau at /admin/institutions.
  { email: "owner.jinyun@example.com", name: "孙磊", locale: "zh-CN", memberships: [{ institution: "jinyun-college-computing", role: "owner" }] },
  { email: "staff.yuzhou@example.com", name: "陈刚", locale: "zh-CN", memberships: [{ institution: "yuzhou-software-engineering-college", role: "editor" }] },
  { email: "reviewer@example.com", name: "赵丽", locale: "zh-CN", bureauRole: "reviewer" },
  { email: "admin@example.com", name: "刘强", locale: "zh-CN", bureauRole: "admin" },
];
