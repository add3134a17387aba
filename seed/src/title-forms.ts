// The forms a summary's title and interview line take, as data: a new form of the series is a new
// row here, not a change to the parser. Each title form says where the witnesses are named; each
// witness form how to read that part (one person, several, or a panel of an agency). Tried in order.

/** How a summary's title names who was interviewed: the `who` group is read by WITNESS_FORMS. */
export const TITLE_FORMS: readonly { name: string; pattern: RegExp }[] = [
  // "Stage 1 Interview Summary: Azam Ishmael", "Interview Summary: …", "In Camera Examination Summary: …"
  { name: 'summary-colon', pattern: /^(?:.*?\b)?(?:Interview|Examination|Hearing)\s+Summary\s*:\s*(?<who>.+)$/i },
  // "Summary of Interview with Jane Roe", "Summary of the Interview of …"
  { name: 'summary-of', pattern: /^Summary\s+of\s+(?:the\s+)?(?:Interview|Examination)\s+(?:of|with)\s+(?<who>.+)$/i },
  // "Interview Summary – Jane Roe"
  { name: 'summary-dash', pattern: /^(?:.*?\b)?Interview\s+Summary\s+[–—-]\s+(?<who>.+)$/i },
];

export type WitnessForm =
  /** `names`: people, "A", "A and B", "A, B and C" */
  | { name: string; pattern: RegExp; kind: 'people' }
  /** `panel`: the agency; `names` (optional): its people; without them the interview line names them */
  | { name: string; pattern: RegExp; kind: 'panel' };

export const WITNESS_FORMS: readonly WitnessForm[] = [
  // "Panel of Elections Canada (Jane Roe, John Doe)", "Senior Officials of the Cyber Centre"
  {
    name: 'panel-of',
    kind: 'panel',
    pattern: /^(?:(?:A\s+)?Panel|(?:Senior\s+)?Officials|Representatives)\s+(?:of|from)\s+(?<panel>.+?)(?:\s*\((?<names>[^()]+)\))?$/i,
  },
  // "Panel": the interview line names the people
  { name: 'panel', kind: 'panel', pattern: /^(?:A\s+|The\s+)?Panel$/i },
  // "Elections Canada Panel (Jane Roe and John Doe)"
  { name: 'agency-panel', kind: 'panel', pattern: /^(?<panel>.+?)\s+Panel(?:\s*\((?<names>[^()]+)\))?$/i },
  // "Elections Canada (Jane Roe, John Doe)": an organisation with its people in brackets
  { name: 'agency-names', kind: 'panel', pattern: /^(?<panel>.+?)\s*\((?<names>[^()]+(?:,|\band\b)[^()]+)\)$/i },
  { name: 'people', kind: 'people', pattern: /^(?<names>.+)$/ },
];

/**
 * How the interview is introduced, before [1]: `subject` (who), `by` (the interviewer), `date`, and
 * `names` after a colon ("… were interviewed by Commission counsel on May 1, 2024: A, B and C.").
 */
export const INTERVIEW_FORMS: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'was-interviewed-by-on',
    pattern:
      /^(?<subject>.+?)\s+(?:was|were)\s+interviewed\s+(?:.*?\s)?by\s+(?<by>.+?)\s+on\s+(?<date>[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4}|[^:]+?)(?::\s*(?<names>.+?))?\.?$/i,
  },
];

/** [A, B, C] → "A, B and C" */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * "A, B and C" → [A, B, C]; "A and B" → [A, B]. Roles after a name are dropped: "A, the Director,
 * and B" (a role starts with a determiner), and "A, Director; B, Counsel; and C" (a list in
 * semicolons gives each name before its first comma).
 */
export function splitNames(text: string): string[] {
  const trimmed = text.trim().replace(/\.$/, '');
  const parts = trimmed.includes(';')
    ? trimmed.split(/\s*;\s*/).map((p) => p.split(',')[0] ?? '')
    : trimmed.split(/\s*,\s*|\s+and\s+|\s*&\s*/);
  return parts
    .map((s) =>
      s
        .replace(/^and\s+/, '')
        .replace(/\s*\([^)]*\)$/, '')
        .trim(),
    )
    .filter((s) => s !== '' && /^\p{Lu}/u.test(s) && !/^(?:The|A|An|Its|Their)\s/.test(s));
}

export interface Witnesses {
  /** The people interviewed, one name each; empty when the title names a panel and not its people */
  witnesses: string[];
  /** As the title shows them, for display */
  interviewee: string;
  /** The agency, for a panel */
  panel?: string;
  /** The forms that matched, for messages and tests */
  form: string;
}

/** What the title says about who was interviewed, or undefined when no title form matches. */
export function witnessesFromTitle(title: string): Witnesses | undefined {
  for (const t of TITLE_FORMS) {
    const who = t.pattern.exec(title)?.groups?.['who']?.trim();
    if (!who) continue;
    for (const w of WITNESS_FORMS) {
      const m = w.pattern.exec(who);
      if (!m) continue;
      const groups = m.groups ?? {};
      const names = groups['names'] ? splitNames(groups['names']) : [];
      if (w.kind === 'people') {
        if (names.length === 0) continue;
        return { witnesses: names, interviewee: who, form: `${t.name}/${w.name}` };
      }
      return { witnesses: names, interviewee: who, panel: groups['panel']?.trim() ?? who, form: `${t.name}/${w.name}` };
    }
  }
  return undefined;
}
