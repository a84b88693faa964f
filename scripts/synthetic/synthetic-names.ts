// Names that cross scripts in the synthetic archive: people, places and agencies as each language
// writes them (Kallas / Каллас, Kyiv / Київ / Kiiev / Kiew / Kijów / Киев), with inflected forms,
// so that transliteration in search and name anchors in alignment have something to work on.
import type { SyntheticLang } from './synthetic-lexicon';

/** Per language: the forms, nominative first, comma-separated; missing → the English form. */
export type Localized = Partial<Record<SyntheticLang, string>> & { en: string };

export interface Person {
  given: Localized;
  family: Localized;
}

const person = (given: Localized, family: Localized): Person => ({ given, family });

export const PEOPLE: readonly Person[] = [
  person({ en: 'Kaja', uk: 'Кая', ru: 'Кая' }, { en: 'Kallas', uk: 'Каллас', et: 'Kallas,Kallase,Kallasega', ru: 'Каллас' }),
  person(
    { en: 'Volodymyr', uk: 'Володимир', et: 'Volodõmõr', de: 'Wolodymyr', pl: 'Wołodymyr', ru: 'Владимир' },
    { en: 'Zelensky', uk: 'Зеленський,Зеленського,Зеленському,Зеленським', et: 'Zelenskõi,Zelenskõiga', de: 'Selenskyj', pl: 'Zełenski,Zełenskiego', ru: 'Зеленский,Зеленского' },
  ),
  person({ en: 'Emmanuel', uk: 'Емманюель', ru: 'Эммануэль' }, { en: 'Macron', uk: 'Макрон,Макрона,Макроном', et: 'Macron,Macroni,Macroniga', pl: 'Macron,Macrona', ru: 'Макрон,Макрона' }),
  person({ en: 'Alar', uk: 'Алар', ru: 'Алар' }, { en: 'Karis', uk: 'Каріс,Каріса', et: 'Karis,Karise,Karisega', ru: 'Карис,Кариса' }),
  person({ en: 'Kristen', uk: 'Крістен', ru: 'Кристен' }, { en: 'Michal', uk: 'Міхал,Міхала', et: 'Michal,Michali', ru: 'Михал,Михала' }),
  person({ en: 'Margus', uk: 'Маргус', ru: 'Маргус' }, { en: 'Tsahkna', uk: 'Цахкна', et: 'Tsahkna', de: 'Tsahkna', ru: 'Цахкна' }),
  person(
    { en: 'Andrii', uk: 'Андрій', de: 'Andrij', pl: 'Andrij', ru: 'Андрей' },
    { en: 'Sybiha', uk: 'Сибіга,Сибіги', et: 'Sõbiha', de: 'Sybiha', pl: 'Sybiha', ru: 'Сибига' },
  ),
  person(
    { en: 'Denys', uk: 'Денис', et: 'Denõs', ru: 'Денис' },
    { en: 'Shmyhal', uk: 'Шмигаль,Шмигаля', et: 'Šmõhal', de: 'Schmyhal', pl: 'Szmyhal', ru: 'Шмыгаль,Шмыгаля' },
  ),
  person({ en: 'Olaf', uk: 'Олаф', ru: 'Олаф' }, { en: 'Scholz', uk: 'Шольц,Шольца', et: 'Scholz,Scholzi', ru: 'Шольц,Шольца' }),
  person({ en: 'Donald', uk: 'Дональд', ru: 'Дональд' }, { en: 'Tusk', uk: 'Туск,Туска', et: 'Tusk,Tuski', pl: 'Tusk,Tuska,Tuskiem', ru: 'Туск,Туска' }),
  person({ en: 'Alexander', uk: 'Александер', ru: 'Александр' }, { en: 'Stubb', uk: 'Стубб,Стубба', et: 'Stubb,Stubbi', ru: 'Стубб,Стубба' }),
  person(
    { en: 'Vitali', uk: 'Віталій', pl: 'Witalij', ru: 'Виталий' },
    { en: 'Klitschko', uk: 'Кличко,Кличка', et: 'Klitško', pl: 'Kliczko', ru: 'Кличко' },
  ),
  person(
    { en: 'Oleksandr', uk: 'Олександр', de: 'Olexandr', pl: 'Ołeksandr', ru: 'Александр' },
    { en: 'Syrskyi', uk: 'Сирський,Сирського', et: 'Sõrskõi', de: 'Syrskyj', pl: 'Syrski', ru: 'Сырский,Сырского' },
  ),
  person(
    { en: 'Ihor', uk: 'Ігор', ru: 'Игорь' },
    { en: 'Terekhov', uk: 'Терехов,Терехова', et: 'Terehhov', de: 'Terechow', pl: 'Terechow', ru: 'Терехов,Терехова' },
  ),
  person({ en: 'Mark', uk: 'Марк', ru: 'Марк' }, { en: 'Rutte', uk: 'Рютте', et: 'Rutte', ru: 'Рютте' }),
  person({ en: 'Ursula', uk: 'Урсула', ru: 'Урсула' }, { en: 'von der Leyen', uk: 'фон дер Ляєн', ru: 'фон дер Ляйен' }),
];

