/**
 * First version of the checklist: each item is met when a sentence shows a concrete cue for it.
 * Evidence = the sentences that show it. (Refined in the judgement work; see docs/scoring.md.)
 */
import type { ChecklistResult, Evidence } from '../types';
import type { DocModel, Sentence } from '../document';
import { quote } from '../document';
import type { RegieReading } from '../regie';
import { CHECKLIST_ITEMS } from './items';

type Test = (s: Sentence, doc: DocModel) => boolean;

const re = (src: string): RegExp => new RegExp(src, 'u');
const has = (r: RegExp): Test => (s) => r.test(s.low);
const specific = (s: Sentence): boolean => s.actors.some((a) => a.kind === 'named' || a.kind === 'org' || a.kind === 'role');

const TESTS: Record<string, Test> = {
  'K1.opgave': has(re(String.raw`\b(probleem|problemen|tekort|tekorten|vergrijzing|eenzaamheid|armoede|overlast|wachtlijst|wachtlijsten|achterstand|achterstanden|schulden|krapte|opgave|uitdaging|knelpunt|steeds meer|neemt toe|groeiende)\b`)),
  'K1.doel': (s) => s.times.some((t) => t.kind !== 'recurrence') && s.quantities.some((q) => q.kind === 'count' || q.kind === 'percent') && /\b(doel|doelstelling|ambitie|willen|realiseren|bereiken|hebben|erbij|minder|meer|halveren|verdubbelen)\b/.test(s.low),
  'K1.afbakening': has(re(String.raw`\b(valt buiten|vallen buiten|buiten de reikwijdte|niet bedoeld|geen onderdeel|maakt geen deel uit|uitgezonderd|met uitzondering van|we doen geen|doen wij niet|niet onder dit|uitsluitend)\b`)),
  'K1.afnemers': has(re(String.raw`\b(inwoners|bewoners|cliënten|patiënten|leerlingen|scholieren|ouders|jongeren|ouderen|gezinnen|huurders|mantelzorgers|werkzoekenden|doelgroep|statushouders|starters|woningzoekenden|kinderen)\b`)),
  'K1.behoefte': has(re(String.raw`\b(behoefte aan|willen graag|vragen om|hebben behoefte|één aanspreekpunt|één loket|één contactpersoon|als inwoner wil ik|snel geholpen|dichtbij)\b`)),
  'K1.betrokkenheid': has(re(String.raw`\b(cliëntenraad|cliëntenpanel|bewonerspanel|inwonerspanel|klantenpanel|ervaringsdeskundigen|ervaringsdeskundige|co-design|cocreatie|klanttevredenheid|tevredenheidsonderzoek|adviesraad|jongerenraad|bewonersraad|huurdersorganisatie|klankbordgroep van)\b`)),
  'K1.eigenbelang': has(re(String.raw`\b(meerwaarde|eigen belang|belang bij|in ruil voor|wederzijds voordeel|win-win|levert .{0,30} op voor)\b`)),
  'K1.last_baat': has(re(String.raw`\b(ten koste van|profiteren|profiteert|baat bij|last van|dragen de lasten|betalen de prijs)\b`)),
  'K2.partners': (s) => s.actors.filter((a) => a.kind === 'named').length >= 2,
  'K2.rollen': (s) => specific(s) && /\b(verbindt zich|draagt zorg|levert|financiert|is verantwoordelijk voor|neemt .{0,30} voor zijn rekening|zorgt voor|stelt .{0,40} beschikbaar)\b/.test(s.low),
  'K2.aanspreekbaar': has(re(String.raw`\b(aanspreekbaar|verantwoording af|legt verantwoording|spreken elkaar aan|aanspreken op|eindverantwoordelijk|in gebreke|ingebrekestelling)\b`)),
  'K2.spelregels': has(re(String.raw`\b(geschil|geschillen|geschillenregeling|opzegging|opzeggen|uittreden|uittreding|treedt uit|toetreding|evaluatie na|wordt geëvalueerd in|bij meerderheid|unanimiteit|escalatie|escaleren|wijziging van dit)\b`)),
  'K2.mandaat': has(re(String.raw`\b(met mandaat|gemandateerd|namens|vertegenwoordigd door|rechtsgeldig vertegenwoordigd|bestuurlijk ondertekend)\b`)),
  'K3.geld': (s) => s.money.some((m) => !m.open),
  'K3.financiering': has(re(String.raw`\b(financiert|financieren|betaalt|betalen|draagt .{0,20}kosten|kosten worden verdeeld|naar rato|gelijkelijk|cofinanciering|gezamenlijk fonds|gezamenlijke pot|subsidie van|bijdrage van € )\b`)),
  'K3.mensen': (s) => s.quantities.some((q) => q.kind === 'capacity') || /\b(programmabureau|projectleider|kwartiermaker|programmamanager|projectteam|uitvoeringsteam|secretariaat)\b/.test(s.low),
  'K3.besliskracht': has(re(String.raw`\b(besluit bij|beslist|stelt .{0,30}vast|doorzettingsmacht|mandateert|het primaat|besluitvorming|neemt besluiten|instemming van)\b`)),
  'K3.juridisch': has(re(String.raw`\b(convenant|samenwerkingsovereenkomst|overeenkomst|gemeenschappelijke regeling|stichting|intentieverklaring|allianceovereenkomst|protocol|instellingsbesluit|beleidsregel|beleidsregels)\b`)),
  'K3.werkprocessen': has(re(String.raw`\b(één loket|werkproces|werkprocessen|werkwijze|protocol|standaard|standaarden|casusoverleg|verwijsroute|routekaart|gegevensuitwisseling|triage)\b`)),
  'K3.planning_control': (s) => s.times.some((t) => t.kind === 'deadline' || t.kind === 'date') && /\b(rapport|rapportage|rapporteert|monitor|monitoring|evaluatie|evalueert|indicatoren|voortgang|verantwoording)\b/.test(s.low),
};

