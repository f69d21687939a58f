import type { ReactNode } from "react";

/** The narrow card the sign-in, registration and emailed-link pages share. */
export function AuthCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-8 sm:py-12">
      <div className="space-y-5 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
          {description && <p className="text-slate-700">{description}</p>}
        </div>
        {children}
      </div>
    </div>
  );
}
