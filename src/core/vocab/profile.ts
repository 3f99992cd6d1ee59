/**
 * The vocabulary of the document profile (src/core/profile): doctype, fase, coalitietype and regierol cues, in the
 * phrase syntax of ./phrase.ts. Users extend any of them with `phrases: { "<id>": ["…"] }`. Lists describe kinds
 * of policy language, never sentences of particular documents.
 */
import { concepts } from './concept';

export const PROFILE_CONCEPTS = concepts({
  // — doctype and speaker —
  coalition: { description: { nl: 'Coalitie en fracties (een akkoord)', en: 'Coalition and parliamentary groups (an agreement)' },
    phrases: ['coalitie', 'coalitiepartijen', 'coalitiefracties', 'coalitiepartners', 'coalitieakkoord', 'fracties'] },
  coalitionTerm: { description: { nl: 'De zittingsperiode van een akkoord', en: 'The term of an agreement' },
    phrases: ['raadsperiode', 'collegeperiode', 'statenperiode', 'dit akkoord'] },
  sectorParties: { description: { nl: 'Sectorpartijen en sociale partners', en: 'Sector parties and social partners' },
    phrases: ['sectorpartijen', 'brancheorganisatie', 'brancheorganisaties', 'sociale partners', 'werkgevers- en werknemersorganisaties'] },
  notGenreHead: { description: { nl: 'Titelwoorden die op een genrewoord eindigen maar iets anders zijn', en: 'Title words ending in a genre noun that are something else' },
    phrases: ['wetsvoorstel', 'initiatiefvoorstel', 'bestemmingsplan', 'omgevingsplan', 'gemeenteregeling', 'gemeenschappelijke'] },
  govAuthor: { description: { nl: 'Een overheid als auteur', en: 'A government as the author' },
    phrases: ['het|dit kabinet', 'het college', 'de gemeente', 'de provincie', 'het rijk'] },

  // — fase —
  ownIntent: { description: { nl: 'De eigen intentieformule van een intentieverklaring', en: 'A letter of intent\'s own intent formula' },
    phrases: ['deze intentieverklaring', 'verklaren de intentie', 'spreken de intentie uit', 'spreken ~ de intentie uit', 'verklaren ~ intentie',
      'niet juridisch bindend', 'geen juridisch bindende'] },
  decideVerb: { description: { nl: 'Wat een raad gevraagd wordt te besluiten (het werkwoord van een beslispunt)', en: 'What a council is asked to decide (the verb of a decision point)' },
    phrases: ['te nemen', 'vast te stellen', 'in te stemmen', 'beschikbaar te stellen', 'aan te gaan', 'te verlenen', 'toe te kennen', 'te brengen',
      'te maken', 'te geven', 'te besluiten', 'over te gaan'] },
  decideRunning: { description: { nl: 'Beslispunt over iets dat loopt (uitvoering)', en: 'Decision on something running (execution)' },
    phrases: ['kennis te nemen', 'zienswijze', 'jaarstukken', 'jaarrekening', 'jaarverslag', 'voortgangs*', 'verantwoording', 'begrotingswijziging'] },
  decideBind: { description: { nl: 'Beslispunt dat bindt (contracteren)', en: 'Decision that binds (contracting)' },
    phrases: ['beschikbaar te stellen', 'krediet*', 'investering*', 'aan te gaan', 'overeenkomst*', 'verordening*', 'tarieven', 'garantie*', 'lening*', 'kosten',
      'exploitatie*', 'regeling', 'bestemmingsplan*', 'omgevingsplan*', 'te verlenen', 'toe te kennen', '€'] },
  decideForm: { description: { nl: 'Beslispunt over een koers of kader (formeren)', en: 'Decision on a course or framework (forming)' },
    phrases: ['*visie', '*kader', '*agenda', '*strategie', '*nota', 'uitgangspunten', 'ambitie*', 'koers*', 'startnotitie', 'plan van aanpak', '*plan'] },
  decideExplore: { description: { nl: 'Beslispunt over onderzoek (zoeken)', en: 'Decision on research (searching)' },
    phrases: ['onderzoek*', 'te verkennen', 'verkenning'] },

  // — coalitietype —
  turbulent: { description: { nl: 'Turbulente vraag: transities, probleemwijken, vragen zonder bekend antwoord', en: 'Turbulent demand: transitions, problem areas, questions without a known answer' },
    phrases: ['leefbaarheid', 'probleemwijk*', 'aandachtswijk*', 'krachtwijk*', 'achterstandswijk*', 'prachtwijk*', 'stedelijke vernieuwing',
      'grotestedenbeleid', 'transitie', 'transities', 'systeemverandering', 'radicalisering', 'ondermijning', 'heruitvinden', 'wicked', 'hardnekkig*',
      'veelkoppig*', 'leefbaarheidsproblemen', 'stadseconomie', 'herstructurering'] },
  newOffer: { description: { nl: 'Een nieuw aanbod of een opnieuw bepaalde vraag', en: 'A new offer or a redefined demand' },
    phrases: ['innovatie', 'innovatief', 'innovatieve', 'vernieuwing', 'nieuw concept', 'nieuwe dienst', 'nieuw aanbod', 'experiment', 'proeftuin',
      'living lab', 'brede school', 'nieuwe markt'] },
  bilateral: { description: { nl: 'Twee partijen', en: 'Two parties only' },
    phrases: ['beide partijen', 'beide colleges', 'beide organisaties', 'beide partners', 'beide diensten', 'beide toezichthouders', 'de andere partij',
      'elkaars bevoegdheden', 'tussen beide'] },
  twoSides: { description: { nl: 'Een titel tussen twee kanten', en: 'A title between two sides' }, phrases: ['tussen ~ en'] },
  genericOrg: { description: { nl: 'Organisatiewoorden die geen bepaalde partner noemen', en: 'Organisation words that name no particular partner' },
    phrases: ['organisatie', 'organisaties', 'instelling', 'instellingen', 'raad', 'bestuur', 'directie', 'college', 'colleges', 'stichting', 'vereniging',
      'landschap', 'gemeenschap', 'zeggenschap', 'fonds', 'leidraad', 'kantoren', 'woningvoorraad', 'regio'] },

  // — regierol —
  government: { description: { nl: 'Een overheid als actor (het eerste woord van de actor)', en: 'A government as the actor (the actor\'s first word)' },
    phrases: ['gemeente', 'gemeenten', 'gemeenteraad', 'raad', 'college', 'provincie', 'provincies', 'gedeputeerde', 'staten', 'rijk', 'kabinet', 'minister',
      'ministers', 'ministerie', 'staatssecretaris', 'burgemeester', 'wethouder', 'wethouders', 'gemeentebestuur', 'provinciebestuur', 'overheid', 'overheden',
      'waterschap', 'waterschappen', 'b&w', 'vng', 'ipo'] },
  citizen: { description: { nl: 'De burger zelf als actor', en: 'The citizen as the actor' },
    phrases: ['burger', 'burgers', 'inwoner', 'inwoners', 'cliënt', 'cliënten', 'gezin', 'gezinnen', 'patiënt', 'patiënten', 'zelf'] },
  rolProces: { description: { nl: 'Procesregie: verbinden, afstemmen, faciliteren', en: 'Process regie: connecting, aligning, facilitating' },
    phrases: ['procesregie', 'procesregisseur', 'coördin*', 'samenhang', 'afstemm*', 'agender*', 'bewaken', 'bewaakt', 'verbinden', 'verbindt',
      'bijeenbrengen', 'bij elkaar brengen', 'faciliteren', 'faciliteert', 'netwerk', 'zonder eigen belang', 'overleg', 'signaleren', 'platform'] },
  rolOrdening: { description: { nl: 'Ordeningsregie: regels, kaders, bevoegdheden', en: 'Ordering regie: rules, frameworks, powers' },
    phrases: ['ordeningsregie', 'ordenende regie', 'wet', 'wettelijk*', 'regels', 'normen', 'vergunning*', 'bevoegd*', 'handhav*', 'verordening',
      'openbare orde', 'prestatieafspraken', 'sturen', 'kaders', 'toezicht', 'beleidsregels', 'eisen', 'voorwaarden', 'verantwoordelijk voor', 'eindverantwoordelijk*',
      'bestemmingsplan', 'omgevingsplan', 'huisvesting*', 'beleid', 'afspraken maken met', 'ketenafspraken', 'bevel', 'aanwijzing'] },
  rolUitvoering: { description: { nl: 'Uitvoeringsregie: eigen geld, mensen en uitvoering', en: 'Execution regie: own money, people and delivery' },
    phrases: ['uitvoeringsregie', 'uitvoerende regie', 'investeren', 'investeert', 'bouwen', 'ontwikkelen', 'zelf', 'eigen geld', 'eigen mensen',
      'budget', 'fte', 'projectleider', 'geeft opdracht', 'geven opdracht', 'betaalt', 'financiert', 'levert', 'leveren', 'werft', 'zet ~ in', 'stelt ~ beschikbaar',
      'voert ~ uit', 'opdrachtgever', 'initiatiefnemer'] },
});
