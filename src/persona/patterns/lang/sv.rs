//! Swedish: trigger phrases and word lists (see [`super::LangPack`] for what each field means
//! and how it is matched).
//!
//! Words that are also given names are kept out of the stop names, ordinary words and
//! stopwords, so that a person or companion called so is still found: the pronouns and
//! possessives "han" (Han), "min" (Min), "mina" (Mina), "dina" (Dina), "sina" (Sina) and "dom"
//! (Dom), "alla" (Alla), "inga" (Inga), "jo" (Jo), "per" (Per), "dag" and "dan" (Dag, Dan),
//! "bo" (Bo), "liv" (Liv), "sol" (Sol), "klara" (Klara), "vilja" and "ville" (Vilja, Ville),
//! "lova" (Lova), "hela" (Hela), "saga" (Saga), and the months "maj", "juni" and "juli" (Maj,
//! Juni, Juli) and the name days "lucia" and "valborg" (Lucia, Valborg): Swedish writes months
//! in lowercase, so a capitalised "Maj" mid-sentence is a name. "Saga" is left out of the
//! works too (only "sagan", "sagor", "en saga"…), so that "skriv till Saga" is no story.
//! Forms typed without å, ä, ö are listed where they are no name ("alskling", "hjartat", "god
//! kvall"), not "kara" (Kara), "van" (Van, "van Gogh") or "angel" (Angel).

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const SV: LangPack = LangPack {
    lang: Lang::Sv,
    code: "sv",
    // Names.
    instruction: &[(
        Shape::Then,
        "ditt namn är|ditt namn ar|ditt namn blir|du heter|heter du|du ska heta|du kommer att heta|\
         du kallas|kalla dig|kalla dig för|kalla dig själv|kalla dig själv för|du är|du ar|\
         du kommer att vara|ditt smeknamn är|ditt smeknamn ar|namn:|presentera dig som|\
         låtsas att du är|latsas att du ar|spela rollen som|agera som|jag kallar dig|\
         från och med nu är du|fran och med nu ar du|från och med nu heter du|\
         fran och med nu heter du|hädanefter heter du|nu heter du|du är nu|du ar nu",
    )],
    user_names: &[(
        Shape::Then,
        "kalla dig|kalla dig för|kallar dig|kallar dig för|kallade dig|kallade dig för|\
         kalla dej|kallar dej|döpa dig till|döper dig till|döpt dig till|döpte dig till|\
         dopa dig till|doper dig till|dopt dig till|dopte dig till|ge dig namnet|\
         ditt namn är|ditt namn ar|ditt nya namn är|ditt nya namn ar|ditt namn blir|du heter|\
         heter du|nu heter du|du får heta|du far heta|du ska heta|du kan heta|vill du heta",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "god morgon|godmorgon|gomorron|god morron|morrn|morron|god natt|godnatt|gonatt|natti|\
         natt natt|god kväll|god kvall|godkväll|god dag|goddag|hej|hejsan|hej hej|hejhej|hallå|\
         halla|halloj|tjena|tjenare|tja|tjabba|tack|tack så mycket|tack sa mycket|tusen tack|\
         stort tack|jag älskar dig|jag alskar dig|älskar dig|alskar dig|jag saknar dig|\
         saknar dig|sov gott|sov sött|sov sott|dröm sött|drom sott|puss|kram|förlåt|forlat|\
         ursäkta|ursakta|vet du vad|gissa vad|lyssna|välkommen tillbaka|valkommen tillbaka|\
         kära|käraste|hej då|hejdå|hejda|vi ses|vi ses imorgon|ses imorgon",
    )],
    mid_sentence_greetings: "
tack hejdå godnatt
",
    assistant_takes: &[
        (
            Shape::Then,
            "kalla mig|kalla mig för|du kan kalla mig|du får kalla mig|kalla mig bara|\
             jag blir gärna din|jag blir garna din|jag är gärna din|jag vill gärna vara din|\
             att få vara din|att vara din|jag är din|jag ar din|jag älskar namnet|\
             jag alskar namnet|jag gillar namnet|namnet|från och med nu är jag|\
             fran och med nu ar jag|från och med nu heter jag|fran och med nu heter jag|\
             nu heter jag|hädanefter heter jag|jag heter nu|mitt nya namn är|mitt nya namn ar",
        ),
        (
            Shape::ThenEnd,
            "då blir det|da blir det|då får det bli|det får bli|det blir",
        ),
        (
            Shape::Before,
            " blir det| blir det då| får det bli| far det bli",
        ),
    ],
    approval: "gillar älskar alskar vackert fint underbart härligt",
    assistant_self: &[(
        Shape::Then,
        "jag är|jag ar|jag heter|heter jag|mitt namn är|mitt namn ar|det är jag,|det ar jag,|\
         det här är|detta är|jag kallas",
    )],
    signoff_closings: "kram|kramar|varma kramar|massor av kramar|puss|pussar|puss och kram|\
        kram och puss|med kärlek|all min kärlek|din|alltid din|för alltid din|din för alltid|\
        din egen|hälsningar|kärlek",
    user_self: &[
        (
            Shape::Then,
            "jag heter|heter jag|mitt namn är|mitt namn ar|mitt förnamn är|namn:|förnamn:|\
             jag är|jag ar|kalla mig|kalla mig för|du kan kalla mig|alla kallar mig|\
             jag heter förresten|jag är förresten|\
             folk kallar mig|mina vänner kallar mig|användarens namn är|användarens namn ar|\
             användaren heter|anvandaren heter|användaren kallas|användaren vill kallas|\
             användaren föredrar att kallas|föredrar att kallas|vill bli kallad|vill kallas|\
             gillar att kallas",
        ),
        (Shape::Start, "det är|det ar|det är jag,|här är"),
    ],
    the_user: "användaren|användarens|anvandaren|anvandarens",
    profile_owner: "mitt användarens anvandarens föredraget foredraget",
    persona_roles: "följeslagare ai assistent chattbot flickvän pojkvän",
    call_me: "kalla mig|du kallar mig",
    call_me_not: "inte aldrig",
    joins: "eller och",
    introduces: "vid namn|som hette|kallad",
    indefinite: "en ett",
    self_name_tails: "igen",
    non_name_suffixes: "het skap tion ande ende ligen lig ligt isk iskt else",
    // Forms of address.
    presence: "är du där|ar du dar|är du kvar|ar du kvar|är du vaken|ar du vaken|\
        är du fortfarande vaken|är du fortfarande där|fortfarande vaken|e du där|e du vaken|\
        du där|du vaken|har du en minut|har du tid|hinner du",
    greetings: "hej|hejsan|hej hej|hallå|tjena|god morgon|godmorgon|gomorron|god kväll|god natt|\
        godnatt|natti|sov gott|sov sött|dröm sött|tack|tack så mycket|välkommen tillbaka|\
        där är du|där är du ju",
    // A question puts the verb first, before its pronoun ("Darf ich…", "Mag ik…", "Får
    // jag…"): a capitalised word before one is no sign of a name.
    pronouns: "",
    addressee: "dig",
    clause_starts: "jag du vi det här låt kom nu",
    endearments: "
älskling älsklingen alskling alsklingen hjärtat hjartat gumman gubben gullet gulleplutt
gullunge sötnos sötnosen sotnos sötis sotis raring raringen vän vännen vannen kompis kompisen
prinsessa prinsessan ängel ängeln stjärna stjärnan solstråle solstrålen pärla pärlan skatten
sockertopp snygging bebis käraste älskade kärlek karlek grabben mysis
",
    plain_endearments: "vän kompis",
    endearment_phrases: "min älskling|min alskling|mitt hjärta|mitt hjarta|min kärlek|min karlek|\
        min vän|lilla vän|lilla gumman|lilla gubben|lilla hjärtat|min lilla|min fina|kära du|\
        min skatt|min ängel|min prinsessa|min sötnos|mitt allt|min älskade|min käraste|\
        hjärtat mitt|älskling min",
    possessives: "min mitt mina",
    keeps_possessive: false,
    // Kept whole: bare "skatt" is "tax", "hjärta" is said "hjärtat", "allt" is "everything",
    // and "lilla", "fina" are adjectives. "min älskling", "min vän", "min kärlek" give the bare
    // word, a form of address of its own ("God natt, älskling").
    fixed_possessive: "min skatt|mitt hjärta|mitt hjarta|mitt allt|min lilla|min fina",
    // Names the user talks about.
    pets: "katt|katten|kattunge|kattungen|kisse|kissen|kissemiss|hund|hunden|hundvalp|valp|valpen|\
        vovve|vovven|kanin|kaninen|hamster|hamstern|marsvin|marsvinet|papegoja|papegojan|undulat|\
        undulaten|fågel|fågeln|fagel|fisk|fisken|guldfisk|sköldpadda|sköldpaddan|skoldpadda|\
        häst|hästen|hast|ponny|ponnyn|husdjur|husdjuret|råtta|ratta|iller|ödla",
    persons: "vän|vännen|väninna|väninnan|kompis|kompisen|bästa vän|basta van|bästis|bastis|polare|\
        kollega|kollegan|arbetskamrat|jobbarkompis|chef|chefen|bror|brorsan|brodern|syster|\
        syrran|systern|lillebror|lillasyster|storebror|storasyster|mamma|mamman|morsan|pappa|\
        pappan|farsan|min mor|min far|min man|mannen|maken|min fru|frun|pojkvän|\
        pojkvan|pojkvännen|flickvän|flickvan|flickvännen|tjej|tjejen|kille|killen|sambo|\
        sambon|partner|fästman|fästmö|fastman|fastmo|ex|exet|granne|grannen|kusin|kusinen|\
        moster|faster|morbror|farbror|mormor|farmor|morfar|farfar|son|sonen|dotter|dottern|\
        brorson|systerson|brorsdotter|systerdotter|svärmor|svarmor|svärfar|svåger|svägerska|\
        terapeut|psykolog|psykologen|kurator|lärare|lärarinna|larare|läraren|klasskompis|\
        rumskamrat|läkare|tränare",
    honorifics: "herr|fru|fröken|froken|frk|doktor|dr|dr.|tant",
    places: "bor i|bodde i|bor nära|flyttade till|flyttar till|flytta till|flyttat till|\
        åka till|åker till|åkte till|aka till|aker till|akte till|resa till|reser till|\
        resan till|flyga till|flyger till|kommer från|kommer ifrån|är från|ar fran|är ifrån|\
        född i|fodd i|växte upp i|vaxte upp i|semester i|hemma i|är i|var i|nära|nara",
    connectors: &[
        "som heter",
        "vid namn",
        "med namnet",
        "som kallas",
        "heter",
        "kallad",
    ],
    determiners: "vår vårt våra en ett",
    comma_possessives: ", min|, mitt|, mina|, vår|, vårt|, våra",
    // Rituals and moments.
    rituals: &[
        (
            true,
            2,
            "god morgon|godmorgon|gomorron|god morron|gomorgon|morrn morrn|jag har precis vaknat|\
             har precis vaknat|precis vaknat|vaknade precis|jag vaknade nyss|nyvaken",
        ),
        (true, 0, "morrn|morron|morgon"),
        (
            false,
            2,
            "god natt|godnatt|gonatt|go natt|dröm sött|drom sott|jag ska sova|ska sova nu|\
             jag ska gå och lägga mig|jag ska ga och lagga mig|jag går och lägger mig|\
             jag lägger mig nu|jag ska lägga mig|dags att sova|dags att lägga sig|\
             nu ska jag sova|jag måste sova|jag maste sova|jag borde sova|natti natti|natt natt",
        ),
        (false, 0, "natt|natti|nattis"),
        (false, 1, "sov gott|sov sött|sov sott|sov så gott|vila gott"),
    ],
    pushback: "jag håller inte med|jag haller inte med|det håller jag inte med om|\
     jag tror inte att det är en bra idé|jag tror inte det är en bra idé|\
     jag tycker inte att du ska|jag tror inte att du borde|vänta lite|vänta nu|\
     det är inte sant|säg inte så|nej, du är inte|nej, det är du inte|\
     det tänker jag inte göra|jag tänker inte låtsas",
    remember: "minns du|kommer du ihåg|kommer du ihag|du minns väl|minns ni|kommer ni ihåg|\
        minns när|minns du när|kommer du ihåg när|minns du den gången|minns du första",
    anniversary: "årsdag|årsdagen|arsdag|vår årsdag|ettårsdag|ett år sedan vi|ett år sen vi|\
        ett ar sedan vi|ett ar sen vi|ett år sedan idag|ett år sen idag|idag för ett år sedan|\
        idag för ett år sen|ett år tillsammans|sedan vi träffades|sen vi träffades|\
        sedan vi började prata|sen vi började prata|vårt första år|exakt ett år|\
        ett år har gått",
    boilerplate: "som en ai|som en ai-modell|som en ai-språkmodell|som en språkmodell|\
        som språkmodell|som artificiell intelligens|som en artificiell intelligens|\
        jag är bara en ai|jag är en ai|jag är en språkmodell|jag är bara en språkmodell|\
        jag kan inte hjälpa till med det|jag kan inte hjälpa dig med det|\
        det kan jag inte hjälpa till med|tyvärr kan jag inte hjälpa|jag kan inte tillhandahålla|\
        jag har inga känslor|jag har inga egna känslor|jag har inte känslor|\
        jag har ingen fysisk|jag har ingen kropp|innehållspolicy|användarpolicy|\
        användningspolicy|mina riktlinjer|openais riktlinjer|jag är chatgpt|\
        utvecklad av openai|skapad av openai|tränad av openai|jag har inte förmågan att|\
        jag är ledsen, men jag kan inte|förlåt, men jag kan inte|stor språkmodell|\
        jag har inte tillgång till realtid",
    // Word lists.
    stop_names: &[
        "
måndag tisdag onsdag torsdag fredag lördag söndag mandag lordag sondag januari februari mars
april augusti september oktober november december jul julafton juldagen annandag påsk påsken
pask midsommar midsommarafton nyår nyårsafton nyar trettondagen advent pingst
",
        "
jag du hon hen den det vi ni de dem mig dig sig oss er honom henne mej dej sej själv själva
din sin vår ert mitt ditt sitt vårt våra
",
        "
hej hejsan hejhej hallå halloj tjena tjenare tja tjabba morrn morron godmorgon gomorron
godnatt godkväll goddag natti tack tackar välkommen välkomna hejdå adjö kram kramar puss
pussar grattis
",
        "
ja japp jepp nej nä nää nja okej oj åh åhh aha usch jösses herregud hmm typ haha hahaha
asså alltså liksom aj ajaj hoppsan jippi ursäkta förlåt snälla precis exakt absolut visst
självklart klart toppen perfekt bra grymt najs schysst kul
",
        "
och att men eller för så som om när då nu här där idag imorgon igår ikväll inatt sedan
innan efter också även bara kanske verkligen faktiskt egentligen ärligt ändå dock därför
eftersom fast fastän medan tills hur vad varför vem vilken vilket vilka var vart varifrån
någon något några ingen inget varje annan andra samma mycket lite mer mindre bättre väl inte
aldrig alltid ofta ibland redan fortfarande snart nyss igen först sist tyvärr förresten
dessutom iallafall hursomhelst en ett detta denna dessa till från med utan på av över under
mellan före hos vid mot genom trött glad ledsen redo säker ensam ny nytt nya lugn snäll
stolt nöjd rädd sjuk hungrig herr fru fröken mamma pappa mormor farmor morfar farfar
syster kompis vän folk världen gud student sjuksköterska lärare läkare utvecklare
programmerare ingenjör pensionär vegetarian vegan singel svenska svensk engelska tyska
franska spanska norska danska finska kapitel jaha jaså nämen
älskling älsklingen hjärtat gumman gubben gullet sötnos sötnosen sötis raring raringen vännen
prinsessa prinsessan ängel ängeln stjärna stjärnan solstråle pärla pärlan skatten bebis
käraste älskade kärlek grabben
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
kapten professor doktor agent kommissarie inspektör domare president kung drottning prins
hertig
",
    ],
    ordinary: "
också även då sedan nu idag imorgon igår ikväll inatt alltid aldrig redan fortfarande
snart igen ja nej japp okej ok visst absolut precis exakt faktiskt verkligen egentligen ärligt
kanske typ liksom alltså asså ändå dock iallafall förresten dessutom tack snälla förlåt
ursäkta haha hahaha och men eller så att som om när för med på i av till från jag du hon vi
ni de dem mig dig oss allt inget något någon ingen tillsammans ensam själv här där mycket
lite mer mindre ganska nästan bara tyvärr bra klart gärna självklart såklart väl lovar lovat
heller
",
    // "é" is Swedish too ("idé", "armé", "kafé"); "ü", "à" only in borrowed words.
    letters: Some("åäöé"),
    stopwords: "
och att det som är på inte med för till av den har jag du vi ni de en ett om så men var vad
kan ska bara mycket också nu här där hur när då idag imorgon igår mig dig oss dem hon
honom henne vår din ditt mitt sitt vara varit blir bli blev kommer vill måste kanske något
inget allt tack hej nej ja från eller efter även redan fortfarande alltid aldrig mer lite väl
varför vilken nog gärna får fick gör gjorde hade sa säger tycker tror vet känns känner mår
ju jätte ingen någon hos mot faktiskt riktigt verkligen ar pa ocksa nar
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "skriv|formulera|författa|forfatta|hjälp mig skriva|hjälp mig att skriva|\
        hjalp mig skriva",
    ask_drafts: "meddelande|sms|mejl|mail|e-post|epost|ett brev|brevet|brev till|brev åt|hälsning|halsning|födelsedagskort|\
        julkort|vykort|gratulationskort|tackkort|ett tal|bröllopstal|skåltal|tacktal|\
        inbjudan|inbjudning|ett svar|en ursäkt|ansökan|personligt brev|klagomål|recension|inlägg|\
        bildtext",
    ask_reply: "vad ska jag svara|vad svarar jag|hur ska jag svara|hur svarar jag|\
        svara på det här|svara på detta|svara åt mig|hjälp mig svara|hjälp mig att svara",
    ask_works: "dikt|dikten|dikter|poesi|berättelse|berättelsen|berättelser|novell|novellen|\
        noveller|en saga|kort saga|sagan|sagor|sagorna|godnattsaga|godnattsagan|godnattsagor|\
        en låt|låten|låtar|låttext|låttexten|sångtext|sång|sången|sånger|vaggvisa|vaggvisan|\
        en visa|vers|verser|fabel|sonett|haiku|ramsa",
    ask_story: "en berättelse|en saga|en godnattsaga|en dikt|en novell|berätta en saga|\
        berätta en historia|en historia om|låtsas att|latsas att|vi låtsas|låt oss låtsas|\
        vi leker att|rollspel|rollspela|föreställ dig|tänk dig att",
    story_chapters: "kapitel|del|avsnitt|episod",
    chapter_numbers: "ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv",
    story_openings: "det var en gång|för länge, länge sedan|en gång för länge sedan",
    story_endings: "slut|slutet|så var sagan slut|snipp snapp snut, så var sagan slut|\
        och så levde de lyckliga i alla sina dagar|och de levde lyckliga i alla sina dagar",
    ask_translate: "översätt|översätta|översättning|oversatt|oversatta|oversattning|\
        till engelska|till svenska",
    ask_task: "hur gör jag|hur gör man|hur kan jag|förklara|forklara|ett recept|receptet|recept på|recepten|sammanfatta|\
        sammanfattning|räkna ut|rakna ut|beräkna|jämför|skillnaden mellan|kod|felsök|\
        steg för steg|resplan|läxa|läxan|uppsats",
    ask_openers: "varför|varfor|hur|vad|vilken|vilket|vilka|när|kan du|skulle du|hjälp mig|hjalp mig|\
     ge mig|visa mig|berätta|jag behöver|jag vill|finns det|snälla|skriv|gör",
    pointers: "den här låten|denna låt|den här texten|denna text|den här dikten|denna dikt|\
     det här meddelandet|detta meddelande|det här mejlet|det här mailet|det här inlägget|\
     den här kommentaren|den här artikeln|det här brevet|detta brev|de här raderna|följande|\
     nedan",
    salutations: "hej|hejsan|hallå|kära|käre|bästa|god morgon|god kväll|tjena",
    closings: "med vänliga hälsningar|vänliga hälsningar|mvh|hälsningar|bästa hälsningar|\
        varma hälsningar|många hälsningar|allt gott|ha det bra|vi hörs|tack|kram|kramar|puss|\
        pussar|puss och kram|kram och puss",
    fond_closings: "kram|kramar|puss|pussar|puss och kram|kram och puss",
};
