// Names and their spellings by romanization system, for the name-key tests and bench:names (its
// recall and precision). Each row: the Ukrainian (or Russian) Cyrillic name and its spellings.
import { exactForm, unelidedForm } from '../../src/main/core/search/normalize';

export type SpellingSystem = 'national' | 'BGN/PCGN' | 'Russian-based' | 'German' | 'Polish' | 'French' | 'scholarly' | 'Estonian';

export interface NameRow {
  cyrillic: string;
  spellings: Partial<Record<SpellingSystem, string[]>>;
}

export const NAME_ROWS: readonly NameRow[] = [
  { cyrillic: 'Київ', spellings: { national: ['Kyiv'], 'BGN/PCGN': ['Kyyiv'], 'Russian-based': ['Kiev'], German: ['Kiew'], Polish: ['Kijów'], French: ['Kiev'], scholarly: ['Kyïv'], Estonian: ['Kiiev'] } },
  { cyrillic: 'Харків', spellings: { national: ['Kharkiv'], 'Russian-based': ['Kharkov'], German: ['Charkiw'], Polish: ['Charków'], French: ['Kharkiv'], scholarly: ['Charkiv', 'Xarkiv'], Estonian: ['Harkiv'] } },
  { cyrillic: 'Одеса', spellings: { national: ['Odesa'], 'Russian-based': ['Odessa'], German: ['Odessa'], Polish: ['Odessa'], scholarly: ['Odesa'] } },
  { cyrillic: 'Запоріжжя', spellings: { national: ['Zaporizhzhia'], 'BGN/PCGN': ['Zaporizhzhya'], 'Russian-based': ['Zaporozhye', 'Zaporozhe'], German: ['Saporischschja'], Polish: ['Zaporoże'], French: ['Zaporijia'], scholarly: ['Zaporižžja'] } },
  { cyrillic: 'Чернігів', spellings: { national: ['Chernihiv'], 'Russian-based': ['Chernigov'], German: ['Tschernihiw'], Polish: ['Czernihów'], French: ['Tchernihiv'], scholarly: ['Černihiv'] } },
  { cyrillic: 'Дніпро', spellings: { national: ['Dnipro'], German: ['Dnipro'], scholarly: ['Dnipro'] } },
  { cyrillic: 'Житомир', spellings: { national: ['Zhytomyr'], 'Russian-based': ['Zhitomir'], German: ['Schytomyr'], Polish: ['Żytomierz'], French: ['Jytomyr'], scholarly: ['Žytomyr'] } },
  { cyrillic: 'Херсон', spellings: { national: ['Kherson'], German: ['Cherson'], Polish: ['Chersoń'], scholarly: ['Cherson'] } },
  { cyrillic: 'Луганськ', spellings: { national: ['Luhansk'], 'Russian-based': ['Lugansk'], German: ['Luhansk'], Polish: ['Ługańsk'], scholarly: ['Luhans’k'] } },
  { cyrillic: 'Кличко', spellings: { national: ['Klychko'], German: ['Klitschko'], Polish: ['Kliczko'], French: ['Klitschko'], scholarly: ['Klyčko'] } },
  { cyrillic: 'Зеленський', spellings: { national: ['Zelenskyi'], 'BGN/PCGN': ['Zelenskyy'], 'Russian-based': ['Zelensky'], German: ['Selenskyj'], Polish: ['Zełenski'], French: ['Zelensky'], scholarly: ['Zelens’kyj'], Estonian: ['Zelenskõi'] } },
  { cyrillic: 'Шмигаль', spellings: { national: ['Shmyhal'], 'Russian-based': ['Shmygal'], German: ['Schmyhal'], Polish: ['Szmyhal'], scholarly: ['Šmyhal’'], Estonian: ['Šmõhal'] } },
  { cyrillic: 'Шевченко', spellings: { national: ['Shevchenko'], German: ['Schewtschenko'], Polish: ['Szewczenko'], French: ['Chevtchenko'], scholarly: ['Ševčenko'] } },
  { cyrillic: 'Тимошенко', spellings: { national: ['Tymoshenko'], 'Russian-based': ['Timoshenko'], German: ['Tymoschenko'], Polish: ['Tymoszenko'], French: ['Timochenko'], scholarly: ['Tymošenko'] } },
  { cyrillic: 'Порошенко', spellings: { national: ['Poroshenko'], German: ['Poroschenko'], Polish: ['Poroszenko'], French: ['Porochenko'], scholarly: ['Porošenko'] } },
  { cyrillic: 'Янукович', spellings: { national: ['Yanukovych'], 'Russian-based': ['Yanukovich'], German: ['Janukowytsch'], Polish: ['Janukowycz'], French: ['Ianoukovytch'], scholarly: ['Janukovyč'] } },
  { cyrillic: 'Залужний', spellings: { national: ['Zaluzhnyi'], 'BGN/PCGN': ['Zaluzhnyy'], German: ['Saluschnyj'], Polish: ['Załużny'], scholarly: ['Zalužnyj'] } },
  { cyrillic: 'Буданов', spellings: { national: ['Budanov'], German: ['Budanow'], Polish: ['Budanow'], scholarly: ['Budanov'] } },
  { cyrillic: 'Кулеба', spellings: { national: ['Kuleba'], German: ['Kuleba'], scholarly: ['Kuleba'] } },
  { cyrillic: 'Львів', spellings: { national: ['Lviv'], 'Russian-based': ['Lvov'], German: ['Lwiw', 'Lemberg'], Polish: ['Lwów'], scholarly: ['L’viv'] } },
  { cyrillic: 'Миколаїв', spellings: { national: ['Mykolaiv'], 'BGN/PCGN': ['Mykolayiv'], 'Russian-based': ['Nikolaev', 'Nikolayev'], German: ['Mykolajiw'], Polish: ['Mikołajów'], scholarly: ['Mykolaïv'] } },
  { cyrillic: 'Рівне', spellings: { national: ['Rivne'], 'Russian-based': ['Rovno'], German: ['Riwne'], Polish: ['Równe'], scholarly: ['Rivne'] } },
  { cyrillic: 'Вінниця', spellings: { national: ['Vinnytsia'], 'BGN/PCGN': ['Vinnytsya'], 'Russian-based': ['Vinnitsa'], German: ['Winnyzja'], Polish: ['Winnica'], scholarly: ['Vinnycja'] } },
  { cyrillic: 'Черкаси', spellings: { national: ['Cherkasy'], 'Russian-based': ['Cherkassy'], German: ['Tscherkassy'], Polish: ['Czerkasy'], scholarly: ['Čerkasy'] } },
  { cyrillic: 'Суми', spellings: { national: ['Sumy'], German: ['Sumy'], Polish: ['Sumy'] } },
  { cyrillic: 'Полтава', spellings: { national: ['Poltava'], German: ['Poltawa'], Polish: ['Połtawa'], scholarly: ['Poltava'] } },
  { cyrillic: 'Маріуполь', spellings: { national: ['Mariupol'], German: ['Mariupol'], Polish: ['Mariupol'], scholarly: ['Mariupol’'] } },
  { cyrillic: 'Бахмут', spellings: { national: ['Bakhmut'], German: ['Bachmut'], Polish: ['Bachmut'], scholarly: ['Bachmut'] } },
  { cyrillic: 'Латвія', spellings: { national: ['Latviia'] } },
  { cyrillic: 'Литва', spellings: { national: ['Lytva'] } },
];

