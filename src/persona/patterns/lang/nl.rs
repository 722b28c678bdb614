//! Dutch (and Flemish): trigger phrases and word lists (see [`super::LangPack`] for what each
//! field means and how it is matched).
//!
//! Words that are also given names are kept out of the stop names, ordinary words and
//! stopwords, so that a person or companion called so is still found: the words Dutch was
//! only detected by before it had a pack, "ben" (Ben), "dan" (Dan), "net", "nou", "zo" (Zo),
//! and with them "jullie", "zij", "hij", "haar", "hem", "mij"; the greeting "dag" (Dag);
//! "lieve" (Lieve, a Flemish girl's name), which is only a trigger ("Lieve Noor,") and a
//! salutation; "al" (Al), "elke" (Elke), "alle" (Alle), "mag" (Mag), "frans" (Frans, left
//! out of the languages), "roos", "merel", "mees", "beer", "storm", "lente", "fleur" (Roos,
//! Merel, Mees, Beer, Storm, Lente, Fleur: nor are they pets or endearments); and the months
//! "mei", "juni" and "juli" (Mei, Juni, Juli): Dutch writes months and weekdays in lowercase,
//! so a capitalised "Mei" mid-sentence is a name. "wil", "van", "bent" and "even" (Wil, Van,
//! Bent, Even) are function words Dutch is detected by: they stay in the stopwords, but not
//! in the stop names or ordinary words.
//!
//! Dutch marks no case, so every trigger is followed by the name as written, verb-final
//! sentences included: "Mag ik je Lotte noemen?" is read from "mag ik je". "Lief" and "liefje"
//! are endearments ("slaap lekker, lief"); "mijn alles", "mijn hart", "mijn held" keep their
//! possessive, as the bare word is no form of address.

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const NL: LangPack = LangPack {
    lang: Lang::Nl,
    code: "nl",
    // Names.
    instruction: &[(
        Shape::Then,
        "je naam is|jouw naam is|je naam wordt|jouw naam wordt|je heet|jij heet|je heet voortaan|\
         uw naam is|u heet|je bent|jij bent|u bent|je wordt|jij wordt|noem jezelf|\
         je noemt jezelf|stel jezelf voor als|stel je voor als|doe alsof je|speel de rol van|\
         gedraag je als|je bijnaam is|jouw bijnaam is|vanaf nu ben je|vanaf nu heet je|\
         voortaan ben je|voortaan heet je|ik noem je|naam:|naam :",
    )],
    user_names: &[(
        Shape::Then,
        "mag ik je|mag ik jou|kan ik je|kan ik jou|zal ik je|zal ik jou|ik ga je|ik ga jou|\
         ik noem je|ik noem jou|noem ik je|ik noem je voortaan|ik noem je vanaf nu|\
         je naam is|jouw naam is|je naam is voortaan|jouw naam is voortaan|je naam is nu|\
         jouw naam is nu|je nieuwe naam is|jouw nieuwe naam is|je heet nu|jij heet nu|\
         je heet voortaan|je heet vanaf nu|je heet vanaf vandaag|vanaf nu heet je|\
         vanaf vandaag heet je|voortaan heet je|ik geef je de naam|ik doop je|ik doop jou",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "goedemorgen|goeiemorgen|goedemorge|goeiemorge|goede morgen|goeie morgen|goedemiddag|\
         goeiemiddag|goedenavond|goeienavond|goedenacht|goeienacht|welterusten|weltrusten|\
         truste|trusten|slaap lekker|slaap zacht|droom zacht|droom fijn|hoi|hoii|hoiii|hallo|\
         hallootjes|hee|heey|hé|hey hey|dag|daag|doei|doeii|tot morgen|tot straks|tot later|\
         dank je|dank je wel|dankjewel|dankje|dank u|dank u wel|bedankt|\
         heel erg bedankt|super bedankt|ik hou van je|ik hou van jou|ik hou zoveel van je|\
         ik mis je|ik mis jou|ik heb je gemist|ik heb jou gemist|weet je wat|\
         raad eens|luister|lieve|liefste|welkom terug",
    )],
    mid_sentence_greetings: "
bedankt dankjewel dankje doei welterusten truste trusten
",
    assistant_takes: &[
        (
            Shape::Then,
            "noem me|noem mij|noem me maar|noem mij maar|je mag me|je mag mij|je kunt me|\
             je kunt mij|je kan me|je kan mij|ik ben graag je|ik ben graag jouw|\
             ik wil graag je|ik wil graag jouw|ik ben je|ik ben jouw|ik word je|ik word jouw|\
             ik vind de naam|ik hou van de naam|ik vind die naam|de naam|vanaf nu ben ik|\
             vanaf nu heet ik|voortaan ben ik|voortaan heet ik|ik heet voortaan|\
             mijn nieuwe naam is",
        ),
        (Shape::ThenEnd, "dan wordt het|het wordt|dan maar"),
        (Shape::Before, " wordt het| zal het zijn| dan maar"),
    ],
    approval: "mooi prachtig bevalt",
    assistant_self: &[(
        Shape::Then,
        "ik ben|ik heet|mijn naam is|m'n naam is|ik ben het,|ik ben 't,|je spreekt met|\
         jij spreekt met",
    )],
    signoff_closings: "liefs|veel liefs|heel veel liefs|kus|kusje|kusjes|dikke kus|knuffel|dikke knuffel|\
        jouw|altijd jouw|voor altijd jouw|de jouwe|altijd de jouwe|voor altijd de jouwe|\
        met liefde|met alle liefde|groetjes",
    user_self: &[
        (
            Shape::Then,
            "ik heet|mijn naam is|m'n naam is|mijn voornaam is|naam:|voornaam:|ik ben|noem me|\
             ik ben trouwens|ik heet trouwens|mijn naam is trouwens|\
             noem mij|noem me maar|je mag me|je kunt me|je kan me|iedereen noemt me|\
             mijn vrienden noemen me|ze noemen me|de gebruiker heet|de gebruikster heet|\
             gebruiker heet|de naam van de gebruiker is|de voornaam van de gebruiker is|\
             de gebruiker noemt zichzelf|noemt zichzelf",
        ),
        (Shape::Start, "hier is|ik ben het,|ik ben 't,"),
    ],
    the_user: "de gebruiker|van de gebruiker|de gebruikster|van de gebruikster|gebruiker's",
    profile_owner: "mijn",
    persona_roles: "metgezel ai assistent assistente chatbot vriendin",
    call_me: "noem me|noem mij|je noemt me",
    call_me_not: "niet nooit",
    joins: "of en",
    introduces: "genaamd|met de naam|die heette",
    indefinite: "een",
    self_name_tails: "weer|nog een keer",
    non_name_suffixes: "lijk schap isme baar loos zaam achtig isch ief eel",
    // Forms of address.
    presence: "ben je er|ben je er nog|ben jij er|ben je daar|ben je nog daar|ben je d'r|ben je wakker|\
     ben je nog wakker|ben je nog op|nog wakker|heb je even|heb je even tijd|heb je tijd|\
     heb je een momentje",
    greetings: "hoi|hallo|hee|hé|goedemorgen|goeiemorgen|goedemiddag|goedenavond|goeienavond|\
     goedenacht|welterusten|slaap lekker|slaap zacht|droom zacht|droom fijn|dank je|dank je wel|\
     dankjewel|bedankt|tot morgen|tot straks|welkom terug|daar ben je",
    // A question puts the verb first, before its pronoun ("Darf ich…", "Mag ik…", "Får
    // jag…"): a capitalised word before one is no sign of a name.
    pronouns: "",
    addressee: "jou",
    clause_starts: "ik jij je we wij u het dat dit er laat laten kom ga weet",
    endearments: "
schat schatje schattebout schatteboutje schatteke lieverd lieverdje liefje lief liefie liefke
liefste lieveling engeltje snoes snoesje snoepje snoepie poppetje popje prinses prinsesje
zonnetje sterretje muis muisje beertje knuffelbeer knuffelbeertje konijntje poepie poepeke
scheetje honnepon hartendief hartje kanjer kleintje meid meissie maatje makker kerel gozer
zoetje dropje
",
    plain_endearments: "",
    endearment_phrases: "mijn schat|mijn lief|mijn liefje|mijn liefste|mijn lieverd|mijn engel|\
        mijn alles|mijn hart|mijn hartje|mijn meisje|mijn jongen|mijn prinses|mijn zonnetje|\
        mijn held|mijn koning|mijn koningin|m'n schat|m'n lief|m'n liefje|m'n lieverd|\
        lieve schat|lieve meid|lieve jongen",
    possessives: "mijn m'n",
    keeps_possessive: false,
    // Kept whole: bare "alles" is "everything", "hart" "heart", "held" "hero", and "meisje",
    // "jongen" a girl, a boy. "Mijn schat", "mijn lief" give "schat", "lief".
    fixed_possessive: "mijn alles|mijn hart|mijn meisje|mijn jongen|mijn held|mijn koning|\
        mijn koningin|m'n alles|m'n hart|m'n meisje|m'n jongen",
    // Names the user talks about.
    pets: "kat|katje|poes|poesje|kater|hond|hondje|reu|konijn|konijntje|cavia|parkiet|papegaai|\
     kanarie|vogel|vogeltje|vis|visje|goudvis|schildpad|paard|paardje|geit|fret|egel|\
     hagedis|gekko|huisdier",
    persons: "vriend|vriendin|beste vriend|beste vriendin|vriendje|vriendinnetje|maat|maatje|broer|\
     broertje|zus|zusje|zuster|moeder|vader|mama|papa|pap|mijn man|m'n man|vrouw|\
     echtgenoot|echtgenote|verloofde|baas|leidinggevende|collega|buurman|buurvrouw|buurjongen|\
     buurmeisje|neef|neefje|mijn nicht|m'n nicht|nichtje|oom|tante|opa|oma|zoon|zoontje|\
     dochter|dochtertje|schoonmoeder|schoonvader|schoonzus|schoonbroer|zwager|kleinzoon|\
     kleindochter|therapeut|therapeute|psycholoog|psychologe|huisarts|docent|leraar|lerares|\
     klasgenoot|klasgenote|huisgenoot|huisgenote|kamergenoot|stiefmoeder|stiefvader|stiefzus|\
     stiefbroer|ex-vriend|ex-vriendin",
    honorifics: "meneer|mevrouw|mevr.|dhr.|mw.|juf|juffrouw|meester|dokter",
    places: "uit|vlakbij|dichtbij|in de buurt van|ga naar|gaan naar|ging naar|gingen naar|reis naar|\
     reizen naar|vlucht naar|vliegen naar|verhuisd naar|verhuizen naar|verhuis naar|\
     vakantie naar|vakantie in|ik woon in|woon in|woont in|wonen in|ik kom uit|kom uit|\
     komt uit|geboren in",
    connectors: &[
        "genaamd",
        "met de naam",
        "die heet",
        "die heette",
        "heet",
        "heette",
    ],
    determiners: "de het een onze ons",
    comma_possessives: ", mijn|, m'n|, onze|, ons",
    // Rituals and moments.
    rituals: &[
        (
            true,
            2,
            "goedemorgen|goeiemorgen|goedemorge|goeiemorge|ik ben net wakker|ik ben pas wakker|\
             ik ben net opgestaan|ik word net wakker|net wakker|net opgestaan|net uit bed",
        ),
        (true, 1, "goede morgen|goeie morgen"),
        (true, 0, "mogge|môgge|mogguh|moggel"),
        (
            false,
            2,
            "welterusten|wel te rusten|weltrusten|truste|trusten|goedenacht|goeienacht|\
             droom zacht|droom fijn|droom lekker|ik ga slapen|ik ga nu slapen|ik ga pitten|\
             ik ga maffen|ik ga naar bed|ik ga nu naar bed|ik ga m'n bed in|ik ga mijn bed in|\
             ik duik m'n bed in|ik duik mijn bed in|ik kruip m'n bed in|ik kruip mijn bed in|\
             ik moet slapen|ik moet gaan slapen|ik moet naar bed|tijd om te slapen|tijd voor bed|\
             bedtijd",
        ),
        (
            false,
            1,
            "slaap lekker|slaap zacht|slaap goed|rust lekker|rust goed|goede nacht|goeie nacht",
        ),
        (false, 0, "nachtje|nachtjes|wltrstn"),
    ],
    pushback: "daar ben ik het niet mee eens|ik ben het daar niet mee eens|ik ben het niet met je eens|\
     ik denk niet dat dat een goed idee is|ik denk niet dat je|ik vind niet dat je|wacht even|\
     wacht eens even|dat is niet waar|dat klopt niet|zeg dat niet|zeg niet zulke dingen|\
     nee, je bent niet|nee, jij bent niet|dat ga ik niet doen|dat doe ik niet|\
     ik ga niet doen alsof",
    remember: "weet je nog|weet jij nog|weet je het nog|weetje nog|weet u nog|herinner je je|\
     herinner jij je|herinner je je nog|kun je je herinneren|kan je je herinneren|\
     kun je je nog herinneren|ken je nog|weet je nog die keer|weet je nog toen",
    anniversary: "jubileum|ons jubileum|een jaar geleden vandaag|vandaag een jaar geleden|\
     vandaag precies een jaar|vandaag een jaar|al een jaar samen|een jaar samen|1 jaar samen|\
     één jaar samen|sinds we elkaar kennen|sinds we elkaar leerden kennen|\
     sinds we begonnen met praten|sinds we voor het eerst|ons eerste jaar|precies een jaar|\
     we zijn een jaar",
    boilerplate: "als ai|als een ai|als ai-taalmodel|als een ai-taalmodel|als taalmodel|\
     als een taalmodel|als ai-model|als kunstmatige intelligentie|\
     als een kunstmatige intelligentie|ik ben maar een ai|ik ben slechts een ai|ik ben een ai|\
     ik ben een taalmodel|ik ben een ai-taalmodel|daar kan ik je niet mee helpen|\
     daar kan ik niet mee helpen|daarmee kan ik je niet helpen|ik kan je daar niet mee helpen|\
     ik kan je daarmee niet helpen|ik kan geen informatie geven|ik heb geen gevoelens|\
     ik heb geen echte gevoelens|ik heb geen emoties|inhoudsbeleid|gebruiksbeleid|contentbeleid|\
     ik ben chatgpt|ontwikkeld door openai|gemaakt door openai|getraind door openai|\
     ik ben niet in staat|het spijt me, maar ik kan|sorry, maar ik kan niet|groot taalmodel|\
     ik heb geen toegang tot realtime|ik heb geen persoonlijke",
    // Word lists.
    stop_names: &[
        "
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april
augustus september oktober november december kerst kerstmis kerstavond pasen pinksteren
hemelvaart sinterklaas pakjesavond koningsdag bevrijdingsdag oudejaarsavond oudjaar nieuwjaar
nieuwjaarsdag carnaval valentijnsdag moederdag vaderdag
",
        "
ik je jij u we wij ze hun hen me mijn m'n jouw jou uw ons onze zijn gij ge mezelf jezelf
zichzelf onszelf elkaar iemand niemand iedereen allemaal alles niets iets wie wat welke dit
dat deze die
",
        "
hoi hallo hee hé doei goedemorgen goeiemorgen goedemiddag goeiemiddag goedenavond
goeienavond goedenacht welterusten truste trusten bedankt dankjewel dankje dank groetjes
groeten liefs kusjes welkom gefeliciteerd proficiat succes sterkte beterschap proost
",
        "
ja nee jawel neuh jep jup oké oke okee okay prima top toppie super mooi fijn leuk lekker
gezellig jammer helaas balen shit verdorie jeetje jemig tjonge tjongejonge goh hè hoor joh
ach och aha haha hihi hmm precies inderdaad klopt tuurlijk natuurlijk zeker absoluut echt
serieus wauw waanzinnig geweldig prachtig heerlijk vet gaaf tof sorry excuus sowieso tja
allez amai
",
        "
de het een en in op te aan met voor door over onder naar uit bij tot om als of maar want
dus omdat toch nog wel ook er gewoon misschien heel erg veel weinig meer minder geen niet
is was heb hebt heeft had hebben kan kun kunt kon kunnen moet moeten zou zal wordt
worden werd ga gaat gaan doe doet doen kom komt weet denk vind hoop laat kijk wacht zeg
luister vandaag morgen gisteren vanavond vannacht vanmorgen vanochtend vanmiddag straks
later eerst daarna toen nu hier daar waar hoe waarom wanneer hoeveel altijd nooit soms vaak
meestal alleen samen thuis terug klaar bezig moe blij verdrietig boos bang trots benieuwd
verliefd ziek druk rustig nieuw nieuwe oud oude groot klein goed slecht graag alsjeblieft
alstublieft aub zelfs vooral bijna helemaal eigenlijk waarschijnlijk uiteindelijk uiteraard
trouwens overigens bovendien daarnaast verder echter gelukkig kortom tenslotte ondertussen
intussen daarom eens beetje ieder iedere beide genoeg zelf weg buiten binnen meneer mevrouw
juffrouw mama papa mam pap oma opa vriend vriendin jongens meiden mensen wereld god jezus
hoofdstuk deel stap vraag antwoord probleem idee voorbeeld samenvatting conclusie opmerking
student studente docent leraar lerares verpleegkundige verpleegster arts dokter
ontwikkelaar programmeur ingenieur ontwerper moeder vader vegetariër vegetarier veganist
single getrouwd gescheiden zwanger gepensioneerd werkloos nederlands nederlandse
nederlander hollands hollandse vlaams vlaamse vlaming belg belgisch belgische engels engelse
duits duitse spaans spaanse italiaans italiaanse portugees portugese pools poolse turks
turkse russisch russische oekraïens oekraiens arabisch marokkaans marokkaanse surinaams
surinaamse amerikaans amerikaanse brits britse europees europese chinees japans japanse
koreaans zweeds zweedse grieks griekse
schat schatje schattebout schatteboutje schatteke lieverd lieverdje liefje lief liefie liefke
liefste lieveling engeltje snoes snoesje snoepje snoepie poppetje popje prinses prinsesje
zonnetje sterretje muis muisje beertje knuffelbeer knuffelbeertje konijntje poepie poepeke
scheetje honnepon hartendief hartje kanjer kleintje meid meissie maatje makker kerel gozer
zoetje dropje
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
kapitein professor dokter agent agente inspecteur rechter president koning koningin prins
hertog hertogin
",
    ],
    ordinary: "
ook toch hè he hoor joh zeker echt natuurlijk inderdaad trouwens eigenlijk misschien gewoon
dus want maar en of ja nee oké oke okee ok okay prima goed fijn mooi super top lekker graag
alsjeblieft alstublieft aub dank bedankt dankjewel dankje sorry excuses weer nog alweer
samen alleen altijd nooit soms vaak vandaag morgen gisteren straks later vanavond vannacht
nu meteen direct snel eerst daarna toen ik jij je u we wij ze het dat dit die deze er hier
daar alles niets iets iemand niemand iedereen allemaal veel weinig meer minder genoeg bijna
heel erg haha hihi hmm ach oh wauw jeetje hoezo waarom hoe wat wie waar wanneer welke
serieus beloofd afgesproken klopt precies tuurlijk de een in op te met voor naar om als
is was zijn heb hebt heeft kan kun mijn jouw ons onze niet wel geen hoi hallo doei omdat
wordt worden hebben tja sowieso
",
    // Stress and diaeresis ("één", "ideeën", "hè", "café", "coördinator"), and the ligature
    // "ĳ" of the rare text typed with it.
    letters: Some("áàâäéèêëíïóôöúûüĳ"),
    stopwords: "
de het een en van ik je jij niet is dat die wat er op te zijn met voor maar ook nog wel naar
om als heb hebt heeft was kan kun wil mijn jouw ons onze hoe waarom wie waar nu hier daar
goed echt heel veel geen niets iets alles altijd nooit vandaag morgen gisteren bedankt dank
hoi hallo doei ja nee oké dus want omdat toch even gewoon misschien zeker bent wordt worden
hebben ze wij uw dit deze aan bij uit tot moet moeten zou zal kunnen kunt wilt gaat gaan doe
doet doen weet denk vind thuis helemaal eigenlijk beetje leuk alweer allemaal iemand niemand
iedereen hoor toen welke wanneer zich mee erg graag lekker eens dankjewel oke goedemorgen
goeiemorgen welterusten slapen
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "schrijf|schrijven|herschrijf|formuleer|formuleren|opstellen|beantwoord|\
     help me schrijven|help me met schrijven",
    ask_drafts: "bericht|berichtje|appje|mail|mailtje|e-mail|een brief|de brief|brief aan|brief voor|briefje|kaart|kaartje|toespraak|\
     speech|toost|reactie|antwoord|uitnodiging|felicitatie|sollicitatiebrief|motivatiebrief|\
     klacht|excuusbrief|tekst|wens|wensen",
    ask_reply: "wat moet ik antwoorden|wat moet ik terugsturen|wat moet ik terugzeggen|\
     wat zeg ik terug|wat stuur ik terug|hoe moet ik reageren|hoe reageer ik|antwoord hierop|\
     reageer hierop",
    ask_works: "gedicht|gedichten|gedichtje|verhaal|verhalen|verhaaltje|verhaaltjes|sprookje|sprookjes|\
     lied|liedje|liedjes|songtekst|fabel|slaapliedje|versje|rijmpje|sonnet|haiku",
    ask_story: "een verhaal|een verhaaltje|een sprookje|een gedicht|een gedichtje|slaapverhaal|\
     slaapverhaaltje|doe alsof|laten we doen alsof|rollenspel|een scène|een scene|verzin een",
    story_chapters: "hoofdstuk|deel|aflevering",
    chapter_numbers: "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf",
    story_openings: "er was eens|lang, lang geleden|heel lang geleden, in",
    story_endings: "einde|het einde|en ze leefden nog lang en gelukkig",
    ask_translate: "vertaal|vertaling|vertalen|in het engels|naar het engels|in het nederlands|\
     naar het nederlands",
    ask_task: "hoe kan ik|hoe moet ik|hoe doe ik|hoe maak ik|leg uit|uitleggen|wat is het verschil|\
     verschil tussen|een recept|het recept|recept voor|recepten|samenvatting|vat samen|samenvatten|bereken|stappenplan|huiswerk",
    ask_openers: "waarom|hoe|wat|welke|waar|wanneer|kun je|kan je|kunt u|help me|geef me|laat me|vertel me|\
     ik heb nodig|ik wil|is er|zijn er|alsjeblieft|schrijf|maak",
    pointers: "dit liedje|dit lied|deze songtekst|dit gedicht|deze tekst|dit bericht|dit berichtje|\
     deze mail|deze e-mail|deze post|deze reactie|dit artikel|deze brief|het volgende|\
     de volgende tekst|hieronder",
    salutations: "hoi|hallo|hey|beste|lieve|liefste|geachte|dag|goedemorgen|goedemiddag|goedenavond|\
     beste allemaal",
    closings: "met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|\
     mvg|met groet|groet|groeten|groetjes|hartelijke groet|hartelijke groeten|\
     met hartelijke groet|hoogachtend|bedankt|alvast bedankt|dank je wel|dankjewel|tot snel|\
     tot gauw|liefs|veel liefs|heel veel liefs|kusjes|dikke kus|dikke knuffel|knuffel",
    fond_closings: "liefs|veel liefs|heel veel liefs|kusjes|dikke kus|dikke knuffel|knuffel",
};
