// TMX 1.4b (the LISA/GALA translation memory exchange format OmegaT, memoQ, Trados and Okapi
// read): one <tu> per aligned pair, a <tuv> per side holding its text as plain <seg> content.
// Facts about the pair are <prop>s of the <tu>; facts about one side (its blocks, where it comes
// from) are <prop>s of its <tuv>; `x-` types, as the standard asks of user-defined ones.
import { blockList, type ExportUnit } from './pair-units';
import type { ExportSide, StoryPairs } from './story-pairs';
import type { PairWriter, PairWriterContext } from './writer';
import { startTag, xmlForbidsSome, xmlText } from './xml-text';

/** TMX dates: YYYYMMDDThhmmssZ. */
const tmxDate = (d: Date): string => d.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');

/** A <prop> on its own line at `indent`; none when there is no value. */
const prop = (indent: string, type: string, value: string | null): string =>
  value === null || value === '' ? '' : `${indent}<prop type="${type}">${xmlText(value)}</prop>\n`;

function tuv(lang: string, s: ExportSide, blocks: readonly number[], text: string): string {
  const i = '    ';
  return (
    `  ${startTag('tuv', { 'xml:lang': lang })}\n` +
    prop(i, 'x-blocks', blockList(blocks)) +
    prop(i, 'x-provenance', s.provenance) +
    prop(i, 'x-agency', s.agency) +
    prop(i, 'x-published-at', s.publishedAt) +
    prop(i, 'x-url', s.url) +
    `${i}<seg>${xmlText(text)}</seg>\n  </tuv>\n`
  );
}

function tu(story: StoryPairs, u: ExportUnit, headerSrclang: string): string {
  const attrs = {
    tuid: `${story.storyId}:${u.id}`,
    // Each <tu> names its source language when it is not the header's (uk-UA under srclang="uk"),
    // so a tool that matches srclang to a <tuv> exactly finds it.
    srclang: story.from.lang === headerSrclang ? null : story.from.lang,
    changeid: u.byReader ? 'reader' : null,
  };
  return (
    `${startTag('tu', attrs)}\n` +
    prop('  ', 'x-story', String(story.storyId)) +
    prop('  ', 'x-pair', u.id) +
    prop('  ', 'x-confidence', String(u.confidence)) +
    (u.byReader ? prop('  ', 'x-by-reader', 'true') : '') +
    tuv(story.from.lang, story.from, u.fromBlocks, u.fromText) +
    tuv(story.to.lang, story.to, u.toBlocks, u.toText) +
    '</tu>\n'
  );
}

export function tmxWriter(ctx: PairWriterContext): PairWriter {
  let cleaned = 0;
  return {
    begin: () =>
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n' +
      startTag('header', {
        creationtool: 'Diptych',
        creationtoolversion: ctx.toolVersion,
        segtype: ctx.segmentation,
        'o-tmf': 'Diptych',
        adminlang: 'en',
        srclang: ctx.from,
        datatype: 'plaintext',
        creationdate: tmxDate(ctx.createdAt),
      }) +
      `\n${ctx.query === null ? '' : prop('  ', 'x-query', ctx.query)}` +
      '</header>\n<body>\n',
    story(story) {
      let out = '';
      for (const u of story.units) {
        if (xmlForbidsSome(u.fromText) || xmlForbidsSome(u.toText)) cleaned++;
        out += tu(story, u, ctx.from);
      }
      return out;
    },
    end: () => '</body>\n</tmx>\n',
    cleanedUnits: () => cleaned,
  };
}