/** Other Cyrillic names (places, people, countries in the news) a spelling must not meet. */
export const DISTRACTORS: readonly string[] = (
  'Донецьк Кривий Хмельницький Чернівці Кропивницький Тернопіль Луцьк Ужгород Ізюм Буча Ірпінь ' +
  'Гостомель Мелітополь Бердянськ Краматорськ Покровськ Авдіївка Ніжин Умань Біла Конотоп Шостка Ковель Дубно Калуш Стрий ' +
  'Дрогобич Мукачево Ізмаїл Нікополь Марганець Енергодар Каховка Очаків Вознесенськ Первомайськ Олександрія Кременчук Лубни ' +
  'Миргород Прилуки Бровари Бориспіль Фастів Васильків Обухів Сирський Резніков Умєров Стефанчук Разумков Арахамія Ярмак ' +
  'Подоляк Маркарова Свириденко Смотрич Франко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Поліщук Бойко Мельник ' +
  'Москаль Гончаренко Лисенко Руденко Савченко Петренко Марченко Павленко Ющенко Кучма Кравчук Макрон Шольц Байден Трамп Путін ' +
  'Лукашенко Орбан Мерц Туск Дуда Навроцький Каллас Карис Столтенберг Рютте Блінкен Рубіо Сибіга Качинський Моравецький ' +
  'Естонія Польща Німеччина Франція Австрія Австралія Ірак Іран Нарва Таллінн Тарту Пярну Рига Вільнюс Варшава Краків ' +
  'Гданськ Вроцлав Берлін Мюнхен Гамбург Париж Ліон Марсель Лондон Москва Мінськ Бєлгород Курськ Брянськ Ростов Вашингтон ' +
  'Брюссель Відень Прага Будапешт Бухарест Кишинів Анкара Стамбул Херсонес Харцизьк Корсунь Кіровоград Черкаськ'
).split(' ');

/** The forms search keys a name by: its exact form, and the whole word after an elided article (L’viv). */
export const keyedForms = (spelling: string): string[] =>
  [exactForm(spelling), unelidedForm(spelling) ?? ''].filter((f) => f.length > 0);
