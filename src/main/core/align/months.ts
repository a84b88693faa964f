// Month names in the languages Diptych meets most, every form a date puts them in, mapped to
// the month's number: "5 May" and "5 травня" share the anchors 5 and month 5.

const FORMS: readonly (readonly string[])[] = [
  // en, uk (nominative, genitive, locative), ru, et (with common case endings), de, fr, pl
  ['january', 'jan', 'січень', 'січня', 'січні', 'январь', 'января', 'январе', 'jaanuar', 'jaanuaris', 'jaanuaril', 'januar', 'janvier', 'styczeń', 'stycznia', 'styczniu'],
  ['february', 'feb', 'лютий', 'лютого', 'лютому', 'февраль', 'февраля', 'феврале', 'veebruar', 'veebruaris', 'veebruaril', 'februar', 'février', 'luty', 'lutego', 'lutym'],
  ['march', 'mar', 'березень', 'березня', 'березні', 'март', 'марта', 'марте', 'märts', 'märtsis', 'märtsil', 'märz', 'mars', 'marzec', 'marca', 'marcu'],
  ['april', 'apr', 'квітень', 'квітня', 'квітні', 'апрель', 'апреля', 'апреле', 'aprill', 'aprillis', 'aprillil', 'avril', 'kwiecień', 'kwietnia', 'kwietniu'],
  ['may', 'травень', 'травня', 'травні', 'май', 'мая', 'мае', 'mai', 'mais', 'mail', 'maj', 'maja', 'maju'],
  ['june', 'jun', 'червень', 'червня', 'червні', 'июнь', 'июня', 'июне', 'juuni', 'juunis', 'juunil', 'juni', 'juin', 'czerwiec', 'czerwca', 'czerwcu'],
  ['july', 'jul', 'липень', 'липня', 'липні', 'июль', 'июля', 'июле', 'juuli', 'juulis', 'juulil', 'juli', 'juillet', 'lipiec', 'lipca', 'lipcu'],
  ['august', 'aug', 'серпень', 'серпня', 'серпні', 'август', 'августа', 'августе', 'augustis', 'augustil', 'août', 'sierpień', 'sierpnia', 'sierpniu'],
  ['september', 'sep', 'sept', 'вересень', 'вересня', 'вересні', 'сентябрь', 'сентября', 'сентябре', 'septembris', 'septembril', 'septembre', 'wrzesień', 'września', 'wrześniu'],
  ['october', 'oct', 'жовтень', 'жовтня', 'жовтні', 'октябрь', 'октября', 'октябре', 'oktoober', 'oktoobris', 'oktoobril', 'oktober', 'octobre', 'październik', 'października', 'październiku'],
  ['november', 'nov', 'листопад', 'листопада', 'листопаді', 'ноябрь', 'ноября', 'ноябре', 'novembris', 'novembril', 'novembre', 'listopad', 'listopada', 'listopadzie'],
  ['december', 'dec', 'грудень', 'грудня', 'грудні', 'декабрь', 'декабря', 'декабре', 'detsember', 'detsembris', 'detsembril', 'dezember', 'décembre', 'grudzień', 'grudnia', 'grudniu'],
];

/** Forms that are also ordinary words ("may", "mars", "lipa"): counted only when capitalised
 *  or right beside a number. */
const AMBIGUOUS = new Set(['may', 'mar', 'march', 'jan', 'august', 'aug', 'sep', 'dec', 'mars', 'mai', 'maj', 'mail', 'mais', 'мая', 'мае', 'май', 'лютий', 'лютого', 'лютому', 'листопад', 'листопада', 'листопаді', 'listopad', 'oct', 'nov']);

const MONTH_OF = new Map<string, number>();
FORMS.forEach((forms, i) => forms.forEach((f) => MONTH_OF.set(f, i + 1)));

/**
 * The month a word names, or 0. `nearNumber` says a digit stands within a word of it, which
 * makes an ambiguous form ("may", "mai") a date.
 */
export function monthOf(word: string, nearNumber: boolean): number {
  const lower = word.toLowerCase();
  const month = MONTH_OF.get(lower);
  if (!month) return 0;
  if (AMBIGUOUS.has(lower) && !nearNumber && !/^\p{Lu}/u.test(word)) return 0;
  if (AMBIGUOUS.has(lower) && !nearNumber && (lower === 'may' || lower === 'mai' || lower === 'mail' || lower === 'mais')) {
    // Capitalised "May" opens many English sentences as the verb; only a number makes it a date.
    return 0;
  }
  return month;
}
