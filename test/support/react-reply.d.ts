// React's encoder of server-action arguments, bundled inside Next.js without types; the unit tests
// use it to produce bodies exactly as the browser sends them.
declare module "next/dist/compiled/react-server-dom-webpack/client.node.js" {
  export function encodeReply(value: unknown): Promise<string | FormData>;
}
