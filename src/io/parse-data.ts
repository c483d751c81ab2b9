import type {Problem} from '../core/validation/problem.js'

import {loadYaml, parseYamlText} from './yaml.js'

export type ParsedData = {ok: false; problem: Problem} | {ok: true; value: unknown}

/**
 * Parses JSON or YAML text (chosen by file extension; YAML is a superset, so
 * anything else is read as YAML). `yaml` is imported only when needed because
 * it costs ~60 ms of start-up.
 */
export async function parseDataText(file: string, text: string): Promise<ParsedData> {
  if (/\.json$/i.test(file)) return parseJson(file, text)
  const parsed = parseYamlText(await loadYaml(), text)
  if (!parsed.ok)
    return {ok: false, problem: {file, path: '', line: parsed.line, message: `invalid YAML: ${parsed.message}`}}
  return {ok: true, value: parsed.value}
}

function parseJson(file: string, text: string): ParsedData {
  try {
    return {ok: true, value: JSON.parse(text)}
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined
    return {ok: false, problem: {file, path: '', line, message: `invalid JSON: ${firstLine(message)}`}}
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
