// The query mix bench:search times, shared by its runs in other processes (the search process
// alone, the MiniSearch peer).
import type { PeerQuery } from './bench-search-peer';

/** The fixed mix: what Diptych is asked, and the closest MiniSearch can be asked. */
export const MIX: { label: string; query: string; peer: PeerQuery }[] = [
  { label: 'common word', query: 'government', peer: { label: 'common word', text: 'government' } },
  { label: 'rare word', query: 'Klitschko', peer: { label: 'rare word', text: 'Klitschko' } },
  { label: 'two words', query: 'energy minister', peer: { label: 'two words', text: 'energy minister' } },
  { label: 'phrase', query: '"Volodymyr Zelensky"', peer: { label: 'phrase', text: 'Volodymyr Zelensky' } },
  { label: 'prefix', query: 'parlia*', peer: { label: 'prefix', text: 'parlia', prefix: true } },
  { label: 'with a filter', query: 'president after:2022-01-01', peer: { label: 'with a filter', text: 'president', after: '2022-01-01' } },
  { label: 'Cyrillic', query: 'уряд', peer: { label: 'Cyrillic', text: 'уряд' } },
  { label: 'Latin-to-Cyrillic', query: 'Shmyhal lang:uk', peer: { label: 'Latin-to-Cyrillic', text: 'Shmyhal', lang: 'uk' } },
  { label: 'older spelling', query: 'Kiev', peer: { label: 'older spelling', text: 'Kiev' } },
];
