// Reading exports back with third-party tools, as the people who receive them will: Debian's
// translate-toolkit (TMX, XLIFF), xmllint (well-formedness, and the official DTD and schema when
// DIPTYCH_SCHEMAS names a folder holding them), csv-parse (CSV, TSV).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

const PYTHON = '/usr/bin/python3';
const READER = resolve(__dirname, '../support/translate-toolkit-read.py');

export const TRANSLATE_TOOLKIT =
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'from translate.storage import tmx, xliff']).status === 0;
export const XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

export interface TmxRead {
  header: Record<string, string>;
  units: {
    id: string;
    source: string;
    target: string;
    sourceLang: string;
    targetLang: string;
    srclang: string | null;
    changeid: string | null;
    props: Record<string, string>;
    sourceProps: Record<string, string>;
    targetProps: Record<string, string>;
  }[];
}

export interface XliffRead {
  files: { original: string; 'source-language': string; 'target-language': string; notes: string[] }[];
  units: { id: string; source: string; target: string; sourceLang: string; targetLang: string; state: string; fuzzy: boolean; notes: [string, string][] }[];
}

export function readTmx(file: string): TmxRead {
  return JSON.parse(execFileSync(PYTHON, [READER, file], { encoding: 'utf8', maxBuffer: 1 << 28 }))[0] as TmxRead;
}

export function readXliff(file: string): XliffRead {
  return JSON.parse(execFileSync(PYTHON, [READER, file], { encoding: 'utf8', maxBuffer: 1 << 28 }))[0] as XliffRead;
}

export function readDelimited(file: string, delimiter: ',' | '\t'): Record<string, string>[] {
  return parse(readFileSync(file), { bom: true, columns: true, delimiter, relax_quotes: false }) as Record<string, string>[];
}

/** xmllint's complaints about `file` ('' when it is well-formed). */
export function xmllintErrors(file: string, ...args: string[]): string {
  const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, file], { encoding: 'utf8' });
  // The DOCTYPE names tmx14.dtd beside the file; without --dtdvalid its absence is only a warning.
  return r.status === 0 ? '' : r.stderr;
}

/** A folder with tmx14.dtd and xliff-core-1.2-strict.xsd (not in the repository: see README). */
export const SCHEMAS = process.env.DIPTYCH_SCHEMAS ?? '';

/** Validation against the TMX 1.4 DTD and the XLIFF 1.2 strict schema ('' when valid). */
export function validateAgainstStandard(file: string): string {
  if (file.endsWith('.tmx')) {
    copyFileSync(join(SCHEMAS, 'tmx14.dtd'), join(dirname(file), 'tmx14.dtd'));
    return xmllintErrors(file, '--valid');
  }
  // The schema imports xml.xsd from w3.org; offline, a local stand-in declaring xml:lang and xml:space.
  const local = join(dirname(file), 'xliff-local.xsd');
  const xmlXsd = join(dirname(file), 'xml.xsd');
  writeFileSync(
    xmlXsd,
    `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
<xs:attribute name="lang" type="xs:language"/><xs:attribute name="space"><xs:simpleType><xs:restriction base="xs:NCName">
<xs:enumeration value="default"/><xs:enumeration value="preserve"/></xs:restriction></xs:simpleType></xs:attribute></xs:schema>`,
  );
  const xsd = readFileSync(join(SCHEMAS, 'xliff-core-1.2-strict.xsd'), 'utf8').trimStart().replace('http://www.w3.org/2001/xml.xsd', 'xml.xsd');
  writeFileSync(local, xsd);
  return xmllintErrors(file, '--schema', local);
}
