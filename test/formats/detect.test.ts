import {describe, expect, it} from 'vitest'

import {detectBankFormat} from '../../src/formats/questions/detect.js'

const format = (name: string, text: string) => {
  const d = detectBankFormat(name, text)
  return d.ok ? `${d.format} by ${d.by}` : `error: ${d.message}`
}

describe('detectBankFormat', () => {
  it('trusts an unambiguous extension', () => {
    expect(format('bank.json', '[]')).toBe('json by extension')
    expect(format('quiz.gift', '::a:: Q {=x ~y}')).toBe('gift by extension')
    expect(format('quiz.XML', '<quiz></quiz>')).toBe('moodle-xml by extension')
    expect(format('README.md', '### Q?\n- [x] a\n- [ ] b\n')).toBe('markdown by extension')
  })

  it('tells one question file (front matter) from a task-list bank', () => {
    expect(format('q.md', '---\nid: q-1\ntype: single\n---\n\nStem?\n\n- [x] a\n- [ ] b\n')).toBe(
      'question-file by content',
    )
  })

  it('reads the content when the extension says nothing (.txt, none)', () => {
    expect(format('bank.txt', 'Which is cheapest?\nA. Spot\nB. On-Demand\nANSWER: A\n')).toBe('aiken by content')
    expect(format('bank.txt', '::q1:: Which is cheapest? {\n=Spot\n~On-Demand\n}\n')).toBe('gift by content')
    expect(format('export', '  [{"id": "a"}]')).toBe('json by content')
    expect(format('export', '<?xml version="1.0"?><quiz/>')).toBe('moodle-xml by content')
    expect(format('notes.txt', '# Bank\n\n### Q?\n\n- [x] a\n- [ ] b\n')).toBe('markdown by content')
  })

  it('says what to do when it cannot tell, and refuses QTI by name', () => {
    expect(format('notes.txt', 'Just some prose with no questions in it.')).toMatch(/^error: .*pass --from/)
    expect(format('item.xml', '<?xml version="1.0"?><assessmentItem identifier="x">')).toMatch(
      /^error: is IMS QTI, which edgewise writes but does not read/,
    )
  })
})
