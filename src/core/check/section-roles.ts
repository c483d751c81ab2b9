/**
 * What each part of a design document is for, judged from its heading and its
 * place under other headings. The checker reads a choice only from a decision,
 * requirements only from sections that state them (and the decision's own
 * justification), and nothing from options, consequences or the rest: in real
 * records, the pros of a rejected option or a consequence are not requirements.
 *
 * Headings are read in English, Spanish, German, French and Portuguese, with
 * numbering ("1.", "9.2", "§9", "IV."), emoji ("✅ Decision", "⌛️ Status") and
 * Markdown emphasis stripped first.
 */
export type SectionRole =
  'consequences' | 'context' | 'decision' | 'options' | 'other' | 'requirements' | 'status' | 'title'

/** Lower case, accents and emphasis removed, numbering and symbols stripped: the words of a heading. */
export function headingWords(heading: string): string {
  return heading
    .normalize('NFD')
    .replaceAll(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replaceAll(/[*_`~]/g, '')
    .replaceAll(/[^\p{L}\p{N}\s'’&/+.:)-]/gu, ' ')
    .replace(
      /^\s*(?:(?:adr|rfc|step|section|part|chapter|etape|paso|schritt|passo)[\s-]*)?(?:\d+(?:[.-]\d+)*[a-z]?|[ivx]+|[a-h])(?=[\s:.)-]|$)[\s:.)-]*/u,
      '',
    )
    .replaceAll(/[.:)]+(?=\s|$)/g, ' ')
    .replaceAll(/\s+/g, ' ')
    .trim()
}

// Each pattern runs on headingWords(): lower case, no accents. Order matters: "decision drivers" is
// requirements before "decision" is a decision; "non-goals" is other before "goals" is requirements.
const ROLE_PATTERNS: readonly (readonly [SectionRole, RegExp])[] = [
  ['other', /^(?:related|see also|links?|references?)\b/],
  [
    'decision',
    /\b(?:(?:chosen|selected|preferred|recommended) (?:option|approach|solution|alternative|design)|decision outcome|opcion (?:elegida|escogida|seleccionada)|option retenue|opcao escolhida|gewahlte option)\b/,
  ],
  [
    'status',
    /^(?:(?:adr|decision|document|record)\s+)?(?:status|estado|estatus|statut|etat|situacao)(?:\s+(?:of (?:the )?(?:decision|adr|record)|de la decision|da decisao|der entscheidung))?$/,
  ],
  [
    'requirements',
    /\b(?:decision (?:drivers?|criteria|factors|forces)|drivers?|requirements?|nfrs?|constraints?|forces|assumptions?|quality (?:attributes?|goals?|requirements?)|success criteria|criteria|objectives?|needs|(?:factores|impulsores|criterios|fatores|direcionadores|criteres|facteurs|moteurs) de (?:la )?decis(?:ion|ao)|entscheidungs(?:treiber|kriterien|faktoren|grunde)|requisitos?|restricciones|restricoes|supuestos|premissas|anforderungen|randbedingungen|einschrankungen|rahmenbedingungen|annahmen|exigences|contraintes|hypotheses|besoins)\b/,
  ],
  ['other', /\bnon[- ]?goals?\b|\bout of scope\b/],
  ['requirements', /\b(?:goals?|objetivos?|ziele|objectifs|workload|load|traffic|sizing|volumes?|scale|sla|slos?)\b/],
  [
    'options',
    /\b(?:considered options?|options? considered|options? (?:analysis|evaluated|explored)|alternatives?|pros and cons|pros & cons|other options?|rejected (?:options?|alternatives?|approaches|solutions)|options?|positions?|not chosen|discarded|opciones(?: consideradas)?|alternativas(?: consideradas)?|ventajas y desventajas|pros y contras|(?:betrachtete|erwogene|berucksichtigte|mogliche) optionen|optionen|alternativen|vor- und nachteile|vor und nachteile|options? (?:envisagees|considerees|etudiees)|avantages et inconvenients|opcoes(?: consideradas)?|pros e contras|vantagens e desvantagens)\b/,
  ],
  [
    'consequences',
    /\b(?:consequences?|implications?|risks?|trade-?offs?|impacts?|positive|negative|drawbacks|downsides|follow[- ]?ups?|next steps|confirmation|consecuencias|riesgos|implicaciones|konsequenzen|folgen|auswirkungen|risiken|consequencias|riscos|implicacoes|risques)\b/,
  ],
  [
    'decision',
    /\b(?:decision outcome|decisions?|decided|outcome|resolution|conclusions?|recommend(?:ation|ed)?s?|proposals?|proposed|chosen|selected|our (?:choice|plan|approach)|way forward|solution|architecture|approach|design|implementation|the plan|plan of record|what we(?:'ll| will) (?:build|do)|argument|decision|resultado(?: de la decision| da decisao)?|solucion(?: propuesta)?|propuesta|opcion (?:elegida|escogida|seleccionada)|resolucion|entscheidung|ergebnis|beschluss|losung|vorschlag|gewahlte option|resultat|proposition|choix|option retenue|solution retenue|decisao|solucao(?: proposta)?|proposta|escolha|opcao escolhida)\b/,
  ],
  [
    'context',
    /\b(?:context|problem|problem statement|background|motivation|overview|introduction|intro|summary|situation|issue|current state|as[- ]is|existing(?: \w+)? (?:services|systems|estate|setup|landscape|infrastructure|applications|platforms?)|current (?:services|systems|setup|estate|landscape)|why|purpose|contexto|antecedentes|problema|planteamiento|motivacion|introduccion|kontext|hintergrund|problemstellung|ausgangslage|einleitung|contexte|enonce|introduction|historique|motivacao|introducao|cenario)\b/,
  ],
  [
    'other',
    /\b(?:references?|links?|appendix|appendices|glossary|changelog|history|notes?|related|open questions?|questions|cost estimate|more information|further reading|see also|examples?|e\.?g|for instance|referencias|referenzen|anhang|annexe|anexo|notas|notizen|ejemplos?|beispiele?|exemples?|exemplos?)\b/,
  ],
]

/** The role a heading's own words give it, or undefined when they say nothing (the section then takes its parent's role). */
export function classifyHeading(heading: string): SectionRole | undefined {
  const words = headingWords(heading)
  if (words === '') return undefined
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(words)) return role
  return undefined
}

/** Roles whose text the checker never reads: their text can be skipped before lexing. */
export function isUnread(role: SectionRole): boolean {
  return role === 'status' || role === 'consequences' || role === 'other'
}

/**
 * The role of each heading of a document, in order (`depth` 1–6). A heading
 * whose words say nothing takes the role of the nearest enclosing heading
 * ("### Option 2: Fargate" under "Considered options" is an option; "###
 * Compute" under "Decision" is part of the decision); with none, it is
 * `other`. A level-1 heading that opens the document is its title, unless
 * the document writes its sections at level 1.
 */
export function headingRoles(headings: readonly {depth: number; text: string}[]): SectionRole[] {
  const roles: SectionRole[] = []
  const open: {depth: number; role: SectionRole}[] = []
  const owns = headings.map((h) => classifyHeading(h.text))
  // A document that writes its sections as level-1 headings ("# Context", "# Decision") has no title heading.
  const sectionsAtLevelOne = headings.filter((h, i) => h.depth === 1 && owns[i] !== undefined).length >= 2
  for (const [i, {depth}] of headings.entries()) {
    while (open.length > 0 && open.at(-1)!.depth >= depth) open.pop()
    const own = owns[i]
    let role: SectionRole
    if (i === 0 && depth === 1 && (own === undefined || !sectionsAtLevelOne)) role = 'title'
    else {
      const parent = open.at(-1)?.role
      role = own ?? (parent === undefined || parent === 'title' ? 'other' : parent)
      // An option's own parts (its pros and cons, "drivers met") belong to the option, not to the document.
      if (parent === 'options' && role !== 'decision') role = 'options'
    }
    roles.push(role)
    open.push({depth, role})
  }
  return roles
}
