/**
 * Phrase families: the vocabulary of the finding rules, as data. Users extend a family with
 * `phrases: { "<family>": ["…"] }` in .regiecheck.json or the `regiecheck.phrases` setting.
 * Families describe kinds of language (hedges, money left open, buzzwords), never sentences of particular documents.
 */
export interface PhraseFamily {
  id: string;
  description: { nl: string; en: string };
  phrases: string[];
}

export const FAMILIES: Record<string, PhraseFamily> = {
  geldVaag: {
    id: 'geldVaag',
    description: { nl: 'Geld dat openblijft', en: 'Money left open' },
    phrases: [
      'binnen bestaande middelen', 'binnen de bestaande middelen', 'binnen bestaande budgetten', 'binnen de bestaande budgetten',
      'binnen bestaande kaders', 'binnen de bestaande financiële kaders', 'binnen bestaande financiële kaders', 'budgetneutraal',
      'nader te bepalen', 'nog nader te bepalen', 'nog te bepalen', 'nader in te vullen', 'nader te bepalen bedrag',
      'voldoende middelen', 'voldoende financiële middelen', 'voldoende budget', 'de benodigde middelen', 'passende financiering',
      'voor zover de middelen het toelaten', 'voor zover de middelen dit toelaten', 'voor zover de begroting het toelaat',
      'dekking volgt', 'dekking volgt later', 'de dekking volgt', 'dekking wordt nader bepaald', 'financiering volgt',
      'over de financiering volgen', 'financiële consequenties worden later', 'middelen worden later', 'nader te verdelen',
      'afhankelijk van beschikbare middelen', 'afhankelijk van de beschikbare middelen', 'waar mogelijk uit bestaande',
      'uit bestaande budgetten', 'uit de bestaande budgetten', 'kostenneutraal', 'pro memorie',
    ],
  },
  voorbehoud: {
    id: 'voorbehoud',
    description: { nl: 'Voorbehouden die een toezegging uithollen', en: 'Hedges that empty a commitment' },
    phrases: [
      'streven naar', 'streeft naar', 'streven ernaar', 'streeft ernaar', 'streven wij naar', 'streven we naar', 'wordt gestreefd naar',
      'zo mogelijk', 'waar mogelijk', 'indien mogelijk', 'zoveel mogelijk', 'zo veel mogelijk', 'voor zover mogelijk',
      'in principe', 'in beginsel', 'nader uitwerken', 'nader uitgewerkt', 'nader uit te werken', 'verder uitwerken',
      'zich inspannen', 'spannen zich in', 'spant zich in', 'inspanningsverplichting', 'naar vermogen', 'naar beste vermogen',
      'waar nodig', 'indien nodig', 'zo nodig', 'in de geest van', 'op termijn', 'te zijner tijd', 't.z.t.',
      'wordt overwogen', 'overwegen om', 'onderzoeken of', 'onderzoeken de mogelijkheid', 'de mogelijkheid verkennen',
      'zo snel mogelijk', 'zoals gebruikelijk', 'waar dat kan', 'als het kan',
    ],
  },
  mensenVaag: {
    id: 'mensenVaag',
    description: { nl: 'Mensen en capaciteit die openblijven', en: 'People and capacity left open' },
    phrases: [
      'capaciteit wordt vrijgemaakt', 'capaciteit vrijmaken', 'capaciteit vrij te maken', 'capaciteit beschikbaar stellen',
      'capaciteit beschikbaar', 'inzet van medewerkers', 'inzet van personeel', 'menskracht', 'voldoende capaciteit',
      'voldoende menskracht', 'voldoende personeel', 'de benodigde capaciteit', 'de nodige capaciteit', 'extra capaciteit',
      'stellen mensen beschikbaar', 'mensen beschikbaar stellen', 'ambtelijke capaciteit', 'ambtelijke inzet', 'personele inzet',
      'personele capaciteit', 'formatie wordt', 'bemensing', 'inzet van uren', 'uren beschikbaar',
    ],
  },
  toverwoord: {
    id: 'toverwoord',
    description: { nl: 'Toverwoorden die verhullen wat er gebeurt', en: 'Buzzwords that hide what will happen' },
    phrases: [
      'integraal', 'integrale', 'integraliteit', 'samenhang', 'in samenhang', 'samenhangende', 'synergie', 'verbinden',
      'verbinding', 'verbindende', 'partnerschap', 'in gezamenlijkheid', 'gezamenlijkheid', 'regie', 'ketenaanpak',
      'domeinoverstijgend', 'domeinoverstijgende', 'netwerkaanpak', 'cocreatie', 'co-creatie', 'maatwerk', 'innovatief',
      'innovatieve', 'duurzaam', 'duurzame', 'slagkracht', 'kruisbestuiving', 'ontschotten', 'ontschotting', 'holistisch',
      'holistische', 'toekomstbestendig', 'toekomstbestendige', 'proactief', 'proactieve', 'optimaal', 'optimale', 'krachtenbundeling',
      'krachten bundelen', 'de krachten bundelen', 'meerwaarde', 'verbindend', 'samen optrekken',
    ],
  },
  samenwerken: {
    id: 'samenwerken',
    description: { nl: 'Samenwerkingswoorden als de handeling zelf', en: 'Collaboration words as the action itself' },
    phrases: [
      'gaan samenwerken', 'gaan we samenwerken', 'werken samen', 'werken we samen', 'samen optrekken', 'trekken samen op',
      'de samenwerking versterken', 'samenwerking versterken', 'samenwerking verbeteren', 'de samenwerking verbeteren',
      'samenwerking intensiveren', 'de samenwerking intensiveren', 'de samenwerking verstevigen', 'samenwerking zoeken',
      'zoeken de samenwerking', 'afstemmen', 'stemmen af', 'afstemming zoeken', 'stemmen we af', 'verbinden', 'verbinding leggen',
      'verbinding maken', 'met elkaar verbinden', 'de verbinding zoeken', 'in verbinding', 'de handen ineen slaan',
      'slaan de handen ineen', 'krachten bundelen', 'bundelen de krachten', 'de krachten bundelen', 'elkaar versterken',
      'netwerk versterken', 'het netwerk versterken', 'samen oppakken', 'pakken samen op', 'gezamenlijk oppakken',
      'integraal samenwerken', 'nauw samenwerken', 'intensief samenwerken',
    ],
  },
  overleg: {
    id: 'overleg',
    description: { nl: 'Overlegstructuren', en: 'Consultation structures' },
    phrases: [
      'overleg', 'overleggen', 'overlegt', 'overlegtafel', 'platform', 'stuurgroep', 'werkgroep', 'werkgroepen', 'klankbordgroep',
      'afstemming', 'afstemmen', 'afstemmingsoverleg', 'bespreken', 'besproken', 'agenderen', 'geagendeerd', 'regietafel',
      'kerngroep', 'ambtelijk overleg', 'bestuurlijk overleg', 'regulier overleg', 'periodiek overleg', 'netwerkbijeenkomst',
      'bijeenkomst', 'bijeenkomsten', 'vergadering', 'vergaderen', 'vergadert', 'informeren elkaar', 'kennis delen', 'kennisdeling',
      'uitwisselen', 'uitwisseling', 'de dialoog', 'in gesprek',
    ],
  },
  loslaten: {
    id: 'loslaten',
    description: { nl: 'Een overheid die terugtreedt', en: 'Government stepping back' },
    phrases: [
      'eigen kracht', 'eigen verantwoordelijkheid', 'zelfredzaamheid', 'zelfredzaam', 'zelfredzame', 'participatiesamenleving',
      'terugtredende overheid', 'de overheid treedt terug', 'terugtreden', 'loslaten', 'laten los', 'overheid laat los',
      'overlaten aan de samenleving', 'aan de samenleving overlaten', 'burgerinitiatief', 'burgerinitiatieven', 'zelf organiseren',
      'zelforganisatie', 'eigen netwerk', 'sociale netwerk', 'samenredzaamheid', 'right to challenge', 'de samenleving aan zet',
      'inwoners aan zet', 'de burger aan zet', 'doe-democratie', 'overheidsparticipatie',
    ],
  },
  vangnet: {
    id: 'vangnet',
    description: { nl: 'Een vangnet voor wie het zelf niet redt (plan B)', en: 'A safety net for those who cannot cope (plan B)' },
    phrases: [
      'vangnet', 'plan b', 'terugvaloptie', 'wie dat niet lukt', 'wie dit niet lukt', 'als dat niet lukt', 'wanneer dat niet lukt',
      'wanneer dit niet lukt', 'niet zelfredzaam', 'niet zelfredzame', 'kwetsbare inwoners', 'kwetsbare groepen', 'geen netwerk',
      'zonder netwerk', 'onvoldoende netwerk', 'springt de gemeente bij', 'treedt de gemeente op', 'grijpt de gemeente in',
      'professionele hulp', 'professionele ondersteuning', 'maatwerkvoorziening', 'maatwerkvoorzieningen', 'vangen we op',
      'opvangen', 'ondersteunen wij', 'ondersteunt de gemeente', 'blijft de gemeente verantwoordelijk', 'stapt de gemeente in',
      'sociaal wijkteam', 'wijkteam', 'vangnetfunctie', 'bescherming', 'beschermd',
    ],
  },
  afnemers: {
    id: 'afnemers',
    description: { nl: 'Afnemers: voor wie het werk is', en: 'Afnemers: who the work is for' },
    phrases: [
      'inwoners', 'inwoner', 'bewoners', 'bewoner', 'burgers', 'burger', 'cliënten', 'cliënt', 'clienten', 'patiënten', 'patiënt',
      'leerlingen', 'leerling', 'scholieren', 'studenten', 'ouders', 'jongeren', 'jongere', 'ouderen', 'senioren', 'kinderen',
      'gezinnen', 'gezin', 'huishoudens', 'huurders', 'huurder', 'mantelzorgers', 'mantelzorger', 'werkzoekenden', 'werkzoekende',
      'uitkeringsgerechtigden', 'doelgroep', 'doelgroepen', 'gebruikers', 'gebruiker', 'klanten', 'klant', 'reizigers', 'bezoekers',
      'slachtoffers', 'statushouders', 'nieuwkomers', 'zorgvragers', 'hulpvragers', 'hulpzoekenden', 'starters', 'woningzoekenden',
      'woningzoekende', 'vluchtelingen', 'asielzoekers', 'dak- en thuislozen', 'daklozen', 'mensen met', 'mensen die', 'kwetsbare',
      'de samenleving', 'samenleving', 'maatschappij', 'de burger', 'burgers en bedrijven', 'ondernemers', 'werkgevers', 'werknemers',
      'zzp\'ers', 'agrariërs', 'boeren', 'eigenaren', 'verhuurders', 'consumenten', 'aanvragers', 'deelnemers aan', 'pupillen',
      'zorggebruikers', 'verzekerden', 'weggebruikers', 'fietsers', 'automobilisten', 'sporters', 'verenigingen', 'dorpsbewoners',
      'wijkbewoners', 'buurtbewoners', 'omwonenden', 'belanghebbenden', 'volwassenen', 'gedetineerden', 'ex-gedetineerden',
      'daders', 'verslaafden', 'minima', 'schuldenaren', 'mensen in armoede', 'laaggeletterden', 'nieuwe nederlanders',
    ],
  },
};

export type FamilyId = keyof typeof FAMILIES;