export interface Place {
  name: Localized;
  /** Cities file stories; countries only appear in the text. */
  dateline: boolean;
}

const city = (name: Localized): Place => ({ name, dateline: true });
const country = (name: Localized): Place => ({ name, dateline: false });

export const PLACES: readonly Place[] = [
  city({ en: 'Kyiv', uk: 'Київ,Києва,Києві', et: 'Kiiev,Kiievi,Kiievis,Kiievisse', de: 'Kiew', pl: 'Kijów,Kijowa,Kijowie', ru: 'Киев,Киева,Киеве' }),
  city({ en: 'Kharkiv', uk: 'Харків,Харкова,Харкові', et: 'Harkiv,Harkivi,Harkivis', de: 'Charkiw', pl: 'Charków,Charkowa,Charkowie', ru: 'Харьков,Харькова,Харькове' }),
  city({ en: 'Lviv', uk: 'Львів,Львова,Львові', et: 'Lviv,Lvivi,Lvivis', de: 'Lwiw', pl: 'Lwów,Lwowa,Lwowie', ru: 'Львов,Львова,Львове' }),
  city({ en: 'Odesa', uk: 'Одеса,Одеси,Одесі', et: 'Odessa,Odessas', de: 'Odessa', pl: 'Odessa,Odessy,Odessie', ru: 'Одесса,Одессы,Одессе' }),
  city({ en: 'Dnipro', uk: 'Дніпро', et: 'Dnipro,Dnipros', pl: 'Dniepr,Dniepru', ru: 'Днепр,Днепра' }),
  city({ en: 'Zaporizhzhia', uk: 'Запоріжжя', et: 'Zaporižžja', de: 'Saporischschja', pl: 'Zaporoże', ru: 'Запорожье' }),
  city({ en: 'Chernihiv', uk: 'Чернігів,Чернігова', et: 'Tšernihiv', de: 'Tschernihiw', pl: 'Czernihów', ru: 'Чернигов' }),
  city({ en: 'Tallinn', uk: 'Таллінн,Таллінна,Таллінні', et: 'Tallinn,Tallinna,Tallinnas', pl: 'Tallin,Tallina,Tallinie', ru: 'Таллин,Таллина,Таллине' }),
  city({ en: 'Tartu', uk: 'Тарту', et: 'Tartu,Tartus,Tartusse', ru: 'Тарту' }),
  city({ en: 'Narva', uk: 'Нарва,Нарви,Нарві', et: 'Narva,Narvas', pl: 'Narwa,Narwy', ru: 'Нарва,Нарвы' }),
  city({ en: 'Pärnu', uk: 'Пярну', et: 'Pärnu,Pärnus', pl: 'Parnawa', ru: 'Пярну' }),
  city({ en: 'Brussels', uk: 'Брюссель,Брюсселя,Брюсселі', et: 'Brüssel,Brüsseli,Brüsselis', de: 'Brüssel', pl: 'Bruksela,Brukseli', ru: 'Брюссель,Брюсселя' }),
  city({ en: 'Warsaw', uk: 'Варшава,Варшави,Варшаві', et: 'Varssavi,Varssavis', de: 'Warschau', pl: 'Warszawa,Warszawy,Warszawie', ru: 'Варшава,Варшавы' }),
  city({ en: 'Berlin', uk: 'Берлін,Берліна,Берліні', et: 'Berliin,Berliini,Berliinis', pl: 'Berlin,Berlina,Berlinie', ru: 'Берлин,Берлина' }),
  city({ en: 'Paris', uk: 'Париж,Парижа,Парижі', et: 'Pariis,Pariisi,Pariisis', pl: 'Paryż,Paryża,Paryżu', ru: 'Париж,Парижа' }),
  city({ en: 'Riga', uk: 'Рига,Риги,Ризі', et: 'Riia,Riias', pl: 'Ryga,Rygi', ru: 'Рига,Риги' }),
  city({ en: 'Vilnius', uk: 'Вільнюс,Вільнюса', et: 'Vilnius,Vilniuses', pl: 'Wilno,Wilna', ru: 'Вильнюс' }),
  city({ en: 'Helsinki', uk: 'Гельсінкі', et: 'Helsingi,Helsingis', ru: 'Хельсинки' }),
  country({ en: 'Ukraine', uk: 'Україна,України,Україні,Україну', et: 'Ukraina,Ukrainas,Ukrainasse', pl: 'Ukraina,Ukrainy,Ukrainie', ru: 'Украина,Украины,Украине' }),
  country({ en: 'Estonia', uk: 'Естонія,Естонії,Естонію', et: 'Eesti,Eestis,Eestile', de: 'Estland', pl: 'Estonia,Estonii', ru: 'Эстония,Эстонии' }),
  country({ en: 'Poland', uk: 'Польща,Польщі,Польщу', et: 'Poola,Poolas', de: 'Polen', pl: 'Polska,Polski,Polsce', ru: 'Польша,Польши' }),
  country({ en: 'Germany', uk: 'Німеччина,Німеччини,Німеччині', et: 'Saksamaa,Saksamaal', de: 'Deutschland', pl: 'Niemcy,Niemiec', ru: 'Германия,Германии' }),
];

