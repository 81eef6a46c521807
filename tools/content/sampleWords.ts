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
  headlines: string[];
  leads: string[];
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
    headlines: [
      '{title} Urges Expansion of {country}-{country2} Trade Ties',
      '{country} Parliament Approves Electoral Reform Bill',
      'Opposition in {country} Calls for Early Elections',
      '{title} {person} Visits {city} for Regional Security Talks',
      '{country} and {country2} Sign Border Cooperation Accord',
      'Coalition Talks in {country} Stall Over Budget Rules',
    ],
    leads: [
      '{title} {person} called for closer cooperation between {country} and {country2} during talks in {city} on {weekday}.',
      'Lawmakers in {country} voted {n} to {m} on {weekday} in favour of a bill that reshapes how elections are run.',
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
    headlines: [
      'Floods Displace Thousands in {country}\u2019s {Region} Provinces',
      '{country} Reopens Border Crossing With {country2}',
      'Aid Convoy Reaches Cut-Off Villages Near {city}',
      'Storm Knocks Out Power Across {Region} {country}',
      'Talks in {city} Aim to End Fishing Dispute',
    ],
    leads: [
      'Heavy rains have forced about {n},000 people from their homes in {region} {country}, officials said on {weekday}.',
      'A convoy of {n} trucks carrying food and medicine reached villages outside {city} on {weekday}.',
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
    headlines: [
      '{country} Central Bank Holds Rates at {n} Percent',
      '{country} Exports Rise {n} Percent on Strong Demand',
      'Inflation in {country} Eases for a Third Month',
      '{city} Port Handles Record Container Volumes',
      '{country} Unveils Plan to Support Small Firms',
    ],
    leads: [
      'The central bank of {country} left its main interest rate unchanged on {weekday}, citing steady growth and easing prices.',
      'Exports from {country} rose {n} percent from a year earlier, official figures showed on {weekday}.',
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
    headlines: [
      '{city} United Beat {city2} Rovers {n}-{m} in Cup Semi-Final',
      '{country} Names Squad for Regional Championship',
      'Record Crowd Watches {city} Marathon',
      '{person} Wins Sprint Title in {city}',
      '{city} Rowing Club Takes Third Straight Crown',
    ],
    leads: [
      '{city} United reached the cup final after beating {city2} Rovers {n}-{m} on {weekday}.',
      '{person} won the national sprint title in {city} on {weekday}, finishing well clear of the field.',
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
    headlines: [
      '{city} Film Festival Opens With Coastal Drama',
      'Museum in {city} Returns Manuscripts to {country2}',
      '{person} Wins National Book Prize',
      'Restored Opera House Reopens in {city}',
      'Folk Music Archive Goes Online in {country}',
    ],
    leads: [
      'The {city} film festival opened on {weekday} with a drama set in the fishing towns of {region} {country}.',
      '{person} won the national book prize on {weekday} for a novel about three generations of a family in {city}.',
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
    headlines: [
      '{country} Researchers Map Retreat of {Region} Glaciers',
      'New Telescope in {country} Captures First Images',
      'Scientists Track Rare Whales off {city}',
      '{country} Launches Weather Satellite',
      'Study Links Urban Trees to Cooler Streets in {city}',
    ],
    leads: [
      'Researchers in {country} said on {weekday} that glaciers in the {region} mountains had lost about {n} percent of their area in two decades.',
      'A new telescope in {country} has captured its first images, the national observatory said on {weekday}.',
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
