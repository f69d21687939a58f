/** An application's steps, oldest first, with the office's message where it left one. */
export function ApplicationTimeline({ heading, events }: { heading: string; events: { label: string; when: string; message: string | null }[] }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">{heading}</h3>
      <ol className="mt-2 space-y-2 border-s-2 border-slate-200 ps-4">
        {events.map((e, index) => (
          <li key={index} className="text-sm">
            <p className="font-medium text-slate-900">{e.label} <span className="font-normal text-slate-600">· {e.when}</span></p>
            {e.message && <p className="mt-1 whitespace-pre-line rounded-md bg-amber-50 p-2 text-amber-950">{e.message}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
