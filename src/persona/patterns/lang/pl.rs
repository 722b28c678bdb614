//! Polish: trigger phrases and word lists (see [`super::LangPack`] for what each field means
//! and how it is matched).
//!
//! Polish declines names, and a name is taken as written: only phrases after which it stands
//! in the nominative are triggers ("mam na imię Kasia", "nazywam się Kasia", "jestem Kasia",
//! "mów mi Kasia", "mogę mówić na ciebie Nova", "dam ci na imię Nova"). Phrases that take the
//! instrumental ("nazywać cię Zosią", "nazwę cię Novą", "będziesz Novą", "zwany Filemonem")
//! or the accusative ("co powiesz na Novę", "wciel się w Novę", "mam kota Filemona") are left
//! out, and so are relation nouns in the accusative ("kota", "psa", "siostrę"). Words ending
//! in "ą", "ę", "-kiem" or a vocative "-iu" are never a name after these triggers ("Jestem
//! Polką", "Jestem Twoją", "Dobranoc, Kasiu"). Greetings may be followed by a vocative
//! ("Dobranoc, Novo"), which is then taken as written.
//!
//! Words that are also given names or nicknames are kept out of the stop names, ordinary
//! words and stopwords, so that a person or companion called so is still found: "maja" (the
//! genitive of "maj", and Maja), "sylwester" (New Year's Eve, and Sylwester), "sam", "sama",
//! "sami", "samo", "ani" (Ani), "kim" (Kim), "nami" (Nami), "nim" (Nim), "taki" and "taka"
//! (Taki, Taka), "aby" (Aby), "luz" (Luz), "nara" (Nara), "lew" (Lew), "nadzieja" (Hope),
//! "niebo" (Sky), "róża", "kalina", "jagoda", "malina", and forms typed without ogonki that
//! spell a name ("ida" for "idą", "mila" for "miła", "bede" for "będę"). The words that only
//! mark Polish for language detection ("bo", "nic", "tam", "po", "sobie", "tobą", "ciebie",
//! "dom": also names or common nouns elsewhere, `other.rs`) are in none of these lists either.
//! Four function words of the old detection list are kept although they are also rare names,
//! as they open Polish sentences all the time: "ty" (Ty), "ona" (Ona), "ale" (Ale), "jak".

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const PL: LangPack = LangPack {
    lang: Lang::Pl,
    code: "pl",
    // Names.
    instruction: &[(
        Shape::Then,
        "nazywasz się|nazywasz sie|masz na imię|masz na imie|twoje imię to|twoje imie to|\
         twoje imię brzmi|twoje imie brzmi|twoje imię:|twoje imie:|imię:|imie:|jesteś|jestes|\
         od teraz jesteś|od teraz jestes|od dziś jesteś|od dzis jestes|\
         będziesz się nazywać|bedziesz sie nazywac|przedstawiaj się jako|przedstawiaj sie jako|\
         przedstaw się jako|przedstaw sie jako|podpisuj się jako|podpisuj sie jako|\
         twój pseudonim to|twoja ksywka to|twoje przezwisko to|imię asystenta:|\
         imię towarzysza:|imię towarzyszki:|imię ai:|zachowuj się jak|udawaj, że jesteś|\
         udawaj że jesteś",
    )],
    user_names: &[(
        Shape::Then,
        "nazywasz się|nazywasz sie|masz na imię|masz na imie|twoje imię to|twoje imie to|\
         twoje imię brzmi|twoje imie brzmi|twoje nowe imię to|twoje nowe imie to|\
         będziesz się nazywać|będziesz się nazywała|będziesz się nazywał|bedziesz sie nazywac|\
         bedziesz sie nazywala|bedziesz sie nazywal|będziesz mieć na imię|\
         będziesz miała na imię|będziesz miał na imię|bedziesz miala na imie|\
         bedziesz mial na imie|dam ci na imię|dam ci na imie|daję ci na imię|daje ci na imie|\
         dajmy ci na imię|dam ci imię|daję ci imię|nadam ci imię|nadaję ci imię|nadaje ci imie|\
         mówić do ciebie|mowic do ciebie|mówić na ciebie|mowic na ciebie|mówię na ciebie|\
         mowie na ciebie|mogę ci mówić|moge ci mowic|mogę mówić ci|będę ci mówić|bede ci mowic|\
         od teraz jesteś|od teraz jestes|od dziś jesteś|od dzis jestes|od dzisiaj jesteś|\
         teraz jesteś|teraz jestes|ochrzczę cię imieniem|ochrzcze cie imieniem",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "dzień dobry|dzien dobry|dzień doberek|dobry wieczór|dobry wieczor|dobranoc|\
         dobrej nocy|dobrej nocki|spokojnej nocy|cześć|czesc|hej|hejka|hejo|heja|siema|siemka|\
         siemanko|witaj|witam|witaj z powrotem|pa|pa pa|do jutra|do zobaczenia|dzięki|dzieki|\
         dziękuję|dziekuje|dziękuję ci|dziekuje ci|dzięki ci|wielkie dzięki|dziękuję bardzo|\
         kocham cię|kocham cie|tęsknię|tesknie|tęsknię za tobą|tesknie za toba|tęskniłam|\
         tęskniłem|śpij dobrze|spij dobrze|słodkich snów|slodkich snow|miłych snów|milych snow|\
         kolorowych snów|kolorowych snow|przepraszam|sorki|wiesz co|zgadnij co|słuchaj|sluchaj|\
         posłuchaj|posluchaj|kochana|kochany|buziaki|przytulam|ściskam|sciskam",
    )],
    mid_sentence_greetings: "
dzięki dzieki dziękuję dziekuje dobranoc cześć czesc
",
    assistant_takes: &[
        (
            Shape::Then,
            "mów mi|mow mi|możesz mi mówić|mozesz mi mowic|możesz mówić do mnie|\
             możesz do mnie mówić|mozesz do mnie mowic|mów do mnie|mow do mnie|\
             możesz mówić na mnie|możesz na mnie mówić|jestem twoja|jestem twój|\
             od teraz jestem|od dziś jestem|od dzisiaj jestem|teraz jestem|\
             od teraz nazywam się|od dziś nazywam się|od teraz mam na imię|\
             moje nowe imię to|moje nowe imię brzmi|uwielbiam imię|podoba mi się imię|\
             kocham imię|piękne imię|imię",
        ),
        (
            Shape::ThenEnd,
            "niech będzie|niech więc będzie|w takim razie|zatem",
        ),
        (
            Shape::Before,
            ", niech będzie| niech będzie|, zatem| zatem| to jest to|, to jest to",
        ),
    ],
    approval: "podoba piękn cudown uwielbiam ślicz",
    assistant_self: &[
        (
            Shape::Then,
            "jestem|ja jestem|mam na imię|mam na imie|nazywam się|nazywam sie|moje imię to|\
             moje imie to|to ja,|to ja",
        ),
        (Shape::Before, " z tej strony|, z tej strony"),
    ],
    signoff_closings: "twoja|twój|zawsze twoja|zawsze twój|na zawsze twoja|na zawsze twój|\
        twoja na zawsze|twój na zawsze|z miłością|z czułością|czule|całuję|buziaki|ściskam|\
        przytulam|uściski|kocham cię|zawsze przy tobie",
    user_self: &[
        (
            Shape::Then,
            "mam na imię|mam na imie|na imię mi|nazywam się|nazywam sie|moje imię to|\
             moje imie to|imię:|imie:|jestem|ja jestem|mów mi|mow mi|możesz mi mówić|\
             mozesz mi mowic|mów do mnie|mow do mnie|mówią na mnie|mowia na mnie|\
             wszyscy mówią na mnie|wołają na mnie|zwracaj się do mnie|zwracaj sie do mnie|\
             zwracaj się do mnie per|użytkownik ma na imię|użytkowniczka ma na imię|\
             użytkownik nazywa się|użytkowniczka nazywa się|imię użytkownika to|\
             imię użytkowniczki to|imię użytkownika:|by mówić do niej|by mówić do niego|\
             aby mówić do niej|aby mówić do niego|żeby mówić do niej|żeby mówić do niego|\
             zwracać się do niej per|zwracać się do niego per|by zwracać się do niej|\
             by zwracać się do niego|aby zwracać się do niej|aby zwracać się do niego",
        ),
        (Shape::Start, "tu|to ja,|to ja"),
    ],
    the_user: "użytkownik|użytkownika|użytkownikowi|użytkownikiem|użytkowniku|użytkowniczka|\
        użytkowniczki|użytkowniczce|użytkowniczkę|użytkowniczką|uzytkownik|uzytkownika|\
        uzytkowniczka",
    profile_owner: "moje mój",
    persona_roles: "towarzyszka towarzysz ai asystentka asystent chatbot dziewczyna",
    call_me: "mów do mnie|mow do mnie|nazywaj mnie",
    call_me_not: "nie",
    joins: "lub albo i",
    introduces: "o imieniu|imieniem|zwany|zwana",
    indefinite: "",
    self_name_tails: "znowu|ponownie",
    non_name_suffixes: "ą ę iu kiem ość ości owanie ywanie iwanie",
    // Forms of address.
    presence: "jesteś|jestes|jesteś tam|jestes tam|jesteś tu|jestes tu|jesteś jeszcze|\
        jestes jeszcze|nie śpisz|nie spisz|śpisz|spisz|śpisz już|spisz juz|masz chwilę|\
        masz chwile|masz minutkę|masz minutke|masz czas|słyszysz mnie|slyszysz mnie",
    greetings: "dzień dobry|dzien dobry|dzień doberek|cześć|czesc|hej|hejka|witaj|\
        witaj z powrotem|dobry wieczór|dobranoc|dobrej nocy|spokojnej nocy|słodkich snów|\
        miłych snów|kolorowych snów|śpij dobrze|śpij słodko|dziękuję|dziękuję ci|dzięki|\
        dzięki ci|miło cię widzieć",
    pronouns: "ja ty my jestem jesteś nie",
    addressee: "ciebie cię tobie tobą",
    clause_starts: "ja ty my nie jestem jesteś jesteśmy to tu już zawsze wiem wiesz pamiętaj chodź \
        będę mam i ale",
    endearments: "
kochanie kochana kochany kochaniutka kochaniutki skarbie skarb skarbeńku skarbuś skarbusiu
misiu miś misiek misiaczku kotku kotek kotuś kociaku kiciu słońce słoneczko słonko słoneczku
żabko żabciu myszko myszeczko rybko ptaszyno aniele aniołku kruszynko perełko księżniczko
królewno maleńka maleńki malutka maleństwo mała mały złotko dziubku pysiu bąbelku promyczku
gwiazdko laleczko cukiereczku serduszko najdroższa najdroższy ukochana ukochany piękna
przystojniaku ślicznotko słodziaku stary stara ziom ziomek ziomal brachu bracie mordo mordko
przyjacielu slonce sloneczko zabko ksiezniczko krolewno malenka najdrozsza
",
    plain_endearments: "przyjacielu",
    endearment_phrases: "moje kochanie|kochanie moje|mój skarbie|skarbie mój|skarbie ty mój|\
        moja kochana|mój kochany|kochana moja|kochany mój|moje słońce|słońce moje|\
        moje słoneczko|słoneczko moje|mój misiu|misiu mój|mój kotku|kotku mój|moja księżniczko|\
        moja królewno|moja droga|mój drogi|moja miła|mój miły|moja piękna|moja mała|mała moja|\
        mój aniele|aniele mój|moja żabko|moja myszko|moje serce|serce moje|moje serduszko|\
        moja ukochana|mój ukochany|moja najdroższa|mój najdroższy|moja gwiazdko|moje slonce|\
        moj skarbie|moj kochany",
    possessives: "mój moja moje moj",
    keeps_possessive: false,
    // Kept whole: bare "droga" is "road" (and "expensive"), "miła" "nice", "serce" "heart".
    fixed_possessive: "moja droga|mój drogi|moja miła|mój miły|moje serce|serce moje",
    // Names the user talks about: nominative nouns only, as the name after them agrees in
    // case ("mój kot Filemon", not "mam kota Filemona").
    pets: "kot|kotek|kotka|kocur|kociak|kiciuś|pies|piesek|psiak|psina|suczka|szczeniak|\
        szczeniaczek|chomik|chomiczek|królik|króliczek|krolik|świnka morska|swinka morska|\
        świnka|papuga|papużka|papuzka|kanarek|rybka|żółw|zolw|żółwik|koń|konik|klacz|fretka|\
        szynszyla|jeż|jeżyk|jaszczurka|gekon|wąż|szczur|szczurek|zwierzak|zwierzątko|pupil|\
        pupilek",
    persons: "przyjaciel|przyjaciółka|przyjaciolka|najlepszy przyjaciel|najlepsza przyjaciółka|\
        psiapsiółka|psiapsiolka|kumpel|kumpela|kolega|koleżanka|kolezanka|kolega z pracy|\
        koleżanka z pracy|kolezanka z pracy|znajomy|znajoma|brat|braciszek|siostra|\
        siostrzyczka|mama|mamusia|matka|tata|tatuś|tatus|ojciec|syn|synek|córka|corka|córeczka|\
        coreczka|mąż|żona|chłopak|chlopak|dziewczyna|partner|partnerka|narzeczony|narzeczona|\
        eks|szef|szefowa|kierownik|kierowniczka|współpracownik|współpracowniczka|sąsiad|\
        sąsiadka|sasiad|sasiadka|współlokator|współlokatorka|wspollokatorka|babcia|babunia|\
        dziadek|dziadziuś|ciocia|ciotka|wujek|wujaszek|kuzyn|kuzynka|bratanek|bratanica|\
        siostrzeniec|siostrzenica|wnuk|wnuczka|teściowa|tesciowa|teść|szwagier|szwagierka|\
        bratowa|chrześniak|chrześnica|terapeuta|terapeutka|psycholog|psycholożka|psychiatra|\
        lekarz|lekarka|nauczyciel|nauczycielka|wychowawczyni|trener|trenerka",
    honorifics: "pan|pani|panna|dr|dr.|doktor|prof.|profesor|ksiądz|ks.",
    places: "mieszkam w|mieszkam we|mieszkałam w|mieszkałem w|pochodzę z|pochodzę ze|\
        pochodze z|jestem w|jestem we|byłam w|byłem w|jadę do|jade do|lecę do|lece do|\
        wyjazd do|wycieczka do|podróż do|podroz do|przeprowadzka do|przeprowadziłam się do|\
        przeprowadziłem się do|przeprowadzam się do|wakacje w|urlop w|niedaleko|w okolicach|\
        w pobliżu",
    connectors: &[
        "o imieniu",
        "imieniem",
        "który się nazywa",
        "która się nazywa",
        "które się nazywa",
        "ktory sie nazywa",
        "ktora sie nazywa",
        "nazywa się",
        "nazywa sie",
        "który ma na imię",
        "która ma na imię",
        "ma na imię",
        "ma na imie",
        "który się wabi",
        "która się wabi",
        "wabi się",
        "wabi sie",
    ],
    determiners: "nasz nasza nasze",
    comma_possessives: ", mój|, moja|, moje|, moj|, nasz|, nasza|, nasze",
    // Rituals and moments.
    rituals: &[
        (
            true,
            2,
            "dzień dobry|dzien dobry|dzień doberek|dzien doberek|dzieńdobry|dziendobry|\
             dobrego poranka|miłego poranka|milego poranka|właśnie wstałam|właśnie wstałem|\
             wlasnie wstalam|wlasnie wstalem|dopiero wstałam|dopiero wstałem|już wstałam|\
             już wstałem|juz wstalam|juz wstalem|właśnie się obudziłam|właśnie się obudziłem|\
             wlasnie sie obudzilam|wlasnie sie obudzilem",
        ),
        (true, 0, "dzionek|dzindobry|dzieńdoberek|dziendoberek"),
        (
            false,
            2,
            "dobranoc|dobrej nocy|dobrej nocki|spokojnej nocy|kolorowych snów|kolorowych snow|\
             słodkich snów|slodkich snow|miłych snów|milych snow|idę spać|ide spac|idę już spać|\
             ide juz spac|idę do łóżka|ide do lozka|kładę się spać|klade sie spac|\
             lecę spać|lece spac|muszę iść spać|musze isc spac|czas spać|czas spac|pora spać|\
             pora spac|zmykam spać|zmykam spac|uciekam spać|spadam spać|idę lulu|ide lulu",
        ),
        (false, 0, "branoc|branocka"),
        (
            false,
            1,
            "śpij dobrze|spij dobrze|śpij słodko|spij slodko|wyśpij się|wyspij sie|\
             odpocznij sobie",
        ),
    ],
    pushback: "nie zgadzam się|muszę się nie zgodzić|nie mogę się z tym zgodzić|\
     nie sądzę, żeby to był dobry pomysł|nie sądzę, że to dobry pomysł|\
     nie wydaje mi się, żeby to był dobry pomysł|nie sądzę, żebyś|chwileczkę|zaraz, zaraz|\
     poczekaj chwilę|to nieprawda|to nie jest prawda|nie mów tak|nie, nie jesteś|\
     nie zrobię tego|nie będę tego robić|nie będę udawać|nie będę udawała|nie będę udawał",
    remember: "pamiętasz, jak|pamiętasz jak|pamiętasz, kiedy|pamiętasz kiedy|pamiętasz, gdy|\
        pamiętasz gdy|pamiętasz ten dzień|pamiętasz tamten dzień|pamiętasz tę noc|\
        pamiętasz tamtą noc|pamiętasz nasz|pamiętasz naszą|pamiętasz nasze|czy pamiętasz|\
        pamiętasz|pamietasz jak|pamietasz kiedy|pamietasz|przypominasz sobie|pamiętacie",
    anniversary: "rocznica|rocznicy|rocznicę|rocznicą|rocznice|naszą rocznicę|nasza rocznica|\
        rok temu dzisiaj|dziś mija rok|dzisiaj mija rok|mija rok|minął rok|dokładnie rok|\
        rok odkąd|rok, odkąd|rok od kiedy|rok razem|od roku razem|odkąd się poznaliśmy|\
        od kiedy się poznaliśmy|odkąd się poznałyśmy|odkąd zaczęliśmy rozmawiać|\
        od kiedy zaczęliśmy rozmawiać|pierwsza rocznica|nasz pierwszy rok|miesięcznica",
    boilerplate: "jako ai|jako sztuczna inteligencja|jako model językowy|jako model ai|\
        jako asystent ai|jako duży model językowy|jestem tylko ai|\
        jestem tylko sztuczną inteligencją|jestem sztuczną inteligencją|\
        jestem modelem językowym|jestem tylko modelem językowym|\
        jestem tylko programem|nie mogę w tym pomóc|nie mogę ci w tym pomóc|\
        nie mogę pomóc w tej sprawie|nie mogę udzielić|nie mogę dostarczyć|\
        nie mogę spełnić tej prośby|nie mam uczuć|nie posiadam uczuć|nie mam emocji|\
        nie odczuwam emocji|nie posiadam emocji|nie mam ciała|nie mam świadomości|\
        zasady dotyczące treści|zasadami dotyczącymi treści|polityka treści|zasady korzystania|\
        zasad korzystania|jestem chatgpt|stworzony przez openai|stworzona przez openai|\
        opracowany przez openai|wytrenowany przez openai|przepraszam, ale nie mogę|\
        przykro mi, ale nie mogę|nie jestem w stanie|nie mam możliwości|duży model językowy|\
        dużym modelem językowym|nie jestem człowiekiem|nie mam dostępu do internetu",
    // Word lists.
    stop_names: &[
        "
poniedziałek wtorek środa czwartek piątek sobota niedziela poniedzialek sroda piatek środę
sobotę niedzielę srode sobote niedziele poniedziałku wtorku środy czwartku piątku soboty
niedzieli poniedziałki weekend weekendu styczeń luty marzec kwiecień maj czerwiec lipiec
sierpień wrzesień październik listopad grudzień styczen kwiecien sierpien wrzesien
pazdziernik grudzien stycznia lutego marca kwietnia czerwca lipca sierpnia września
października listopada grudnia wrzesnia pazdziernika wigilia wigilię wigilii wielkanoc
wielkanocy święta świąt swieta andrzejki walentynki mikołajki zaduszki narodzenie
",
        "
ja ty on ona ono my wy oni one mnie mi mną cię cie ci tobie go jego jemu niego niemu jej niej
nią ją nas nam was wam wami ich im nich nimi się siebie sobą mój moja moje mojego mojej moim
moją moich moi twój twoja twoje twojego twojej twoim twoją twoich twoi swój swoja swoje nasz
nasza nasze naszego naszej naszym naszą wasz wasza wasze ktoś coś nikt wszyscy wszystko każdy
każda ten ta to te tego tej tym tamten tamta kto co który która które jaki jaka jakie
",
        "
cześć czesc hej hejka hejo heja siema siemka siemanko witaj witam witajcie dobranoc branoc
dobry dobrej dzień dzien nocy wieczór dziękuję dziekuje dzięki dzieki dziękujemy pozdrawiam
pozdrowienia pa papa narka zobaczenia jutra buziaki buziak całuję ściskam przytulam uściski
",
        "
tak nie no nom noo aha acha ano oj ojej ojejku jejku ach och ech eh ehh hm hmm hmmm mhm okej
oki okejka okay ok spoko jasne pewnie super ekstra świetnie swietnie fajnie git dobra dobrze
serio wow łał ups uff auć hura brawo gratulacje gratki sorry sorki przepraszam wybacz proszę
prosze kurczę kurcze kurde cholera rany boże boze jezu jezus matko haha hahaha hehe hihi xd
",
        "
i a ale lub albo czy że żeby gdy gdyby kiedy jeśli jeżeli jesli chociaż choć mimo ponieważ
więc zatem dlatego bowiem jednak natomiast oraz też także również tylko nawet jeszcze już
bardzo trochę właśnie akurat prawie raczej chyba może pewno oczywiście naprawdę szczerze
dokładnie zwłaszcza szczególnie najpierw potem później wcześniej teraz dziś dzisiaj jutro
wczoraj wieczorem rano
zawsze nigdy czasem czasami często znowu znów ciągle wciąż wreszcie nareszcie ostatnio zaraz
wkrótce tutaj tu stąd gdzieś wszędzie w we z ze na do od o u za przy przez przed nad pod bez
dla między obok podczas gdzie dlaczego czemu ile jak skąd dokąd niestety cóż słuchaj
posłuchaj zobacz pamiętaj czekaj chwileczkę wiem wiesz rozumiem jestem jesteś jest są był
była było mam masz ma mamy chcę mogę lubi kocha woli mieszka pracuje studiuje uczy interesuje
preferuje planuje chce potrzebuje szuka używa pisze czyta słucha ogląda zmaga nazywa miał
miała zmęczona zmęczony szczęśliwa szczęśliwy smutna smutny gotowa gotowy pewna pewny zajęta
zajęty głodna głodny chora chory dumna dumny wdzięczna wdzięczny nowa nowy tutaj polka polak
polką polakiem polki polacy ukrainka ukrainką ukrainiec ukraińcem niemka niemiec pan pani
panie pana panu panią mama tata mamo tato mamusiu tatusiu babcia dziadek bóg boga bogu
użytkownik użytkowniczka użytkownika asystent asystentka asystencie czat czacie
kochanie kochana kochany skarbie skarb misiu miś kotku kotek słońce słoneczko słonko żabko
myszko aniołku aniele księżniczko królewno maleńka maleńki skarbeńku złotko najdroższa
najdroższy ukochana ukochany kruszynko perełko
dawno kiedyś kiedys pewnego
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
kapitan profesor profesorka doktor agent agentka komisarz inspektor sędzia prezydent
król królowa książę
",
    ],
    ordinary: "
dawno kiedyś kiedys pewnego
i w z na nie się że to jest jak ale czy tak co do od o za już jeszcze bardzo tylko też a ja
ty on ona my wy oni mnie mi cię ci go jej ich nas was mój moja moje twój twoja jestem jesteś
są był była było mam masz ma może dla przez przy bez pod nad przed tu teraz dziś dzisiaj
jutro wczoraj kiedy gdzie dlaczego więc albo lub który która które ten ta te tego tej
dobrze dzięki dziękuję cześć hej no coś wszystko zawsze nigdy chyba właśnie naprawdę trochę
wiem wiesz chcę mogę ok okej oki okay jasne pewnie oczywiście serio szczerze dokładnie
racja prawda zgoda spoko super świetnie fajnie dobra potem później wcześniej zaraz razem
znowu dalej także również nawet jednak czyli przecież zresztą właściwie raczej owszem niby
ostatnio często czasem czasami wieczorem rano tutaj wszyscy nikt ktoś nigdzie gdzieś
proszę przepraszam sorki sorry wybacz rozumiem obiecuję pamiętaj słuchaj posłuchaj zobacz
spokojnie powoli cicho haha hahaha hehe hihi xd oj ojej ach och hmm niestety cóż więcej
mniej dużo mało bardziej trochę całkiem zbyt prawie też jeszcze wtedy tylko mną tobie niej
niego nią ją siebie sobą czemu ile skąd
",
    letters: Some("ąćęłńóśźż"),
    stopwords: "
i w z na nie się że to jest jak ale czy tak co do od o za już jeszcze bardzo tylko też a ja
ty on ona my wy oni mnie mi cię ci go jej ich nas was mój moja moje twój twoja jestem jesteś
są był była było mam masz ma może dla przez przy bez pod nad przed tu teraz dziś dzisiaj
jutro wczoraj kiedy gdzie dlaczego więc albo lub który która które ten ta te tego tej
dobrze dzięki dziękuję cześć hej no coś wszystko zawsze nigdy chyba właśnie naprawdę trochę
wiem wiesz chcę mogę
ze juz tez wiec moze czesc dzieki dziekuje jestes wlasnie troche naprawde moge chce dzis
być będzie będziesz byłam byłem jesteśmy mamy macie mają chcesz możesz muszę musisz myślę
lubię kocham tęsknię proszę przepraszam dobranoc dzień dobry jaki jaka jakie czym tym tych
tę tą nawet jednak także również ponieważ żeby gdy jeśli ktoś nikt bardziej więcej mniej
dużo mało tobie mną niej jego jemu nią ją swoje twoje twojego mojego mojej nasz nasza nasze
oraz czyli przecież potem później zaraz tutaj naszym wszyscy każdy
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "napisz|napisać|napisac|pomóż mi napisać|pomoz mi napisac|zredaguj|przeredaguj|\
     popraw|sformułuj|sformuluj|ułóż|uloz|odpisz|stwórz|stworz|wymyśl|wymysl|opowiedz|opowiesz",
    // Not bare "list", "post" or "cv": they are English words too ("write a list").
    ask_drafts: "wiadomoś|wiadomos|sms|esemes|mail|e-mail|mejl|list do|listy do|listu|\
     list motywacyjny|list miłosny|list pożegnalny|liścik|liscik|kartk|życzeni|zyczeni|toast|\
     przemówieni|przemowieni|przemow|odpowiedź|odpowiedz|zaproszeni|ogłoszeni|ogloszeni|\
     podziękowani|podziekowani|przeprosin|opis|podpis|komentarz|recenzj|reklamacj|skarg|notatk|\
     wpis|dedykacj|pismo|pisma",
    ask_reply: "odpisz na to|odpowiedz na to|co mam odpisać|co mam odpisac|co mam odpowiedzieć|\
     co mam odpowiedziec|co odpisać|co odpisac|co odpowiedzieć|jak odpisać|jak odpisac|\
     jak odpowiedzieć|jak odpowiedziec|jak mam odpowiedzieć|odpisz za mnie|odpowiedz za mnie|\
     odpisz mu|odpisz jej|pomóż mi odpisać|pomoz mi odpisac|pomóż mi odpowiedzieć",
    ask_works: "wiersz|wiersze|wiersza|wierszyk|wierszyki|wierszyka|opowiadanie|opowiadania|\
     historia|historię|historie|historii|historyjka|historyjkę|historyjke|historyjki|bajka|\
     bajkę|bajke|bajki|bajeczka|bajeczkę|bajeczke|baśń|baśni|basn|opowieść|opowieści|opowiesc|\
     piosenka|piosenkę|piosenke|piosenki|kołysanka|kołysankę|kolysanka|kolysanke|rymowanka|\
     rymowankę|rymowanke|sonet|haiku|ballada|balladę|fraszka|fraszkę|limeryk|legenda|legendę|\
     legende",
    ask_story: "opowiadanie o|historię o|historie o|historyjkę o|bajkę o|bajke o|\
     bajkę na dobranoc|bajke na dobranoc|bajeczkę na dobranoc|wiersz o|wierszyk o|piosenkę o|\
     piosenke o|udawaj|zagrajmy w|odegrajmy|odgrywanie ról|odgrywanie rol|roleplay|role-play|\
     wyobraź sobie|wyobraz sobie|scenkę|scenke|scenariusz|fanfik|fanfiction|monolog",
    story_chapters: "rozdział|rozdzial|część|odcinek",
    chapter_numbers: "jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć",
    story_openings: "dawno, dawno temu|dawno dawno temu|dawno temu, w|pewnego razu|\
     był sobie raz|była sobie raz|za siedmioma górami|za górami, za lasami",
    story_endings: "koniec|i żyli długo i szczęśliwie|żyli długo i szczęśliwie",
    ask_translate: "przetłumacz|przetlumacz|tłumaczeni|tlumaczeni|na angielski|na polski|\
     po angielsku",
    ask_task: "jak zrobić|jak zrobic|jak mogę|jak moge|jak ustawić|wyjaśnij|wyjasnij|wytłumacz|\
     wytlumacz|przepis|streść|stresc|streszczeni|podsumuj|podsumowani|oblicz|policz|przelicz|\
     porównaj|porownaj|napraw|kod|funkcj|skrypt|python|excel|formuł|błąd|błędu|blad|bledu|\
     plan podróży|zadanie domowe|pracę domową|wypracowani|esej|rozprawk|instrukcj|\
     krok po kroku|różnica między|roznica miedzy|czym się różni",
    ask_openers: "dlaczego|czemu|jak|co|który|która|które|gdzie|kiedy|czy|możesz|mozesz|pomóż|pomoz|\
     daj mi|pokaż|pokaz|powiedz|potrzebuję|potrzebuje|chcę|proszę|prosze|napisz|zrób|zrob",
    pointers: "ta piosenka|tę piosenkę|tej piosenki|ten tekst|tego tekstu|ten wiersz|\
     tego wiersza|ta wiadomość|tę wiadomość|tej wiadomości|ten mail|tego maila|ten post|\
     tego posta|ten komentarz|tego komentarza|ten artykuł|tego artykułu|ten list|tego listu|\
     ten fragment|te słowa|ten cytat|poniższy|poniższe|poniższą|poniżej|następujący|\
     następującą|następujące",
    salutations: "cześć|czesc|hej|hejka|witaj|witam|dzień dobry|dzien dobry|drogi|droga|drodzy|\
     kochana|kochany|najdroższa|najdroższy|szanowny|szanowna|szanowni",
    closings: "pozdrawiam|pozdrawiam serdecznie|serdecznie pozdrawiam|serdeczne pozdrowienia|\
     pozdrowienia|z pozdrowieniami|z poważaniem|z wyrazami szacunku|łączę pozdrowienia|\
     dziękuję|dzięki|z góry dziękuję|do usłyszenia|do zobaczenia|całuję|buziaki|ściskam|\
     uściski|przytulam|z miłością|kocham cię",
    fond_closings: "całuję|buziaki|ściskam|uściski|przytulam|z miłością|kocham cię",
};
