/**
 * The `yaml` package, loaded on first use (~60 ms of start-up otherwise).
 * It is CommonJS under Node; once bundled, a dynamic import may wrap it in
 * `default`, so take whichever shape arrives.
 */
export async function loadYaml(): Promise<typeof import('yaml')> {
  const mod = (await import('yaml')) as typeof import('yaml') & {default?: typeof import('yaml')}
  return typeof mod.default?.parseDocument === 'function' ? mod.default : mod
}
