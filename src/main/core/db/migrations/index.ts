// Every schema version, in order. Add a file per version and list it here; never edit a
// migration that has shipped.
import type { Migration } from '../migrate';
import { migration001 } from './001-initial';
import { migration002 } from './002-search-index';
import { migration003 } from './003-alignments';
import { migration004 } from './004-version-links';
import { migration005 } from './005-search-invisible-marks';
import { migration006 } from './006-explicit-pipeline';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006];
