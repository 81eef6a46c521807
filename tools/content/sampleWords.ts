/**
 * Word lists for the sample corpus. Every country, city and person is
 * invented so no sample can be mistaken for a real report.
 */

export const COUNTRIES = ['Arvenia', 'Belmora', 'Corvane', 'Duvessa', 'Eskaland', 'Felmark', 'Halvoria', 'Istrane'];
export const CITIES = ['Port Amsel', 'Valdren', 'Kessel Bay', 'Orlan', 'Tiravo', 'Merrow', 'Lysgard', 'Quenby'];
export const REGIONS = ['northern', 'southern', 'eastern', 'western', 'coastal', 'highland'];
export const FIRST_NAMES = ['Aldo', 'Ilsa', 'Mirek', 'Sanne', 'Tomas', 'Yara', 'Oren', 'Lidia', 'Caspar', 'Noor'];
export const LAST_NAMES = ['Brenn', 'Varen', 'Costa', 'Halloran', 'Ibsen', 'Moreau', 'Szabo', 'Taleb', 'Quist', 'Ferrant'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface SectionWords {
  titles: string[];
  /** Headline and lead pairs, so the summary reports what the headline promises. */
  stories: [string, string][];
  sentences: string[];
  quotes: string[];
  tags: string[];
  listIntro: string;
  listItems: string[];
}

/*
 * Slots: {country} {country2} {city} {city2} {region} {person} {title}
 * {weekday} {n} {m}. Headlines use title case like the wire.
 */
const COMMON_SENTENCES = [
  'Officials in {city} said further details would be released in the coming days.',
  'The announcement followed weeks of talks between officials from {country} and {country2}.',
  '{person} told reporters on {weekday} that the plan had broad support.',
  'Analysts said the decision could shape the agenda for the rest of the year.',
  'Critics argued that the measures did not go far enough, while supporters called them a first step.',
  'A spokesperson for the ministry declined to comment on the timetable.',
  'Local media in {city} reported that preparations had already begun.',
  'The move comes as {country} faces pressure to show progress before the end of the quarter.',
];

export const SECTION_WORDS: Record<string, SectionWords> = {
  politics: {
    titles: ['President', 'Prime Minister', 'Foreign Minister', 'Opposition leader', 'Speaker'],
    stories: [
      ['{title} Urges Expansion of {country}-{country2} Trade Ties', '{title} {person} called for closer trade and transport links between {country} and {country2} during talks in {city} on {weekday}.'],
      ['{country} Parliament Approves Electoral Reform Bill', 'Lawmakers in {country} voted {n}0 to 1{m} on {weekday} in favour of a bill that reshapes how elections are run.'],
      ['Opposition in {country} Calls for Early Elections', 'The main opposition bloc in {country} called on {weekday} for early elections, saying the governing coalition had lost its majority.'],
      ['{title} {person} Visits {city} for Regional Security Talks', '{title} {person} arrived in {city} on {weekday} for two days of talks on regional security with officials from {country2}.'],
      ['{country} and {country2} Sign Border Cooperation Accord', '{country} and {country2} signed an accord on {weekday} to cooperate on border management, ending months of negotiations.'],
      ['Coalition Talks in {country} Stall Over Budget Rules', 'Talks on forming a new coalition government in {country} stalled on {weekday} over how strict the next budget rules should be.'],
    ],
    sentences: [
      'The proposal would need the approval of the upper house before it becomes law.',
      'Members of the governing coalition said they expected the bill to pass before the summer recess.',
      'Diplomats from {country2} described the meeting as constructive and wide-ranging.',
    ],
    quotes: ['Our region must decide its own future, together and without outside pressure.', 'This law belongs to every voter in {country}.'],
    tags: ['Elections', 'Diplomacy', 'Parliament', 'Security', 'Trade Policy', 'Reform'],
    listIntro: 'The agreement covers:',
    listItems: ['joint border patrols', 'a shared customs database', 'annual ministerial meetings', 'a fund for cross-border projects'],
  },
  world: {
    titles: ['Governor', 'Relief coordinator', 'Mayor', 'Envoy'],
    stories: [
      ['Floods Displace Thousands in {country}\u2019s {Region} Provinces', 'Heavy rains have forced about {n},000 people from their homes in {region} {country}, officials said on {weekday}.'],
      ['{country} Reopens Border Crossing With {country2}', '{country} reopened its main border crossing with {country2} on {weekday} after a closure of {n} weeks.'],
      ['Aid Convoy Reaches Cut-Off Villages Near {city}', 'A convoy of {n}0 trucks carrying food and medicine reached villages outside {city} on {weekday}.'],
      ['Storm Knocks Out Power Across {Region} {country}', 'A storm cut power to tens of thousands of homes across {region} {country} on {weekday}, the national grid operator said.'],
      ['Talks in {city} Aim to End Fishing Dispute', 'Negotiators from {country} and {country2} met in {city} on {weekday} to try to end a long-running dispute over fishing rights.'],
    ],
    sentences: [
      'Relief agencies said roads into the area remained difficult to pass.',
      'Forecasters expect more rain over the weekend.',
      'Residents described queues at the crossing that stretched for several kilometres.',
    ],
    quotes: ['Every hour counts for the families still waiting for help.', 'We are opening the road so that trade and families can move again.'],
    tags: ['Floods', 'Humanitarian Aid', 'Borders', 'Weather', 'Migration'],
    listIntro: 'Relief workers listed the most urgent needs:',
    listItems: ['clean drinking water', 'temporary shelter', 'medical supplies', 'road repairs'],
  },
  economy: {
    titles: ['Central bank governor', 'Finance Minister', 'Trade Minister', 'Chief economist'],
    stories: [
      ['{country} Central Bank Holds Rates at {n} Percent', 'The central bank of {country} left its main interest rate unchanged at {n} percent on {weekday}, citing steady growth and easing prices.'],
      ['{country} Exports Rise {n} Percent on Strong Demand', 'Exports from {country} rose {n} percent from a year earlier, official figures showed on {weekday}.'],
      ['Inflation in {country} Eases for a Third Month', 'Consumer price growth in {country} slowed for a third month in a row, the statistics office said on {weekday}.'],
      ['{city} Port Handles Record Container Volumes', 'The port of {city} handled a record number of containers last month, its operator said on {weekday}.'],
      ['{country} Unveils Plan to Support Small Firms', 'The government of {country} unveiled a plan on {weekday} to make it cheaper and simpler for small firms to borrow and export.'],
    ],
    sentences: [
      'Economists had expected the decision, according to a survey of market analysts.',
      'The currency was little changed after the announcement.',
      'Manufacturers in {city} said orders from {country2} had picked up since the start of the year.',
    ],
    quotes: ['Price stability remains our first duty.', 'Small firms are the backbone of this economy, and they need room to grow.'],
    tags: ['Interest Rates', 'Inflation', 'Trade', 'Industry', 'Jobs'],
    listIntro: 'The package includes:',
    listItems: ['cheaper loans for new businesses', 'faster tax refunds', 'training grants', 'a simpler export licence'],
  },
  sport: {
    titles: ['Coach', 'Captain', 'Team manager', 'Federation president'],
    stories: [
      ['{city} United Beat {city2} Rovers {n}-{m} in Cup Semi-Final', '{city} United reached the cup final after beating {city2} Rovers {n}-{m} on {weekday}.'],
      ['{country} Names Squad for Regional Championship', '{country} named a squad of 23 players on {weekday} for next month\u2019s regional championship.'],
      ['Record Crowd Watches {city} Marathon', 'A record crowd lined the streets of {city} on {weekday} as more than {n},000 runners took part in the city\u2019s marathon.'],
      ['{person} Wins Sprint Title in {city}', '{person} won the national sprint title in {city} on {weekday}, finishing well clear of the field.'],
      ['{city} Rowing Club Takes Third Straight Crown', 'The {city} rowing club won the national eights title for a third year running on {weekday}.'],
    ],
    sentences: [
      'The final will be played next month at the national stadium.',
      'The visitors had led at half-time before the home side rallied.',
      'Organisers said ticket sales had exceeded expectations.',
    ],
    quotes: ['The players never stopped believing, and tonight they were rewarded.', 'I trained all winter for this race.'],
    tags: ['Football', 'Athletics', 'Rowing', 'Championships', 'Cup'],
    listIntro: 'The squad includes:',
    listItems: ['three debutants', 'two returning veterans', 'the league\u2019s top scorer', 'a new goalkeeper'],
  },
  culture: {
    titles: ['Festival director', 'Curator', 'Novelist', 'Conductor'],
    stories: [
      ['{city} Film Festival Opens With Coastal Drama', 'The {city} film festival opened on {weekday} with a drama set in the fishing towns of {region} {country}.'],
      ['Museum in {city} Returns Manuscripts to {country2}', 'A museum in {city} returned {n} medieval manuscripts to {country2} on {weekday}, ending a dispute that lasted decades.'],
      ['{person} Wins National Book Prize', '{person} won the national book prize on {weekday} for a novel about three generations of a family in {city}.'],
      ['Restored Opera House Reopens in {city}', 'The opera house in {city} reopened on {weekday} after a restoration that took {n} years.'],
      ['Folk Music Archive Goes Online in {country}', 'More than {n},000 recordings of folk music from {country} went online on {weekday}, free for anyone to hear.'],
    ],
    sentences: [
      'The programme features {n} films from {m} countries.',
      'Tickets for the opening weekend sold out within hours.',
      'Critics praised the restoration for keeping the original painted ceiling.',
    ],
    quotes: ['Stories like this one belong to everyone who grew up by the sea.', 'An archive is only alive when people can hear it.'],
    tags: ['Film', 'Books', 'Museums', 'Music', 'Heritage'],
    listIntro: 'Highlights of the programme:',
    listItems: ['a retrospective of silent films', 'open-air screenings', 'talks with directors', 'a youth jury'],
  },
  science: {
    titles: ['Lead researcher', 'Space agency director', 'Professor', 'Marine biologist'],
    stories: [
      ['{country} Researchers Map Retreat of {Region} Glaciers', 'Researchers in {country} said on {weekday} that glaciers in the {region} mountains had lost about {n}0 percent of their area in two decades.'],
      ['New Telescope in {country} Captures First Images', 'A new telescope in {country} has captured its first images, the national observatory said on {weekday}.'],
      ['Scientists Track Rare Whales off {city}', 'Marine scientists said on {weekday} they had tracked a group of {n} rare beaked whales off the coast near {city}.'],
      ['{country} Launches Weather Satellite', '{country} launched its first weather satellite on {weekday}, the national space agency said.'],
      ['Study Links Urban Trees to Cooler Streets in {city}', 'Streets in {city} lined with mature trees were up to {n} degrees cooler on summer afternoons, a study published on {weekday} found.'],
    ],
    sentences: [
      'The findings were published in a peer-reviewed journal this week.',
      'The team used satellite images and field measurements gathered over {n} years.',
      'The instrument will be fully operational by the end of the year.',
    ],
    quotes: ['The data leave little doubt about the direction of change.', 'Every new instrument shows us how much we have yet to see.'],
    tags: ['Climate', 'Space', 'Oceans', 'Research', 'Cities'],
    listIntro: 'The study measured:',
    listItems: ['ice thickness', 'surface temperature', 'meltwater flow', 'snowfall over the season'],
  },
};

export function sectionWords(slug: string): SectionWords {
  const words = SECTION_WORDS[slug] ?? SECTION_WORDS.world!;
  return { ...words, sentences: [...words.sentences, ...COMMON_SENTENCES] };
}
