/**
 * Whether a design record's own status says its decision is no longer in
 * force. ADRs are kept, not edited away: a folder of them holds superseded,
 * deprecated and rejected records next to the live ones, and judging those
 * would make a CI check fail forever on history. Read from, in order:
 *
 * - a `status:` field in YAML front matter (MADR 3+);
 * - a `Status` section (Nygard, adr-tools: "Accepted", then "Superseded by
 *   [19. Batch export](0019-batch-export.md)" added under it);
 * - a `Status: …` line before the first section (MADR 2: `* Status: rejected`).
 *
 * Within them, the last line that opens with a status word decides ("Accepted"
 * then "Superseded by …": superseded; "Accepted" then "Supersedes ADR 3":
 * accepted). Struck-through text (~~Accepted~~) is history and ignored.
 */

export interface InactiveStatus {
  /** The status as written, e.g. "Superseded by ADR 19". */
  status: string
  /** 1-based line within the text given. */
  line: number
}

// Matched on words without accents (statusWords): English, Spanish, German, French and Portuguese.
const INACTIVE =
  /^(?:superseded|deprecated|rejected|withdrawn|abandoned|obsolete|retired|declined|replaced|cancell?ed|archived|void|no longer (?:valid|in (?:force|effect|use)|applies)|rechazad[oa]|reemplazad[oa]|sustituid[oa]|obsolet[oa]|deprecad[oa]|descartad[oa]|abandonad[oa]|retirad[oa]|abgelehnt|ersetzt|veraltet|uberholt|verworfen|zuruckgezogen|rejetee?|remplacee?|abandonnee?|retiree?|rejeitad[oa]|substituid[oa]|descontinuad[oa])\b/i
const ACTIVE =
  /^(?:proposed|accepted|approved|adopted|agreed|draft|drafted|in (?:progress|review|discussion)|under (?:review|discussion)|decided|implemented|active|amended|supersedes|current|open|pending|ratified|final|aceptad[oa]|aprobad[oa]|propuest[oa]|borrador|vigente|akzeptiert|angenommen|vorgeschlagen|entwurf|beschlossen|acceptee?|proposee?|approuvee?|brouillon|aceit[oa]|aprovad[oa]|propost[oa]|rascunho)\b/i
// "This decision has been superseded by ADR 19."
const INACTIVE_SENTENCE =
  /\b(?:has|have|was|were|is|are)\s+(?:been\s+|now\s+)?(?:superseded|deprecated|rejected|withdrawn|abandoned|retired|replaced)\b/i

/** The words of a status line without Markdown, list marks, a leading date or a `Status:` label. */
function statusWords(line: string): string {
  return line
    .normalize('NFD')
    .replaceAll(/\p{M}/gu, '')
    .replaceAll(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replaceAll(/~~[^~]*~~/g, ' ')
    .replaceAll(/[*_`|>[\]]/g, ' ')
    .replace(/^[^\p{L}\p{N}~]*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})?[^\p{L}\p{N}~]*/u, '')
    .replace(/^(?:status|estado|statut|situacao)\s*:?[^\p{L}\p{N}]*/iu, '')
    .replace(/^\d{4}-\d{2}-\d{2}[\s:–—-]*/, '')
    .replaceAll(/\s+/g, ' ')
    .trim()
}

/** The verdict of the status lines given (text, 1-based line): inactive when the last one with a status word says so. */
function verdict(lines: readonly (readonly [string, number])[]): InactiveStatus | undefined {
  let last: undefined | {inactive: boolean; status: string; line: number}
  for (const [text, line] of lines) {
    const words = statusWords(text)
    // A line that opens with an active status stays active whatever it says next ("Accepted
    // (supersedes ADR 3, which is now deprecated)").
    if (ACTIVE.test(words)) last = {inactive: false, status: words, line}
    else if (INACTIVE.test(words) || INACTIVE_SENTENCE.test(words)) last = {inactive: true, status: words, line}
  }
  return last?.inactive ? {status: last.status.slice(0, 160), line: last.line} : undefined
}

import {classifyHeading} from './section-roles.js'

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/

/**
 * The inactive status a Markdown body states, if any (`body` with LF line
 * ends; lines are counted from 1 at its start). `frontMatterStatus` is the
 * front matter's `status` value and its line in the whole document, which
 * wins when present.
 */
export function inactiveStatus(
  body: string,
  frontMatterStatus?: {value: unknown; line: number},
  lineOffset = 0,
): InactiveStatus | undefined {
  if (frontMatterStatus !== undefined && typeof frontMatterStatus.value === 'string')
    return verdict([[frontMatterStatus.value, frontMatterStatus.line]])
  // Cheap test first: most documents never say any of these words.
  if (
    !/superseded|deprecated|rejected|withdrawn|abandoned|obsolete|retired|declined|replaced|cancell?ed|archived|void|no longer|rechaza|reemplaza|sustitu|obsolet|depreca|descarta|abandon|retira|abgelehnt|ersetzt|veraltet|berholt|verworfen|zur(?:ü|u\u0308)ckgezogen|rejet|remplac|rejeita|substitu|descontinua/i.test(
      body,
    )
  )
    return undefined
  const lines = body.split('\n')
  const candidates: [string, number][] = []
  let inStatus = false
  let beforeSections = true
  let inFence = false
  for (const [i, line_] of lines.entries()) {
    const line = line_!
    if (FENCE.test(line)) inFence = !inFence
    if (inFence) continue
    const heading = HEADING.exec(line)
    if (heading) {
      if (heading[1]!.length > 1) beforeSections = false
      inStatus = classifyHeading(heading[2]!) === 'status'
      continue
    }
    if (inStatus) candidates.push([line, lineOffset + i + 1])
    // MADR 2: "* Status: rejected" among the bullets under the title.
    else if (
      beforeSections &&
      /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:status|estado|statut|situação|situacao)(?:\*\*|__)?\s*:/i.test(line)
    )
      candidates.push([line, lineOffset + i + 1])
  }
  return verdict(candidates)
}
