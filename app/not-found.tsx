import "./globals.css";

// Requests that never reach a locale (outside the proxy's matcher) get a bilingual page.
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="font-sans">
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">页面不存在</h1>
          <p lang="en" className="mt-1 text-slate-600">Page not found</p>
          <p className="mt-6">
            <a href="/" className="text-brand-700 underline">返回首页</a> · <a href="/en" lang="en" className="text-brand-700 underline">Home (English)</a>
          </p>
        </main>
      </body>
    </html>
  );
}
