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
      'zich inspannen', 'spannen zich in', 'spant zich in', 'naar beste vermogen',
      'waar nodig', 'in de geest van', 'op termijn', 'te zijner tijd', 't.z.t.',
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
      'innovatieve', 'slagkracht', 'kruisbestuiving', 'ontschotten', 'ontschotting', 'holistisch',
      'holistische', 'toekomstbestendig', 'toekomstbestendige', 'proactief', 'proactieve', 'optimaal', 'optimale', 'krachtenbundeling',
      'krachten bundelen', 'de krachten bundelen', 'verbindend', 'samen optrekken', 'ketensamenwerking', 'netwerksamenwerking',
      'integraal werken', 'governance', 'afstemmingsstructuur', 'gedeeld eigenaarschap', 'samenhangend',
    ],
  },
  samenwerken: {
    id: 'samenwerken',
    description: { nl: 'Samenwerkingswoorden als de handeling zelf', en: 'Collaboration words as the action itself' },
    phrases: [
      'gaan samenwerken', 'gaan we samenwerken', 'werken samen', 'werken we samen', 'samen optrekken', 'trekken samen op',
      'de samenwerking versterken', 'samenwerking versterken', 'samenwerking verbeteren', 'de samenwerking verbeteren',
      'samenwerking intensiveren', 'de samenwerking intensiveren', 'de samenwerking verstevigen', 'samenwerking zoeken',
      'zoeken de samenwerking', 'afstemmen', 'stemmen af', 'afstemming zoeken', 'stemmen we af', 'verbinding leggen',
      'verbinding maken', 'met elkaar verbinden', 'de verbinding zoeken', 'zoeken de verbinding', 'zoekt de verbinding', 'verbinding zoeken', 'in verbinding', 'de handen ineen slaan',
      'slaan de handen ineen', 'krachten bundelen', 'bundelen de krachten', 'de krachten bundelen', 'elkaar versterken',
      'netwerk versterken', 'het netwerk versterken', 'samen oppakken', 'pakken samen op', 'gezamenlijk oppakken',
      'integraal samenwerken', 'nauw samenwerken', 'intensief samenwerken', 'versterken de samenwerking', 'versterkt de samenwerking',
      'verbeteren de samenwerking', 'verbetert de samenwerking', 'intensiveren de samenwerking', 'intensiveert de samenwerking',
      'verstevigen de samenwerking', 'verstevigt de samenwerking', 'zoeken samenwerking', 'de krachten te bundelen',
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
      'terugtredende overheid', 'de overheid treedt terug', 'treedt de overheid terug', 'terugtreden', 'terug te treden',
      'loslaten', 'laten los', 'laat los', 'overheid laat los', 'gemeente laat los',
      'overlaten aan de samenleving', 'aan de samenleving overlaten', 'laten we over aan', 'zelf organiseren', 'zelf oplossen',
      'zelforganisatie', 'eigen netwerk', 'sociale netwerk', 'samenredzaamheid', 'de samenleving aan zet',
      'inwoners aan zet', 'de burger aan zet', 'doe-democratie', 'eerst zelf', 'in eerste instantie zelf',
      'beroep op het eigen netwerk', 'minder overheid', 'kleinere overheid', 'kleine overheid',
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
      'vangen wij op', 'ondersteunen wij', 'ondersteunt de gemeente', 'blijft de gemeente verantwoordelijk', 'stapt de gemeente in',
      'sociaal wijkteam', 'wijkteam', 'wijkteams', 'vangnetfunctie', 'laagdrempelige hulp', 'laagdrempelige ondersteuning',
      'professionele hulpverlening', 'hulpverleners', 'ondersteuning op maat', 'wie het zelf niet redt', 'wie het niet redt',
      'die het zelf niet redden', 'die het niet redden', 'wie dat niet kan', 'wie dit niet kan', 'die dat niet kunnen',
      'die dit niet kunnen', 'als het niet lukt', 'wanneer het niet lukt', 'blijft de overheid verantwoordelijk',
      'springt de overheid bij', 'grijpt de overheid in', 'stapt de overheid in', 'springen wij bij', 'springen we bij',
      'stappen wij in', 'stappen we in', 'grijpen wij in', 'grijpen we in', 'schuldhulpverlening', 'bijzondere bijstand',
      'alternatief voor', 'niet digitaal vaardig', 'digitaal minder vaardig', 'minder zelfredzaam', 'minder zelfredzame',
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
      'zzp\'ers', 'agrariërs', 'boeren', 'eigenaren', 'verhuurders', 'consumenten', 'aanvragers', 'pupillen', 'kandidaten',
      'cursisten', 'trajectdeelnemers', 'deelnemers aan de pilot', 'deelnemers aan de regeling', 'deelnemers aan het programma',
      'deelnemers aan het traject', 'deelnemers aan de cursus', 'afnemers', 'opdrachtgevers', 'verzoekers', 'vraaggestuurd',
      'vraaggestuurde', 'vraaggericht', 'vraaggerichte', 'abonnees', 'het publiek',
      'zorggebruikers', 'verzekerden', 'weggebruikers', 'fietsers', 'automobilisten', 'sporters', 'verenigingen', 'dorpsbewoners',
      'wijkbewoners', 'buurtbewoners', 'omwonenden', 'belanghebbenden', 'volwassenen', 'gedetineerden', 'ex-gedetineerden',
      'verslaafden', 'minima', 'schuldenaren', 'mensen in armoede', 'laaggeletterden', 'nieuwe nederlanders',
    ],
  },
  horizontaal: {
    id: 'horizontaal',
    description: { nl: 'Regie onder gelijken (netwerksturing)', en: 'Regie among equals (network steering)' },
    phrases: [
      'horizontale regie', 'horizontale regievoering', 'gedeelde regie', 'gezamenlijke regie', 'collectieve regie', 'netwerkregie',
      'gespreide regie', 'verdeelde regie', 'gelijkwaardige regie', 'regie in gezamenlijkheid', 'samen regie voeren',
      'samen de regie voeren', 'samen de regie nemen', 'samen de regie pakken', 'samen de regie', 'gezamenlijk regie voeren',
      'gezamenlijk de regie', 'gezamenlijk regie', 'delen de regie', 'de regie delen', 'regie delen', 'regie wordt gedeeld',
      'de regie ligt bij alle partners', 'de regie ligt bij alle partijen', 'regie ligt bij alle partners', 'regie bij alle partners',
      'regie zonder hiërarchie', 'regie op basis van gelijkwaardigheid', 'regie tussen gelijkwaardige partners',
      'regie als gelijkwaardige partners', 'regie onder gelijken', 'regie in het netwerk', 'regie in een netwerk',
    ],
  },
  regieClaim: {
    id: 'regieClaim',
    description: { nl: 'Eén partij die de regie neemt of voor anderen beslist', en: 'One party taking the regie or deciding for others' },
    phrases: [
      'neemt de regie', 'nemen de regie', 'neemt de regie over', 'nemen de regie over', 'pakt de regie', 'pakken de regie',
      'neemt nadrukkelijk de regie', 'nemen nadrukkelijk de regie', 'pakt nadrukkelijk de regie', 'neemt zelf de regie',
      'trekt de regie naar zich toe', 'trekken de regie naar zich toe', 'de regie naar zich toe', 'claimt de regie', 'claimen de regie',
      'eist de regie op', 'eisen de regie op', 'grijpt de regie', 'grijpen de regie', 'neemt de regierol', 'nemen de regierol',
      'pakt de regierol', 'pakken de regierol', 'claimt de regierol', 'claimen de regierol', 'houdt de regie in eigen hand',
      'houden de regie in eigen hand', 'regie in eigen hand', 'houdt de regie strak', 'houden de regie strak',
      'de regie stevig in handen', 'de regie stevig in handen nemen', 'stelt zich op als regisseur', 'stellen zich op als regisseur',
      'benoemt zichzelf tot regisseur', 'wijst zichzelf aan als regisseur', 'is de regisseur en bepaalt', 'bepaalt als regisseur',
      'beslist als regisseur', 'bepaalt voor de partners', 'bepaalt voor alle partners', 'bepaalt voor alle partijen',
      'beslist voor de partners', 'beslist voor alle partners', 'beslist namens de partners', 'beslist namens alle partijen',
      'legt de partners op', 'legt de partijen op', 'schrijft de partners voor', 'schrijft de partijen voor',
    ],
  },
  diffuus: {
    id: 'diffuus',
    description: { nl: 'Een verzameling als enige uitvoerder', en: 'A collective as the only doer' },
    phrases: [
      'alle partijen', 'alle partners', 'de partners', 'de partijen', 'partijen', 'partners', 'iedereen', 'we', 'wij',
      'gezamenlijk', 'samen', 'met elkaar', 'in gezamenlijkheid', 'alle betrokkenen', 'de betrokkenen', 'betrokken partijen',
      'de betrokken partijen', 'de ketenpartners', 'ketenpartners', 'de samenwerkingspartners', 'samenwerkingspartners',
      'de netwerkpartners', 'netwerkpartners', 'alle deelnemers', 'de deelnemers', 'het netwerk', 'relevante partijen',
      'de relevante partijen', 'alle betrokken partijen', 'alle organisaties', 'de organisaties', 'het veld', 'de stakeholders',
      'stakeholders', 'met z\'n allen', 'met zijn allen', 'de coalitie', 'de samenwerkende partijen', 'de samenwerkende partners',
    ],
  },
  ambitie: {
    id: 'ambitie',
    description: { nl: 'Doelen en ambities', en: 'Goals and ambitions' },
    phrases: [
      'ons doel', 'onze doelen', 'het doel', 'doel is', 'doel van', 'doelstelling', 'doelstellingen', 'ambitie', 'ambities',
      'ambiëren', 'ambiëren wij', 'we willen', 'wij willen', 'willen we', 'willen wij', 'de gemeente wil', 'wil de gemeente',
      'het college wil', 'wil het college', 'de provincie wil', 'wil de provincie', 'het kabinet wil', 'partijen willen',
      'willen partijen', 'de partners willen', 'willen de partners', 'de coalitie wil', 'beogen', 'beoogt', 'beoogd',
      'heeft tot doel', 'hebben tot doel', 'met als doel', 'tot doel', 'streven naar', 'streeft naar', 'streven ernaar',
      'streeft ernaar', 'we zetten in op', 'wij zetten in op', 'zetten we in op', 'inzet is', 'moet leiden tot',
      'missie', 'stip op de horizon', 'we gaan voor', 'willen bereiken', 'willen we bereiken', 'we werken toe naar',
      'werken toe naar', 'we hebben als doel', 'beoogd resultaat', 'het beoogde resultaat', 'is erop gericht', 'zijn erop gericht',
      'is gericht op', 'zijn gericht op',
    ],
  },
  vaagResultaat: {
    id: 'vaagResultaat',
    description: { nl: 'Resultaten zonder maat', en: 'Results without a measure' },
    phrases: [
      'verbeteren', 'verbetering', 'verbeterd', 'versterken', 'versterking', 'versterkt', 'vergroten', 'vergroting', 'verhogen',
      'verhoging', 'verminderen', 'vermindering', 'terugdringen', 'bevorderen', 'stimuleren', 'optimaliseren', 'optimalisering',
      'beter', 'betere', 'sterker', 'sterkere', 'meer', 'minder', 'hoger', 'hogere', 'lager', 'lagere', 'gezonder', 'veiliger',
      'leefbaarder', 'duurzamer', 'efficiënter', 'effectiever', 'toekomstbestendig', 'toekomstbestendige', 'integrale aanpak',
      'integraal', 'samenhangend', 'samenhangende', 'sluitende aanpak', 'leefbaarheid', 'kwaliteit van', 'vitaal', 'vitale',
      'prettig', 'prettige', 'aantrekkelijk', 'aantrekkelijke', 'goede', 'optimale', 'ontwikkelen', 'vernieuwen', 'innoveren',
    ],
  },
  praten: {
    id: 'praten',
    description: { nl: 'Uitkomsten die uit praten bestaan', en: 'Outputs that are talk' },
    phrases: [
      'bespreken', 'bespreekt', 'besproken', 'afstemmen', 'stemt af', 'stemmen af', 'af te stemmen', 'agenderen', 'agendeert',
      'te agenderen', 'op de agenda', 'signaleren', 'signaleert', 'te signaleren', 'informeren elkaar', 'informeert', 'informeren',
      'uitwisselen', 'wisselen uit', 'wisselt uit', 'uit te wisselen', 'kennis delen', 'delen kennis', 'kennis te delen',
      'overleggen', 'overlegt', 'te overleggen', 'vergaderen', 'vergadert', 'komt bijeen', 'komen bijeen', 'ontmoeten elkaar',
      'elkaar ontmoeten', 'adviseren', 'adviseert', 'te adviseren', 'advies uitbrengen', 'brengt advies uit', 'bewaken',
      'bewaakt', 'te bewaken', 'coördineren', 'coördineert', 'coördinatie', 'bevorderen', 'bevordert', 'te bevorderen',
      'onder de aandacht', 'aandacht vragen', 'verkennen', 'verkent', 'inventariseren', 'inventariseert', 'de dialoog',
      'in gesprek', 'het gesprek', 'discussiëren', 'discussie', 'volgen de ontwikkelingen', 'volgt de ontwikkelingen',
      'houden elkaar op de hoogte', 'op de hoogte houden', 'gedachten wisselen', 'van gedachten',
    ],
  },
};

export type FamilyId = keyof typeof FAMILIES;
