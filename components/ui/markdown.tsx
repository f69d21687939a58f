import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

// Institutions write these descriptions, so they are untrusted: raw HTML is not rendered at all,
// react-markdown's URL filter drops javascript:/data: links, and rehype-sanitize (GitHub's
// allow-list) removes anything else that slips through. The text sits under the page's h2
// section heading, so its headings start at h3.
const components: Components = {
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
  h4: ({ node: _node, ...props }) => <h5 {...props} />,
  a: ({ node: _node, href, ...props }) => {
    // Protocol-relative links (//host) leave the site too.
    const external = typeof href === "string" && /^(https?:)?\/\//i.test(href);
    return <a href={href} {...props} {...(external ? { rel: "noopener noreferrer nofollow ugc", target: "_blank" } : {})} />;
  },
  img: ({ node: _node, alt }) => <span>{alt}</span>,
};

export function Markdown({ source, lang }: { source: string; lang?: string }) {
  return (
    <div className="prose-content" lang={lang}>
      <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
