// The real words of the synthetic archive: news vocabulary with its inflected forms in each
// language, one concept a row, so that a translation renders the same concept in its own words.
// Inflection is what makes stemming matter in search, so every noun and verb comes with forms.

export const SYNTHETIC_LANGS = ['en', 'uk', 'et', 'de', 'pl', 'ru'] as const;
export type SyntheticLang = (typeof SYNTHETIC_LANGS)[number];

/**
 * pos; en; uk; et; de; pl; ru. Forms are comma-separated; `stem/class` inflects by a table below;
 * an English noun without commas takes its regular plural; an Estonian noun or adjective gives its
 * three principal parts (nominative, genitive, partitive) and its cases are built on the genitive;
 * `-` means the language uses an invented word of the same frequency instead.
 */
const CONCEPTS = `
n;government;уряд/m;valitsus,valitsuse,valitsust;Regierung,Regierungen;rząd,rządu,rządem,rządy,rządów;правительств/n
n;minister;міністр/ma;minister,ministri,ministrit;Minister,Ministers,Ministern;minister,ministra,ministrowie,ministrów;министр/m
n;president;президент/ma;president,presidendi,presidenti;Präsident,Präsidenten;prezydent,prezydenta,prezydentem;президент/m
n;country;країн/f;riik,riigi,riiki;Land,Landes,Länder,Ländern;kraj,kraju,krajem,kraje,krajów;стран/f
n;city,cities,city’s;міст/n;linn,linna,linna;Stadt,Städte,Städten;miasto,miasta,miastem,miast;город/m
n;war;війн/f;sõda,sõja,sõda;Krieg,Krieges,Kriege;wojna,wojny,wojnie,wojnę;войн/f
n;army,armies;армі/fj;armee,armee,armeed;Armee,Armeen;armia,armii,armią;арм/fj
n;soldier;солдат/ma;sõdur,sõduri,sõdurit;Soldat,Soldaten;żołnierz,żołnierza,żołnierze,żołnierzy;солдат/m
n;training;навчан/nn;õppus,õppuse,õppust;Ausbildung,Ausbildungen;szkolenie,szkolenia,szkoleń;-
n;meeting;зустріч,зустрічі,зустріччю,зустрічей;kohtumine,kohtumise,kohtumist;Treffen,Treffens;spotkanie,spotkania,spotkań;встреч/f
n;agreement;угод/f;kokkulepe,kokkuleppe,kokkulepet;Abkommen,Abkommens;porozumienie,porozumienia,porozumień;соглашение,соглашения,соглашению,соглашений
n;border;кордон/m;piir,piiri,piiri;Grenze,Grenzen;granica,granicy,granice,granic;границ/f
n;energy,energies;енергі/fj;energia,energia,energiat;Energie;energia,energii,energią;энерг/fj
n;gas,gases;газ/m;gaas,gaasi,gaasi;Gas,Gases;gaz,gazu,gazem;газ/m
n;price;цін/f;hind,hinna,hinda;Preis,Preise,Preisen;cena,ceny,cen;цен/f
n;budget;бюджет/m;eelarve,eelarve,eelarvet;Haushalt,Haushalts;budżet,budżetu;бюджет/m
n;economy,economies;економіка,економіки,економіці,економіку,економікою;majandus,majanduse,majandust;Wirtschaft;gospodarka,gospodarki,gospodarce;экономика,экономики,экономике,экономику
n;company,companies;компані/fj;ettevõte,ettevõtte,ettevõtet;Unternehmen,Unternehmens;firma,firmy,firmie,firm;компан/fj
n;bank;банк/m;pank,panga,panka;Bank,Banken;bank,banku,banki;банк,банка,банку,банком,банке,банки,банков
n;law;закон/m;seadus,seaduse,seadust;Gesetz,Gesetzes,Gesetze;ustawa,ustawy,ustaw;закон/m
n;parliament;парламент/m;parlament,parlamendi,parlamenti;Parlament,Parlaments;parlament,parlamentu;парламент/m
n;election;вибори,виборів,виборах,виборам;valimised,valimiste,valimisi;Wahl,Wahlen;wybory,wyborów,wyborach;выбор/m
n;region;регіон/m;piirkond,piirkonna,piirkonda;Region,Regionen;region,regionu,regiony;регион/m
n;village;сел/n;küla,küla,küla;Dorf,Dorfes,Dörfer;wieś,wsi;сел/n
n;school;школ/f;kool,kooli,kooli;Schule,Schulen;szkoła,szkoły,szkole;школ/f
n;hospital;лікарня,лікарні,лікарню,лікарнею,лікарень;haigla,haigla,haiglat;Krankenhaus,Krankenhäuser;szpital,szpitala,szpitale;больниц/f
n;doctor;лікар,лікаря,лікарю,лікарем,лікарі,лікарів;arst,arsti,arsti;Arzt,Ärzte;lekarz,lekarza,lekarze;врач,врача,врачу,врачом,врачи
n;child,children,child’s;дитина,дитини,дитині,дитину,дитиною,діти,дітей;laps,lapse,last;Kind,Kinder,Kindern;dziecko,dziecka,dzieci;ребёнок,ребёнка,дети,детей
n;family,families;сімʼя,сімʼї,сімʼю,сімʼєю,сімей;perekond,perekonna,perekonda;Familie,Familien;rodzina,rodziny;семья,семьи,семье,семью
n;attack;атака,атаки,атаці,атаку,атакою,атак;rünnak,rünnaku,rünnakut;Angriff,Angriffe,Angriffen;atak,ataku,ataki;атака,атаки,атаке,атаку
n;drone;дрон/m;droon,drooni,drooni;Drohne,Drohnen;dron,drona,drony,dronów;дрон,дрона,дроны,дронов
n;missile;ракет/f;rakett,raketi,raketti;Rakete,Raketen;rakieta,rakiety,rakiet;ракет/f
n;defence;оборон/f;kaitse,kaitse,kaitset;Verteidigung;obrona,obrony;оборон/f
n;security;безпека,безпеки,безпеці,безпеку;julgeolek,julgeoleku,julgeolekut;Sicherheit;bezpieczeństwo,bezpieczeństwa;безопасность,безопасности
n;support;підтримка,підтримки,підтримці,підтримку,підтримкою;toetus,toetuse,toetust;Unterstützung;wsparcie,wsparcia;поддержка,поддержки,поддержке,поддержку
n;aid;допомога,допомоги,допомозі,допомогу;abi,abi,abi;Hilfe;pomoc,pomocy;помощь,помощи
n;partner;партнер/ma;partner,partneri,partnerit;Partner,Partnern;partner,partnera,partnerzy;партнер/m
n;ally,allies;союзник,союзника,союзники,союзників,союзникам;liitlane,liitlase,liitlast;Verbündete,Verbündeten;sojusznik,sojusznika,sojusznicy;союзник,союзника,союзники,союзников
n;delegation;делегаці/fj;delegatsioon,delegatsiooni,delegatsiooni;Delegation,Delegationen;delegacja,delegacji;делегац/fj
n;summit;саміт/m;tippkohtumine,tippkohtumise,tippkohtumist;Gipfel,Gipfels;szczyt,szczytu;саммит/m
n;decision;рішен/nn;otsus,otsuse,otsust;Entscheidung,Entscheidungen;decyzja,decyzji;решение,решения,решению,решений
n;question;питан/nn;küsimus,küsimuse,küsimust;Frage,Fragen;pytanie,pytania,pytań;вопрос/m
n;statement;заяв/f;avaldus,avalduse,avaldust;Erklärung,Erklärungen;oświadczenie,oświadczenia;заявление,заявления,заявлению
n;report;звіт/m;aruanne,aruande,aruannet;Bericht,Berichte;raport,raportu,raporty;доклад/m
n;plan;план/m;plaan,plaani,plaani;Plan,Pläne;plan,planu,plany;план/m
n;year;рік,року,роки,років,роках,році;aasta,aasta,aastat;Jahr,Jahres,Jahre,Jahren;rok,roku,lata,lat;год,года,году,годы,лет
n;month;місяць,місяця,місяці,місяців;kuu,kuu,kuud;Monat,Monate,Monaten;miesiąc,miesiąca,miesiące;месяц,месяца,месяцы,месяцев
n;week;тиждень,тижня,тижні,тижнів;nädal,nädala,nädalat;Woche,Wochen;tydzień,tygodnia,tygodnie;неделя,недели,неделе,неделю
n;day;день,дня,дні,днів,днем;päev,päeva,päeva;Tag,Tage,Tagen;dzień,dnia,dni;день,дня,дни,дней
n;person,people,person’s;людина,людини,людині,людину,люди,людей;inimene,inimese,inimest;Mensch,Menschen;człowiek,ludzie,ludzi;человек,человека,люди,людей
n;citizen;громадянин,громадянина,громадяни,громадян;kodanik,kodaniku,kodanikku;Bürger,Bürgern;obywatel,obywatela,obywatele;гражданин,гражданина,граждане,граждан
n;refugee;біженець,біженця,біженці,біженців;põgenik,põgeniku,põgenikku;Flüchtling,Flüchtlinge;uchodźca,uchodźcy,uchodźców;беженец,беженца,беженцы,беженцев
n;territory,territories;територі/fj;territoorium,territooriumi,territooriumi;Gebiet,Gebiete;terytorium,terytoria;территор/fj
n;road;дорога,дороги,дорозі,дорогу,доріг;tee,tee,teed;Straße,Straßen;droga,drogi,dróg;дорога,дороги,дороге,дорогу
n;water;вод/f;vesi,vee,vett;Wasser;woda,wody;вод/f
n;winter;зим/f;talv,talve,talve;Winter;zima,zimy,zimie;зим/f
n;power plant;електростанці/fj;elektrijaam,elektrijaama,elektrijaama;Kraftwerk,Kraftwerke;elektrownia,elektrowni;электростанц/fj
n;port;порт/m;sadam,sadama,sadamat;Hafen,Häfen;port,portu;порт/m
n;ship;судно,судна,суден;laev,laeva,laeva;Schiff,Schiffe;statek,statku,statki;судно,судна
n;grain;зерн/n;vili,vilja,vilja;Getreide;zboże,zboża;зерн/n
n;export;експорт/m;eksport,ekspordi,eksporti;Export,Exports;eksport,eksportu;экспорт/m
n;sanction;санкці/fj;sanktsioon,sanktsiooni,sanktsiooni;Sanktion,Sanktionen;sankcja,sankcji,sankcje;санкц/fj
n;investigation;розслідуван/nn;uurimine,uurimise,uurimist;Ermittlung,Ermittlungen;śledztwo,śledztwa;расследование,расследования
n;court;суд/m;kohus,kohtu,kohut;Gericht,Gerichts,Gerichte;sąd,sądu,sądzie;суд/m
n;police;поліці/fj;politsei,politsei,politseid;Polizei;policja,policji;полиц/fj
n;journalist;журналіст/ma;ajakirjanik,ajakirjaniku,ajakirjanikku;Journalist,Journalisten;dziennikarz,dziennikarza,dziennikarze;журналист/m
n;agency,agencies;агенці/fj;agentuur,agentuuri,agentuuri;Agentur,Agenturen;agencja,agencji;агентств/n
n;university,universities;університет/m;ülikool,ülikooli,ülikooli;Universität,Universitäten;uniwersytet,uniwersytetu;университет/m
n;student;студент/ma;üliõpilane,üliõpilase,üliõpilast;Student,Studenten;student,studenta,studenci;студент/m
n;culture;культур/f;kultuur,kultuuri,kultuuri;Kultur,Kulturen;kultura,kultury;культур/f
n;language;мов/f;keel,keele,keelt;Sprache,Sprachen;język,języka,języki;язык,языка,языке,языки
n;history,histories;історі/fj;ajalugu,ajaloo,ajalugu;Geschichte;historia,historii;истор/fj
n;museum;музей,музею,музеї,музеїв,музеєм;muuseum,muuseumi,muuseumi;Museum,Museen;muzeum,muzea;музей,музея,музеи,музеев
n;festival;фестиваль,фестивалю,фестивалі,фестивалів;festival,festivali,festivali;Festival,Festivals;festiwal,festiwalu;фестиваль,фестиваля
n;team;команд/f;meeskond,meeskonna,meeskonda;Mannschaft,Mannschaften;drużyna,drużyny;команд/f
n;match,matches;матч/m;mäng,mängu,mängu;Spiel,Spiele;mecz,meczu;матч,матча,матчи
n;weather;погод/f;ilm,ilma,ilma;Wetter;pogoda,pogody;погод/f
n;storm;шторм/m;torm,tormi,tormi;Sturm,Stürme;burza,burzy;шторм/m
n;forest;ліс/m;mets,metsa,metsa;Wald,Wälder;las,lasu,lasy;лес/m
n;fire;пожежа,пожежі,пожежу,пожеж;tulekahju,tulekahju,tulekahju;Brand,Brände;pożar,pożaru;пожар/m
n;electricity;електроенергі/fj;elekter,elektri,elektrit;Strom;prąd,prądu;электроэнерг/fj
n;network;мережа,мережі,мережу,мереж;võrk,võrgu,võrku;Netz,Netze;sieć,sieci;сеть,сети
n;computer;компʼютер/m;arvuti,arvuti,arvutit;Computer;komputer,komputera;компьютер/m
n;interview;інтервʼю;intervjuu,intervjuu,intervjuud;Interview,Interviews;wywiad,wywiadu;интервью
n;memory,memories;памʼять,памʼяті,памʼяттю;mälu,mälu,mälu;Gedächtnis,Erinnerung;pamięć,pamięci;память,памяти
n;Friday,Fridays;пʼятниц/f;reede,reede,reedet;Freitag;piątek,piątku;пятниц/f
n;site;обʼєкт/m;objekt,objekti,objekti;Objekt,Objekte;obiekt,obiektu;объект/m
n;connection;звʼязок,звʼязку,звʼязки,звʼязків;side,side,sidet;Verbindung,Verbindungen;łączność,łączności;связь,связи
n;union;обʼєднан/nn;ühendus,ühenduse,ühendust;Vereinigung;zjednoczenie;объединение,объединения
n;sea;море,моря,морі,морем;meri,mere,merd;Meer,Meere;morze,morza;море,моря,морем
n;island;острів,острова,острові,острови;saar,saare,saart;Insel,Inseln;wyspa,wyspy;остров/m
n;church,churches;церква,церкви,церкві,церкву,церков;kirik,kiriku,kirikut;Kirche,Kirchen;kościół,kościoła;церковь,церкви
n;fund;кошт/m;raha,raha,raha;Geld,Gelder;pieniądze,pieniędzy;деньги,денег
n;tax,taxes;податок,податку,податки,податків;maks,maksu,maksu;Steuer,Steuern;podatek,podatku,podatki;налог/m
a;new;нов/a;uus,uue,uut;neu,neue,neuen,neuer,neues;nowy,nowa,nowe,nowych;нов/a
a;military;військов/a;sõjaline,sõjalise,sõjalist;militärisch,militärische,militärischen;wojskowy,wojskowa,wojskowych;военн/a
a;European;європейськ/a;Euroopa,Euroopa,Euroopat;europäisch,europäische,europäischen;europejski,europejska,europejskich;европейск/ak
a;national;національн/a;riiklik,riikliku,riiklikku;national,nationale,nationalen;narodowy,narodowa,narodowych;национальн/a
a;important;важлив/a;tähtis,tähtsa,tähtsat;wichtig,wichtige,wichtigen;ważny,ważna,ważnych;важн/a
a;large;велик/a;suur,suure,suurt;groß,große,großen;duży,duża,dużych;крупн/a
a;local;місцев/a;kohalik,kohaliku,kohalikku;lokal,lokale,lokalen;lokalny,lokalna,lokalnych;местн/a
a;international;міжнародн/a;rahvusvaheline,rahvusvahelise,rahvusvahelist;international,internationale,internationalen;międzynarodowy,międzynarodowa;международн/a
a;economic;економічн/a;majanduslik,majandusliku,majanduslikku;wirtschaftlich,wirtschaftliche,wirtschaftlichen;gospodarczy,gospodarcza;экономическ/ak
a;last;останній,остання,останнє,останні,останнього,останньому,останніх;viimane,viimase,viimast;letzte,letzten,letzter;ostatni,ostatnia,ostatnich;последний,последняя,последнее,последних
a;former;колишній,колишня,колишнього,колишні;endine,endise,endist;ehemalig,ehemalige,ehemaligen;były,była,byłych;бывш/ak
a;public;громадськ/a;avalik,avaliku,avalikku;öffentlich,öffentliche,öffentlichen;publiczny,publiczna;общественн/a
a;eastern;східн/a;idapoolne,idapoolse,idapoolset;östlich,östliche,östlichen;wschodni,wschodnia;восточн/a
a;difficult;складн/a;raske,raske,rasket;schwierig,schwierige,schwierigen;trudny,trudna;трудн/a
a;young;молод/a;noor,noore,noort;jung,junge,jungen;młody,młoda,młodych;-
v;say,says,said,saying;заявив,заявила,заявили,заявляє,заявляють;ütles,ütleb,ütlesid,öelnud,öelda;sagte,sagt,sagten,gesagt;powiedział,powiedziała,powiedzieli,mówi;заявил,заявила,заявили,заявляет
v;meet,meets,met,meeting;зустрівся,зустрілася,зустрілися,зустрінеться,зустрітися;kohtus,kohtub,kohtusid,kohtunud,kohtuda;traf,trifft,trafen,getroffen;spotkał,spotkała,spotkali;встретился,встретилась,встретились
v;discuss,discusses,discussed,discussing;обговорили,обговорив,обговорює,обговорювати;arutas,arutasid,arutab,arutanud,arutada;besprach,besprechen,besprochen;omówili,omawiali;обсудили,обсуждает
v;announce,announces,announced,announcing;оголосив,оголосила,оголосили,оголошує;teatas,teatab,teatasid,teatanud;kündigte,kündigten,angekündigt;ogłosił,ogłosiła,ogłosili;объявил,объявила,объявили
v;sign,signs,signed,signing;підписав,підписала,підписали,підписує,підписати;allkirjastas,allkirjastasid,allkirjastanud,allkirjastada;unterzeichnete,unterzeichnet;podpisał,podpisali;подписал,подписали
v;support,supports,supported,supporting;підтримав,підтримала,підтримали,підтримує,підтримують;toetas,toetab,toetasid,toetanud,toetada;unterstützte,unterstützt,unterstützen;poparł,poparli,wspiera;поддержал,поддержали,поддерживает
v;increase,increases,increased,increasing;збільшив,збільшила,збільшили,зросли,зростає;suurendas,suurendasid,kasvas,kasvab;erhöhte,erhöht,stieg;zwiększył,wzrosła;увеличил,выросли
v;attack,attacks,attacked,attacking;атакували,атакував,обстріляли,обстрілюють;ründas,ründasid,rünnati;griff,griffen,angegriffen;zaatakowali,zaatakował;атаковали,обстреляли
v;open,opens,opened,opening;відкрив,відкрила,відкрили,відкриває,відкриють;avas,avab,avasid,avanud,avati;eröffnete,eröffnet,öffnete;otworzył,otworzyła,otwarto;открыл,открыла,открыли
v;build,builds,built,building;будують,збудували,побудує,будівництво;ehitab,ehitasid,ehitatakse,ehitanud;baut,bauten,gebaut;buduje,zbudowali;строят,построили
v;receive,receives,received,receiving;отримав,отримала,отримали,отримує,отримають;sai,saab,said,saanud,saada;erhielt,erhält,erhielten;otrzymał,otrzymali;получил,получили,получает
v;send,sends,sent,sending;надіслав,надіслали,передав,передали,передасть;saatis,saatsid,saadab,saatnud;schickte,geschickt,sandte;wysłał,wysłali;отправил,отправили,передали
v;help,helps,helped,helping;допомагає,допомогли,допоможе,допомагати;aitab,aitas,aitasid,aidanud,aidata;half,hilft,geholfen;pomaga,pomogli;помогает,помогли
v;continue,continues,continued,continuing;продовжує,продовжують,продовжили,триває,тривають;jätkab,jätkas,jätkasid,jätkub;setzt,fortgesetzt,dauert;kontynuuje,trwa;продолжает,продолжается
v;report,reports,reported,reporting;повідомив,повідомила,повідомили,повідомляє,повідомляють;teatas,teatavad,vahendas,vahendab;berichtete,berichtet,meldete;poinformował,poinformowali,podał;сообщил,сообщили,сообщает
v;visit,visits,visited,visiting;відвідав,відвідала,відвідали,відвідає;külastas,külastab,külastasid,külastanud;besuchte,besucht,besuchen;odwiedził,odwiedziła;посетил,посетила,посетили
v;vote,votes,voted,voting;проголосували,голосує,голосували;hääletas,hääletasid,hääletab;stimmte,stimmten,abgestimmt;głosowali,zagłosował;проголосовали,голосует
`;

