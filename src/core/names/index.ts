export { normalizeName, toSimplified, hasTraditional, compactName } from './normalize';
export { splitLeaders, joinSplitLeaders } from './leaders';
export { splitUnits, scanUnits, joinSplitUnits, standardizeLeadMarkers, endsLikeOrg, STANDARD_MARKER } from './units';
export { buildNameIndex } from './name-index';
export { readRosterSheet, parseRosterFile } from './roster';
export { parseCsv } from './csv';
export type { ScannedUnit } from './units';
export type { Roster, LeaderToken, UnitToken, LeaderVerdict, NameIndex } from './types';
