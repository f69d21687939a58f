"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * The catalogue's GET form. Without JavaScript it submits natively; with it, it navigates on the
 * client and leaves empty fields (an empty search box, unset dates, the default order) out of the
 * URL, so shared links stay short.
 */
export function CatalogueForm({ action, ...props }: Omit<ComponentProps<"form">, "action" | "method"> & { action: string }) {
  const router = useRouter();
  return (
    <form
      {...props}
      action={action}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        for (const [key, value] of new FormData(event.currentTarget)) {
          if (typeof value === "string" && value !== "") params.append(key, value);
        }
        router.push(params.size ? `${action}?${params}` : action);
      }}
    />
  );
}