/** Endings by inflection class; `stem/class` takes each in turn. */
const ENDINGS: Record<string, Partial<Record<SyntheticLang, readonly string[]>>> = {
  m: {
    uk: ['', 'у', 'ові', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'],
    ru: ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],
  },
  ma: { uk: ['', 'а', 'ові', 'ом', 'і', 'и', 'ів', 'ам', 'ами', 'ах'] },
  f: {
    uk: ['а', 'и', 'і', 'у', 'ою', '', 'ам', 'ами', 'ах'],
    ru: ['а', 'ы', 'е', 'у', 'ой', '', 'ам', 'ами', 'ах'],
  },
  fj: {
    uk: ['я', 'ї', 'ю', 'єю', 'й', 'ям', 'ями', 'ях'],
    ru: ['ия', 'ии', 'ию', 'ией', 'ий', 'иям', 'иями', 'иях'],
  },
  n: {
    uk: ['о', 'а', 'у', 'ом', 'і', 'ам', 'ами', 'ах'],
    ru: ['о', 'а', 'у', 'ом', 'е', 'ам', 'ами', 'ах'],
  },
  nn: { uk: ['ня', 'ню', 'ням', 'ні', 'нями', 'нях', 'ь'] },
  a: {
    uk: ['ий', 'а', 'е', 'і', 'ого', 'ому', 'им', 'ій', 'их', 'ими', 'ої', 'у', 'ою'],
    ru: ['ый', 'ая', 'ое', 'ые', 'ого', 'ому', 'ым', 'ой', 'ых', 'ыми', 'ую'],
  },
  ak: { ru: ['ий', 'ая', 'ое', 'ие', 'ого', 'ому', 'им', 'ой', 'их', 'ими', 'ую'] },
};

