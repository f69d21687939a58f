"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/forms/result";

/**
 * A react-hook-form form checked in the browser by the same zod schema the server uses, submitted
 * to a server action whose field errors land on the same fields.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  submit: (values: z.input<S>) => Promise<ActionResult<T>>,
  onSuccess: (data: T, values: z.input<S>) => void,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>, defaultValues, mode: "onTouched" });
  const [formError, setFormError] = useState<string>();
  const t = useTranslations("validation");
  const onSubmit = form.handleSubmit(async () => {
    setFormError(undefined);
    // The raw values go to the server, which parses them again with the same schema.
    const values = form.getValues();
    const result = await submit(values).catch(() => null);
    if (!result) return setFormError(t("failed")); // offline, or the server failed
    if (!result.ok) {
      for (const [path, message] of Object.entries(result.fieldErrors)) {
        if (path) form.setError(path as Path<z.input<S>>, { message }, { shouldFocus: true });
      }
      setFormError(result.formError ?? result.fieldErrors[""]);
      return;
    }
    onSuccess(result.data, values);
  });
  return { form, onSubmit, formError, errors: form.formState.errors, submitting: form.formState.isSubmitting };
}
