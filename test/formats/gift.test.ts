import {describe, expect, it} from 'vitest'

import {escapeGift, exportGift, importGift} from '../../src/formats/questions/gift.js'

const keys = (text: string) =>
  importGift(text, 'bank.gift').questions.map((q) => ({
    stem: q.stem,
    options: q.options.map((o) => `${o.correct ? '=' : '~'}${o.text}`),
  }))

describe('importGift', () => {
  it('reads the documented layout: comments, titles, feedback, general feedback and categories', () => {
    const text = [
      '// exported by hand',
      '$CATEGORY: $course$/top/Edge',
      '',
      '::edge-01:: Which option rewrites headers on every viewer request at the lowest cost? {',
      '=CloudFront Functions#Lightweight JavaScript at every edge location.',
      '~Lambda@Edge#Works, but costs more; meant for heavier logic.',
      '// a comment inside a question',
      '~AWS Outposts#On-premises racks, not a CDN hook.',
      '####Functions are the cheapest edge hook.',
      '}',
    ].join('\n')
    const result = importGift(text, 'bank.gift')
    expect(result.problems).toEqual([])
    const [q] = result.questions
    expect(q?.stem).toBe('Which option rewrites headers on every viewer request at the lowest cost?')
    expect(q?.options.map((o) => [o.text, o.correct, o.rationale])).toEqual([
      ['CloudFront Functions', true, 'Lightweight JavaScript at every edge location.'],
      ['Lambda@Edge', false, 'Works, but costs more; meant for heavier logic.'],
      ['AWS Outposts', false, 'On-premises racks, not a CDN hook.'],
    ])
    expect(q?.explanation).toBe('Functions are the cheapest edge hook.')
    expect(q?.tags).toEqual(['top/Edge'])
    expect(q?.choose).toBe(1)
    expect(q?.id).toMatch(/^gift-[0-9a-f]{12}$/)
  })

  it('reads multiple response from weights: positive is right, zero or negative is wrong', () => {
    const [q] = importGift('Pick two. {~%50%right one ~%50%right two ~%-50%wrong ~%0%also wrong}', 'w.gift').questions
    expect(q?.choose).toBe(2)
    expect(q?.options.filter((o) => o.correct).map((o) => o.text)).toEqual(['right one', 'right two'])
  })

  it(String.raw`undoes escapes, including \n and a literal backslash`, () => {
    expect(keys(String.raw`1 + 2 \= 3\: true\nnext line {=yes \{really\} ~no \~ \# C\:\\temp}`)).toEqual([
      {stem: '1 + 2 = 3: true\nnext line', options: ['=yes {really}', String.raw`~no ~ # C:\temp`]},
    ])
  })

  it('puts a blank where the braces were in a missing-word question', () => {
    expect(keys('Spot capacity is {=interruptible ~reserved} by design.')[0]?.stem).toBe(
      'Spot capacity is _____ by design.',
    )
  })

  it('skips bad questions with their line numbers and still imports the rest', () => {
    const text = [
      'Essay question, no options {}', // line 1
      '',
      'Only one option {~%100%Lonely}', // line 3
      '',
      'Duplicates {=Amazon S3 ~amazon  s3 ~Amazon EBS}', // line 5
      '',
      'Nothing is right {~A ~B ~C}', // line 7
      '',
      'Unclosed brace {', // line 9
      '=A',
      '~B',
      '',
      'Good question? {=Yes ~No}', // line 13
      '',
      'Short answer only {=one =two}', // line 15
      '',
      'Is S3 durable? {T}', // line 17
    ].join('\n')
    const result = importGift(text, 'bad.gift')
    expect(result.questions.map((q) => q.stem)).toEqual(['Good question?'])
    expect(result.skipped).toBe(7)
    const at = (line: number) =>
      result.problems
        .filter((p) => p.line === line)
        .map((p) => p.message)
        .join(' | ')
    expect(at(1)).toMatch(/empty answer block/)
    expect(at(3)).toMatch(/at least two options; found 1/)
    expect(at(5)).toMatch(/repeats option A/)
    expect(at(7)).toMatch(/no option is marked correct/)
    expect(at(9)).toMatch(/never closed/)
    expect(at(15)).toMatch(/short-answer/)
    expect(at(17)).toMatch(/true\/false/)
    expect(result.problems.every((p) => p.file === 'bad.gift')).toBe(true)
  })

  it('reports a brace that closes in a later question as unclosed', () => {
    const result = importGift('First {=a ~b\nSecond {=c ~d}', 'x.gift')
    expect(result.skipped).toBe(1)
    expect(result.problems[0]).toMatchObject({line: 1, message: expect.stringMatching(/never closed/)})
  })

  it('skips a second copy of the same question', () => {
    const result = importGift('Same? {=Yes ~No}\n\nSame? {=Yes ~No}', 'dup.gift')
    expect(result.questions).toHaveLength(1)
    expect(result.problems[0]).toMatchObject({line: 3, message: expect.stringMatching(/same question as line 1/)})
  })
})

describe('exportGift', () => {
  it(String.raw`escapes every special character and writes newlines as \n`, () => {
    expect(escapeGift('~ = # { } : \\\nx')).toBe(String.raw`\~ \= \# \{ \} \: \\\nx`)
  })

  it('writes single answers with = and ~, and multiple response as equal shares against -100%', () => {
    const result = exportGift([
      {
        id: 'q-one',
        stem: 'One?',
        choose: 1,
        options: [
          {text: 'a', correct: true},
          {text: 'b', correct: false},
        ],
      },
      {
        id: 'q-three',
        stem: 'Three?',
        choose: 3,
        options: ['a', 'b', 'c', 'd'].map((t) => ({text: t, correct: t !== 'd'})),
      },
    ])
    expect(result).toEqual({
      ok: true,
      text: '::q-one::[plain]One? {\n=a\n~b\n}\n\n::q-three::[plain]Three? {\n~%33.33333%a\n~%33.33333%b\n~%33.33333%c\n~%-100%d\n}\n',
    })
  })
})