export function endingsOf(cls: string, lang: SyntheticLang): readonly string[] {
  return ENDINGS[cls]?.[lang] ?? [''];
}

/** Estonian cases built on the genitive stem (plural nominative, locatives, comitative…). */
const ET_CASES = ['', 's', 'st', 'sse', 'l', 'lt', 'le', 'ga', 'ks', 'na', 'ta', 'd'];

export function estonianForms(nom: string, gen: string, part: string): string[] {
  return [nom, part, ...ET_CASES.map((c) => gen + c)];
}

function englishNounForms(lemma: string): string[] {
  const plural = /(?:s|sh|ch|x|z)$/u.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/u.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  return [lemma, plural, `${lemma}’s`];
}

export type PartOfSpeech = 'n' | 'a' | 'v';

export interface Concept {
  pos: PartOfSpeech;
  /** Every form in each language; absent where the language uses an invented word. */
  forms: Partial<Record<SyntheticLang, readonly string[]>>;
}

function formsIn(lang: SyntheticLang, pos: PartOfSpeech, spec: string): string[] | undefined {
  if (spec === '-' || spec === '') return undefined;
  const slash = /^(?<stem>[^,/]+)\/(?<cls>\w+)$/u.exec(spec);
  if (slash?.groups) return endingsOf(slash.groups.cls!, lang).map((e) => slash.groups!.stem + e);
  const parts = spec.split(',');
  if (lang === 'et' && pos !== 'v' && parts.length === 3) return estonianForms(parts[0]!, parts[1]!, parts[2]!);
  if (lang === 'en' && pos === 'n' && parts.length === 1) return englishNounForms(parts[0]!);
  if (lang === 'en' && pos === 'n' && parts.length === 2) return [...parts, `${parts[0]}’s`];
  return parts;
}

function parseConcepts(table: string): Concept[] {
  return table
    .trim()
    .split('\n')
    .map((row) => {
      const [pos, ...specs] = row.split(';') as [PartOfSpeech, ...string[]];
      const forms: Partial<Record<SyntheticLang, readonly string[]>> = {};
      SYNTHETIC_LANGS.forEach((lang, i) => {
        const f = formsIn(lang, pos, specs[i] ?? '-');
        if (f) forms[lang] = f;
      });
      return { pos, forms };
    });
}

/** The real-word concepts, most frequent first: they take the top ranks of the vocabulary. */
export const CONCEPTS_TABLE: readonly Concept[] = parseConcepts(CONCEPTS);
