// Every schema version, in order. Add a file per version and list it here; never edit a
// migration that has shipped. (6–9 are taken by work on other branches; 10 is the story kind.)
import type { Migration } from '../migrate';
import { migration001 } from './001-initial';
import { migration002 } from './002-search-index';
import { migration003 } from './003-alignments';
import { migration004 } from './004-version-links';
import { migration005 } from './005-search-invisible-marks';
import { migration006 } from './006-explicit-pipeline';
import { migration008 } from './008-archive-identity';
import { migration009 } from './009-align-lexicon';
import { migration010 } from './010-story-kind';
import { migration011 } from './011-story-tags-by-tag';
import { migration012 } from './012-content-hash-prefix';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
];