function evidence(doc: DocModel, s: Sentence): Evidence {
  return { start: s.start, end: s.end, line: doc.lines.at(s.start).line, text: quote(doc, s.start, s.end) };
}

export function evaluateChecklist(doc: DocModel, regie: RegieReading[]): Record<string, ChecklistResult> {
  const out: Record<string, ChecklistResult> = {};
  const claims = regie.filter((r) => r.class === 'hol' || r.class === 'gevuld');
  for (const item of CHECKLIST_ITEMS) {
    if (item.key === 'K4') continue;
    const test = TESTS[item.id];
    const ev: Evidence[] = [];
    for (const s of doc.sentences) if (test(s, doc)) { ev.push(evidence(doc, s)); if (ev.length >= 5) break; }
    out[item.id] = { met: ev.length > 0, evidence: ev };
  }
  const k4 = (id: string, pick: (r: RegieReading) => boolean) => {
    if (claims.length === 0) { out[id] = { met: null, evidence: [] }; return; }
    const hits = claims.filter(pick).slice(0, 5);
    out[id] = { met: hits.length > 0, evidence: hits.map((r) => { const s = doc.sentences[r.sentence]; return evidence(doc, s); }) };
  };
  k4('K4.regietype', (r) => !!r.kind);
  k4('K4.regisseur', (r) => r.class === 'gevuld' && !!r.actor);
  k4('K4.regiemiddelen', (r) => !!r.means);
  k4('K4.vermogens', () => false);
  if (claims.length > 0) {
    const caps = ['K3.juridisch', 'K1.doel', 'K3.geld', 'K2.rollen'].filter((id) => out[id]?.met).length;
    out['K4.vermogens'] = { met: caps >= 3, evidence: [] };
  }
  const ordered: Record<string, ChecklistResult> = {};
  for (const item of CHECKLIST_ITEMS) ordered[item.id] = out[item.id];
  return ordered;
}
