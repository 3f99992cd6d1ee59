/**
 * First version of the document profile (contract section B): doctype, fase, coalitietype, regierol and
 * regiedichtheid, each with the cues that decided it.
 */
import type { Coalitietype, Doctype, Evidence, Fase, Profile, Regierol } from '../types';
import type { DocModel } from '../document';
import { quote } from '../document';
import type { RegieReading } from '../regie';

function firstMatch(doc: DocModel, re: RegExp): Evidence | undefined {
  for (const s of doc.sentences) {
    const m = re.exec(s.low);
    if (m) return { start: s.start + m.index, end: s.start + m.index + m[0].length, line: doc.lines.at(s.start + m.index).line, text: quote(doc, s.start, s.end) };
  }
  return undefined;
}

export function computeProfile(doc: DocModel, regie: RegieReading[]): Profile {
  const cues: Profile['cues'] = {};
  const tests: Array<[Doctype, RegExp]> = [
    ['convenant', /\b(komen (?:het volgende )?overeen|convenant|samenwerkingsovereenkomst|intentieverklaring|ondertekenaars|partijen verklaren)\b/],
    ['raadsvoorstel', /\b(de raad wordt voorgesteld|raadsvoorstel|stelt de raad voor|voorstel aan de raad|besluit de raad)\b/],
    ['regeling', /\b(gelet op|stelt vast|besluit:|instellingsbesluit|beleidsregel|verordening|aanwijzing|circulaire)\b/],
    ['akkoord', /\b(coalitieakkoord|bestuursakkoord|akkoord|coalitieprogramma)\b/],
    ['programma', /\b(programma|uitvoeringsprogramma|actieprogramma|werkprogramma)\b/],
    ['nota', /\b(nota|notitie|visie|beleidskader|verkenning|startnotitie)\b/],
  ];
  let doctype: Doctype = 'overig';
  for (const [type, re] of tests) {
    const ev = firstMatch(doc, re);
    if (ev) { doctype = type; cues.doctype = [ev]; break; }
  }
  const fase: Fase = doctype === 'convenant' || doctype === 'regeling' ? 'contracteren'
    : doctype === 'akkoord' || doctype === 'raadsvoorstel' ? 'formeren'
      : doctype === 'programma' ? 'uitvoering' : 'zoeken';
  const namedActors = new Set(doc.sentences.flatMap((s) => s.actors.filter((a) => a.kind === 'named' || a.kind === 'org').map((a) => a.text.toLowerCase())));
  const coalitietype: Coalitietype = namedActors.size <= 2 ? 'op_orde_brengen' : 'herinrichten';
  const kinds = regie.map((r) => r.kind ?? '').join(' ');
  const claims = regie.filter((r) => r.class === 'hol' || r.class === 'gevuld');
  const regierol: Regierol = claims.length === 0 ? 'geen'
    : /procesregi/.test(kinds) ? 'procesregie'
      : /uitvoering/.test(kinds) ? 'uitvoeringsregie' : 'ordeningsregie';
  const density = doc.words > 0 ? Math.round((regie.length / doc.words) * 10000) / 10 : 0;
  return { doctype, fase, coalitietype, regierol, regiedichtheid: density, cues };
}
