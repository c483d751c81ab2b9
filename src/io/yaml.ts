/**
 * The `yaml` package, loaded on first use (~60 ms of start-up otherwise).
 * It is CommonJS under Node; once bundled, a dynamic import may wrap it in
 * `default`, so take whichever shape arrives.
 */
export async function loadYaml(): Promise<typeof import('yaml')> {
  const mod = (await import('yaml')) as typeof import('yaml') & {default?: typeof import('yaml')}
  return typeof mod.default?.parseDocument === 'function' ? mod.default : mod
}

export type YamlParse = {ok: false; message: string; line?: number} | {ok: true; value: unknown}

/**
 * Parses YAML text into plain data without ever throwing: every place that
 * reads YAML goes through here. The library reports syntax errors (and
 * nesting too deep for its parser) as document errors, but throws while
 * building the value for an alias bomb ("billion laughs": aliases of aliases
 * that expand exponentially; it stops at `maxAliasCount`) and could throw
 * for other resource limits; each becomes a message, not a crash.
 */
export function parseYamlText(
  yaml: typeof import('yaml'),
  text: string,
  options: {uniqueKeys?: boolean} = {},
): YamlParse {
  try {
    const doc = yaml.parseDocument(text, {prettyErrors: true, uniqueKeys: options.uniqueKeys ?? true})
    const error = doc.errors[0]
    if (error)
      return {
        ok: false,
        message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        line: error.linePos?.[0]?.line,
      }
    return {ok: true, value: doc.toJS({maxAliasCount: MAX_ALIAS_COUNT})}
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        ok: false,
        message: `too many alias expansions (over ${MAX_ALIAS_COUNT}; this is how a "billion laughs" attack starts); write the values out instead of nesting aliases of aliases`,
      }
    }
    if (error instanceof RangeError)
      return {ok: false, message: `nested too deeply to read (${error.message}); flatten the structure`}
    return {ok: false, message: `cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`}
  }
}

/** Anchors and aliases are fine for hand-written files; an expansion this large is an attack or a mistake. */
const MAX_ALIAS_COUNT = 100
