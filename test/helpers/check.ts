import {Lexer} from 'marked'
import {parseDocument} from 'yaml'

import type {CheckDeps} from '../../src/core/check/check-document.js'
import {bundledKnowledge} from './knowledge.js'

/** The checker's parsers wired as the CLI wires them, with a fixed date. */
export async function checkDeps(today = '2026-11-25'): Promise<CheckDeps> {
  return {
    kb: await bundledKnowledge(),
    today,
    lex: (markdown) => Lexer.lex(markdown),
    parseYaml: (text) => {
      const doc = parseDocument(text)
      return doc.errors[0] ? {ok: false, message: doc.errors[0].message} : {ok: true, value: doc.toJS()}
    },
  }
}
