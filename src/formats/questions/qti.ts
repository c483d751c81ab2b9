import {type DraftQuestion, letterOf} from '../../core/questions/question.js'
import {escapeXml, type ExportedFile, type ExportResult} from './types.js'

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1'
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd'
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1'
const CP_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd'
/** The standard template: SCORE 1 when the response equals the correct response exactly, else 0. */
export const MATCH_CORRECT = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct'

/** QTI identifiers are NCNames, which cannot start with a digit; our kebab-case ids can. */
const identifier = (id: string) => (/^[a-z_]/i.test(id) ? id : `q-${id}`)

/** Line breaks in the stem become `<br/>`; everything else is escaped text. */
const inline = (text: string) => escapeXml(text).replaceAll(/\r?\n/g, '<br/>')

const title = (stem: string) => {
  const line = stem.split('\n')[0] ?? ''
  return line.length > 80 ? `${line.slice(0, 79)}…` : line
}

function itemXml(q: DraftQuestion): string {
  const cardinality = q.choose > 1 ? 'multiple' : 'single'
  const correct = q.options.flatMap((o, i) => (o.correct ? [`      <value>${letterOf(i)}</value>`] : []))
  const choices = q.options.map((o, i) => `      <simpleChoice identifier="${letterOf(i)}">${inline(o.text)}</simpleChoice>`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `    xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `    identifier="${escapeXml(identifier(q.id))}" title="${escapeXml(title(q.stem))}" adaptive="false" timeDependent="false">`,
    `  <responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="identifier">`,
    '    <correctResponse>',
    ...correct,
    '    </correctResponse>',
    '  </responseDeclaration>',
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">',
    '    <defaultValue>',
    '      <value>0</value>',
    '    </defaultValue>',
    '  </outcomeDeclaration>',
    '  <itemBody>',
    // maxChoices = choose mirrors the exam, where "Choose two" means exactly two ticks.
    `    <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${q.choose}">`,
    `      <prompt>${inline(q.stem)}</prompt>`,
    ...choices,
    '    </choiceInteraction>',
    '  </itemBody>',
    `  <responseProcessing template="${MATCH_CORRECT}"/>`,
    '</assessmentItem>',
    '',
  ].join('\n')
}

function manifestXml(items: {id: string; href: string}[]): string {
  const resources = items.map((item) =>
    [
      `    <resource identifier="${escapeXml(item.id)}" type="imsqti_item_xmlv2p1" href="${escapeXml(item.href)}">`,
      `      <file href="${escapeXml(item.href)}"/>`,
      '    </resource>',
    ].join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CP_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
    `    xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="edgewise-questions">`,
    '  <metadata>',
    '    <schema>QTIv2.1 Package</schema>',
    '    <schemaversion>1.0.0</schemaversion>',
    '  </metadata>',
    '  <organizations/>',
    resources.length === 0 ? '  <resources/>' : ['  <resources>', ...resources, '  </resources>'].join('\n'),
    '</manifest>',
    '',
  ].join('\n')
}

/**
 * Writes IMS QTI 2.1: one assessmentItem per question in `files`
 * (`<id>.xml`), and `text` is the imsmanifest.xml that lists them, so the
 * folder zipped as is becomes a content package an LMS can import. Scoring
 * uses the match_correct template, which has no feedback, so explanations
 * and rationales are not written.
 */
export function exportQti(questions: DraftQuestion[]): ExportResult {
  // One file per id: a repeated id would silently overwrite another question's file.
  const seen = new Set<string>()
  const repeated = questions.filter((q) => seen.size === seen.add(q.id).size)
  if (repeated.length > 0) {
    return {ok: false, problems: repeated.map((q) => ({file: q.id, path: 'id', message: `question id ${q.id} is used more than once; QTI writes one file per id, so make the ids unique`}))}
  }
  const files: ExportedFile[] = questions.map((q) => ({name: `${q.id}.xml`, text: itemXml(q)}))
  const text = manifestXml(questions.map((q) => ({id: identifier(q.id), href: `${q.id}.xml`})))
  return {ok: true, text, files}
}
