/**
 * The rule registry: the single source for the engine, the rule docs, the config schema and the README table.
 * Add a rule: write `rules/<id with - for />.ts`, add it here, write `docs/rules/<file>.md` and a fixture in
 * `test/fixtures/rules/<file>.md`; `npm run generate` refreshes the generated parts and the meta-test checks them.
 */
import type { Rule } from './types';
import { regieHol } from './regie-hol';
import { eigenaarPassief } from './eigenaar-passief';
import { geldVaag } from './geld-vaag';
import { taalVoorbehoud } from './taal-voorbehoud';
import { afnemerOntbreekt } from './afnemer-ontbreekt';
import { regieHorizontaal } from './regie-horizontaal';
import { regieEenzijdig } from './regie-eenzijdig';
import { eigenaarDiffuus } from './eigenaar-diffuus';
import { eigenaarSamenwerken } from './eigenaar-samenwerken';
import { doelVaag } from './doel-vaag';
import { geldOntbreekt } from './geld-ontbreekt';
import { zwitsersVaag } from './zwitsers-vaag';
import { taalToverwoord } from './taal-toverwoord';
import { taalOverleg } from './taal-overleg';
import { planbOntbreekt } from './planb-ontbreekt';

/** In contract order (spec section C). */
export const RULES: readonly Rule[] = [
  regieHol,
  regieHorizontaal,
  regieEenzijdig,
  eigenaarPassief,
  eigenaarDiffuus,
  eigenaarSamenwerken,
  afnemerOntbreekt,
  doelVaag,
  geldVaag,
  geldOntbreekt,
  zwitsersVaag,
  taalVoorbehoud,
  taalToverwoord,
  taalOverleg,
  planbOntbreekt,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** `regie/hol` → `regie-hol.md` (the doc page, relative to docs/rules/). */
export function ruleDocFile(id: string): string {
  return `${id.replace(/\//g, '-')}.md`;
}
