"use client";

import "./globals.css";

// Last resort when the locale layout itself fails: no translations can be loaded, so both languages.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="font-sans">
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">出错了</h1>
          <p lang="en" className="mt-1 text-slate-600">Something went wrong</p>
          <p className="mt-4 text-slate-700">页面暂时无法显示，请稍后再试。</p>
          <p lang="en" className="text-slate-600">This page cannot be shown right now. Please try again in a moment.</p>
          <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-lg bg-brand-700 px-4 text-sm font-medium text-white">
            重试 · <span lang="en">Try again</span>
          </button>
        </main>
      </body>
    </html>
  );
}
