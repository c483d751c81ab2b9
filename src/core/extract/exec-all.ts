/**
 * Every match of a global regex in `text`, in order (empty matches included,
 * as `matchAll` yields them). `matchAll` clones the regex on every call,
 * which for the large alternations run on every sentence of a batch costs
 * more than the matching; this reuses it. Not reentrant for one regex: do
 * not run the same regex again while iterating.
 *
 * @yields each match, as `regex.exec` returns it
 */
export function* execAll(regex: RegExp, text: string): Generator<RegExpExecArray> {
  if (!regex.global) throw new Error(`execAll needs a global regex: ${regex.source.slice(0, 40)}`)
  regex.lastIndex = 0
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++
    yield m
  }
}
