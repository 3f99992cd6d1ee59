import type { DocumentRule, RawFinding } from './types';
import type { RegieReading } from '../regie';

/**
 * The raw finding of a hollow reading, per reading object. It is made of the reading's own fields (offsets, actor), and
 * a reading is the same object only while its sentence keeps its place (regie.ts `readRegie` places the readings again,
 * as new objects, when the sentence moves or its reading changes; a reading is never changed), so the same object
 * gives an equal raw finding. Reported again as that object, the engine's compare with the Finding it built last time
 * (`placeDocumentFinding`, `sameData`) is one identity test instead of a walk of the data and the fixes, and no raw
 * finding is built per hollow reading and keystroke.
 */
const raws = new WeakMap<RegieReading, RawFinding>();

/** Hollow regie: a regie claim with no actor, or an actor with nothing else (book ch. 4; judgement §5). */
export const regieHol: DocumentRule = {
  id: 'regie/hol',
  key: 'K4',
  defaultSeverity: 'warning',
  scope: 'document',
  book: 'H4 "Regievoering, de overheidsrol"; H2 "Sleutel 4: Bindend leiderschap"',
  title: { nl: 'Holle regie', en: 'Hollow regie' },
  message: {
    nl: 'Holle regie: "{actor}" claimt regie, maar zonder soort regie, middelen (mandaat, geld, mensen) of concreet resultaat.',
    en: 'Hollow regie: "{actor}" claims regie, but with no kind of regie, no means (mandate, money, people) and no concrete result.',
  },
  variants: {
    noActor: {
      nl: 'Holle regie: wie voert hier regie? Er is geen regisseur genoemd, en geen soort regie, middelen of concreet resultaat.',
      en: 'Hollow regie: who leads here? No director is named, and no kind of regie, means or concrete result.',
    },
    asked: {
      nl: 'Holle regie: van "{actor}" wordt regie gevraagd, maar zonder soort regie, middelen (mandaat, geld, mensen) of concreet resultaat.',
      en: 'Hollow regie: regie is asked of "{actor}", but with no kind of regie, no means (mandate, money, people) and no concrete result.',
    },
    noActorKind: {
      nl: 'Holle regie: er staat een soort regie bij ("{kind}"), maar wie voert die regie? Er is geen regisseur genoemd, en geen middelen of concreet resultaat.',
      en: 'Hollow regie: a kind of regie is named ("{kind}"), but who leads? No director is named, and no means or concrete result.',
    },
    jointHolder: {
      nl: 'Holle regie: gedeelde regie van "{holder}", maar niemand is eigenaar. Wie voert de regie, met welke soort regie en welke middelen?',
      en: 'Hollow regie: regie shared by "{holder}", but nobody owns it. Who leads, with which kind of regie and which means?',
    },
  },
  explanation: {
    nl: 'Regie is in het boek geen toverwoord maar een rol met inhoud: een benoemde regisseur, een gekozen soort regie (procesregie, ordeningsregie of uitvoeringsregie) en middelen om die rol waar te maken. "Regie nemen" zonder dat leidt tot regie op papier: partners weten niet wie hen mag aanspreken en niemand kan doorzetten.',
    en: 'In the book, regie is a role with substance, not a magic word: a named director, a chosen kind of regie (process, ordering or executive) and the means to carry it out. "Taking the lead" without these is regie on paper: partners do not know who may hold them to account and nobody can push through.',
  },
  fix: {
    nl: 'Noem de regisseur, de soort regie en de middelen in dezelfde of de volgende zin: "De gemeente voert procesregie; zij stelt vóór 1 juli met de partners een actieplan vast en heeft daarvoor 1,5 fte."',
    en: 'Name the director, the kind of regie and the means in the same or the next sentence: "The municipality acts as process director; with the partners it adopts an action plan before 1 July and has 1.5 FTE for this."',
  },
  examples: {
    bad: ['De gemeente neemt de regie.', 'Er wordt regie gevoerd op de keten.', 'Speerpunten: preventie, samenhang en regie.'],
    good: ['Het bureau versterkt de centrale regie op de interne informatievoorziening.', 'Gezamenlijk is ingestemd met het voorstel van de ketenregisseur.', 'De provincie voert de regie en stelt € 1,2 miljoen beschikbaar voor de aanpak.', 'De provincie voert de wettelijke regie op het openbaar vervoer.', 'Inwoners houden zelf de regie over hun leven.', 'De gemeente Kreekhaven is belast met de regie over de wijkaanpak.', 'De gemeente Kreekhaven voert de regie over de uitvoering van dit convenant.', 'Soms lukt meedoen niet, omdat mensen de weg niet weten of de regie kwijt zijn.', 'De hulp volgt het uitgangspunt één gezin, één plan, één regisseur.', 'De Jeugdwet legt de regie bij de gemeente.', 'Vanuit de Jeugdwet hebben gemeenten de regie op de jeugdhulp.', 'Met de komst van een wijkregisseur in 2026 zetten we een stap. Deze regisseur legt de verbinding tussen inwoner en hulp.', '2. Aanpak: meer samenhang 8 2.1 Gemeente: meer regie voor partners 9 2.2 Wijken 10', 'Uit onderzoek blijkt dat de gemeente de regie neemt.', 'Op het congres over regie spreken drie wethouders.', 'De gemeente voert de regie op de wijkzorg. Zij sluit contracten af met drie aanbieders.', 'Beschermd wonen is er voor bewoners bij wie sprake is van regieverlies.', 'Neem voor vragen contact op met cultuurregisseur Anna de Wit.', 'Dit plan is tot stand gekomen onder regie van het Veiligheidsbureau Kreekhaven.', 'Het voordeel van dit model is meer regie voor de gemeente.'],
  },
  fixable: true,
  check(ctx, report) {
    for (const r of ctx.regie()) {
      if (r.class !== 'hol') continue;
      let raw = raws.get(r);
      if (raw === undefined) {
        raws.set(r, (raw = {
          start: r.start, end: r.end,
          // The message names what the reading found: the actor, the joint holders, or the kind of regie without anyone
          // to hold it ("Er komt procesregie op de zorgroute": not "geen soort regie").
          ...(r.actor ? (r.askedOf ? { variant: 'asked', data: { actor: r.actor } } : { data: { actor: r.actor } }) : r.holder ? { variant: 'jointHolder', data: { holder: r.holder } } : r.kind ? { variant: 'noActorKind', data: { kind: r.kind } } : { variant: 'noActor' }),
          fixes: [{
            title: { nl: 'Vraag om regisseur en middelen', en: 'Ask for director and means' },
            edits: [{ start: r.end, end: r.end, text: ' [wie: …; soort regie: …; middelen: …]' }],
          }],
        }));
      }
      report(raw);
    }
  },
};
