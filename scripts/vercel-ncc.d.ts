// @vercel/ncc ships no types; this is the part of its JS API that bundle.mjs and bench.mjs use.
declare module '@vercel/ncc' {
  interface NccOptions {
    esm?: boolean
    minify?: boolean
    sourceMap?: boolean
    license?: string
    quiet?: boolean
  }
  interface NccResult {
    code: string
    assets: Record<string, { source: string | Buffer }>
  }
  export default function ncc(entry: string, options?: NccOptions): Promise<NccResult>
}
