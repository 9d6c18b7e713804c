// The parties the corpus is annotated against: the seed story's, plus the states, persons
// and bodies the corpus sentences name.
import type { KnownParty } from '../types';

export const CORPUS_PARTIES: readonly KnownParty[] = [
  {
    id: 'united-states',
    name: 'United States',
    kind: 'state',
    aliases: ['the United States', 'U.S.', 'US', 'USA', 'Washington', 'American', 'America'],
  },
  { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv', 'Ukrainian'] },
  { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow', 'Kremlin', 'Russian'] },
  {
    id: 'european-allies',
    name: 'European allies',
    kind: 'group',
    aliases: ['European nations', 'European allies', 'European leaders', 'European officials', 'Europe'],
  },
  { id: 'donald-trump', name: 'Donald Trump', kind: 'person', aliases: ['Trump'], represents: 'united-states' },
  {
    id: 'volodymyr-zelensky',
    name: 'Volodymyr Zelensky',
    kind: 'person',
    aliases: ['Zelensky'],
    represents: 'ukraine',
  },
  { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', aliases: ['Putin'], represents: 'russia' },
  { id: 'emmanuel-macron', name: 'Emmanuel Macron', kind: 'person', aliases: ['Macron'], represents: 'france' },
  { id: 'germany', name: 'Germany', kind: 'state', aliases: ['Berlin', 'German'] },
  { id: 'france', name: 'France', kind: 'state', aliases: ['Paris', 'French'] },
  {
    id: 'united-kingdom',
    name: 'United Kingdom',
    kind: 'state',
    aliases: ['UK', 'U.K.', 'Britain', 'London', 'British'],
  },
  { id: 'poland', name: 'Poland', kind: 'state', aliases: ['Warsaw', 'Polish'] },
  { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo', 'Japanese'] },
  { id: 'canada', name: 'Canada', kind: 'state', aliases: ['Ottawa', 'Canadian'] },
  {
    id: 'european-union',
    name: 'European Union',
    kind: 'organisation',
    aliases: ['EU', 'E.U.', 'Brussels', 'the European Commission'],
  },
  { id: 'nato', name: 'NATO', kind: 'organisation', aliases: ['the North Atlantic alliance'] },
  { id: 'world-bank', name: 'World Bank', kind: 'organisation', aliases: [] },
  { id: 'friedrich-merz', name: 'Friedrich Merz', kind: 'person', aliases: ['Merz'], represents: 'germany' },
  { id: 'keir-starmer', name: 'Keir Starmer', kind: 'person', aliases: ['Starmer'], represents: 'united-kingdom' },
];