export interface Agency {
  name: Localized;
  domain: string;
}

export const AGENCIES: readonly Agency[] = [
  { name: { en: 'UNN', uk: 'УНН', ru: 'УНН' }, domain: 'unn.example' },
  { name: { en: 'Ukrinform', uk: 'Укрінформ', ru: 'Укринформ' }, domain: 'ukrinform.example' },
  { name: { en: 'Interfax-Ukraine', uk: 'Інтерфакс-Україна', ru: 'Интерфакс-Украина' }, domain: 'interfax.example' },
  { name: { en: 'Suspilne', uk: 'Суспільне', ru: 'Суспильне' }, domain: 'suspilne.example' },
  { name: { en: 'ERR' }, domain: 'err.example' },
  { name: { en: 'BNS' }, domain: 'bns.example' },
  { name: { en: 'Postimees' }, domain: 'postimees.example' },
  { name: { en: 'LETA' }, domain: 'leta.example' },
  { name: { en: 'dpa' }, domain: 'dpa.example' },
  { name: { en: 'PAP' }, domain: 'pap.example' },
];

/** Section headings agencies put on a line of their own, the same heading across languages. */
export const SECTION_HEADINGS: readonly Localized[] = [
  { en: 'Details', uk: 'Деталі', et: 'Üksikasjad', de: 'Einzelheiten', pl: 'Szczegóły', ru: 'Подробности' },
  { en: 'Context', uk: 'Контекст', et: 'Taust', de: 'Hintergrund', pl: 'Kontekst', ru: 'Контекст' },
  { en: 'Background', uk: 'Довідка', et: 'Eellugu', de: 'Vorgeschichte', pl: 'Tło', ru: 'Справка' },
  { en: 'Reaction', uk: 'Реакція', et: 'Reaktsioon', de: 'Reaktionen', pl: 'Reakcja', ru: 'Реакция' },
  { en: 'Update', uk: 'Оновлено', et: 'Täiendatud', de: 'Aktualisiert', pl: 'Aktualizacja', ru: 'Обновлено' },
];

const formsCache = new WeakMap<Localized, Map<SyntheticLang, readonly string[]>>();

/** All forms of a localized name in `lang`, nominative first. */
export function formsOf(name: Localized, lang: SyntheticLang): readonly string[] {
  let byLang = formsCache.get(name);
  if (!byLang) formsCache.set(name, (byLang = new Map()));
  let forms = byLang.get(lang);
  if (!forms) byLang.set(lang, (forms = (name[lang] ?? name.en).split(',')));
  return forms;
}
