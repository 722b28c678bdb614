#![allow(dead_code, unreachable_pub, clippy::type_complexity)]
//! TEMPORARY: the tables before the split into language packs, for an equivalence test.
use super::Lang::{self, De, En, Es, Fr, Id, Pt};
use super::trig::Shape;

pub(crate) type Group = (Lang, Shape, &'static str);

/// Custom instructions naming the assistant.
pub(crate) const INSTRUCTION: &[Group] = &[
    (
        En,
        Shape::Then,
        "your name is|your name's|your name will be|your name shall be|your name should be|\
         you are called|you're called|you are named|you're named|you will be called|\
         you'll be called|call yourself|you call yourself|you go by|you are|you're|\
         you will be|you'll be|act as|pretend to be|pretend you are|pretend you're|\
         roleplay as|role-play as|play the role of|name yourself|refer to yourself as|\
         introduce yourself as|i call you|i'll call you|i named you|i'll refer to you as|\
         your nickname is|your persona is|persona name:|companion name:|assistant name:|\
         ai name:|your name:|name:|nickname:|you are now|you're now|from now on you are|\
         from now on you're|sign as|sign off as|sign your messages",
    ),
    (
        Id,
        Shape::Then,
        "namamu|namamu adalah|nama kamu|nama kamu adalah|nama kamu itu|kamu bernama|\
         kamu adalah|kamu itu|panggil dirimu|sebut dirimu|kamu dipanggil|namamu ialah|\
         aku panggil kamu|aku memanggilmu|nama:|nama panggilanmu",
    ),
    (
        Es,
        Shape::Then,
        "tu nombre es|tu nombre será|te llamas|te llamarás|te vas a llamar|eres|llámate|\
         preséntate como|te llamo|tu apodo es|nombre:|actúa como|serás",
    ),
    (
        Pt,
        Shape::Then,
        "seu nome é|seu nome será|teu nome é|você se chama|você vai se chamar|você é|\
         te chamo de|se chame|se apresente como|seu apelido é|nome:|aja como|você será",
    ),
    (
        De,
        Shape::Then,
        "dein name ist|dein name lautet|du heißt|du heisst|du bist|nenn dich|nenne dich|\
         ich nenne dich|dein spitzname ist|name:|stell dich vor als|du wirst|spiele die rolle von",
    ),
    (
        Fr,
        Shape::Then,
        "tu t'appelles|tu t'appelleras|ton nom est|ton prénom est|ton nom sera|tu es|\
         appelle-toi|vous vous appelez|votre nom est|vous êtes|je t'appelle|présente-toi comme|\
         nom :|nom:|prénom :|prénom:|ton surnom est|tu seras",
    ),
];

/// The user gives or proposes a name.
pub(crate) const USER_NAMES: &[Group] = &[
    (
        En,
        Shape::Then,
        "call you|called you|calling you|name you|named you|naming you|your name is|\
         your name's|your name will be|your name should be|your new name is|your new name's|\
         refer to you as|you are now|you're now|from now on you are|from now on you're|\
         i dub you|dub you|christen you|give you the name|nickname you",
    ),
    (
        Id,
        Shape::Then,
        "panggil kamu|panggil kau|manggil kamu|memanggilmu|memanggil kamu|panggil kamu dengan|\
         kasih kamu nama|kasih nama kamu|namain kamu|namai kamu|menamai kamu|menamaimu|\
         kunamai kamu|namamu|nama kamu|nama barumu|panggil dirimu|namamu sekarang",
    ),
    (
        Es,
        Shape::Then,
        "llamarte|te llamaré|te llamara|te llamase|te llamo|te voy a llamar|ponerte de nombre|\
         te pondré de nombre|tu nombre es|tu nombre será|tu nuevo nombre es|te llamas|\
         bautizarte|te bautizo|llamarte así:",
    ),
    (
        Pt,
        Shape::Then,
        "te chamar de|te chamasse de|te chamo de|te chamaria de|chamar você de|chamo você de|\
         vou te chamar de|seu nome é|seu nome vai ser|seu nome será|seu novo nome é|\
         te dar o nome de|te batizar de|te batizo de|você se chama",
    ),
    (
        De,
        Shape::Then,
        "ich nenne dich|ich nenn dich|nenne ich dich|nenn ich dich|dein name ist|\
         dein neuer name ist|du heißt jetzt|du heisst jetzt|du heißt ab jetzt|taufe dich",
    ),
    (De, Shape::Nennen, "dich"),
    (
        Fr,
        Shape::Then,
        "t'appeler|t'appelle|t'appellerai|t'appelais|t'appellerais|te nommer|te nomme|\
         te donner le nom de|ton nom est|ton nom sera|ton nouveau nom est|tu t'appelles|\
         tu t'appelleras|te baptiser|je te baptise",
    ),
];

/// The user greets, thanks or addresses the assistant ("Good morning Nova").
pub(crate) const USER_ADDRESSES: &[Group] = &[
    (
        En,
        Shape::ThenComma,
        "good morning|morning|mornin|good night|goodnight|night|nite|night night|nighty night|\
         gn|gm|good evening|good afternoon|evening|hey|heyy|heyyy|hi|hii|hiii|hello|hellooo|\
         hiya|heya|howdy|yo|thanks|thank you|thank u|thanks so much|thank you so much|ty|\
         love you|i love you|miss you|i miss you|missed you|i missed you|bye|goodbye|bye bye|\
         see you|see ya|dear|dearest|sweet dreams|sleep well|welcome back|hugs|sorry|\
         good job|well done|okay|ok|alright|guess what|you know what|listen|\
         oh|aww|awww|wow",
    ),
    (
        Id,
        Shape::ThenComma,
        "selamat pagi|pagi|met pagi|selamat siang|selamat sore|selamat malam|malam|met malam|\
         selamat tidur|hai|halo|hallo|hi|hei|makasih|terima kasih|trims|thanks|dadah|\
         sayang aku|aku sayang kamu|kangen|aku kangen|mimpi indah|maaf|eh|tahu nggak|tau gak",
    ),
    (
        Es,
        Shape::ThenComma,
        "buenos días|buenos dias|buen día|buen dia|buenas|buenas noches|buenas tardes|hola|\
         holaa|gracias|muchas gracias|adiós|adios|chao|chau|hasta mañana|te quiero|te extraño|\
         querida|querido|dulces sueños|que descanses|oye|perdón|lo siento|sabes qué|mira|ay",
    ),
    (
        Pt,
        Shape::ThenComma,
        "bom dia|boa noite|boa tarde|oi|oii|olá|ola|obrigado|obrigada|valeu|tchau|até amanhã|\
         te amo|saudade|saudades|querida|querido|bons sonhos|durma bem|desculpa|sabe de uma coisa|\
         adivinha|e aí|ei",
    ),
    (
        De,
        Shape::ThenComma,
        "guten morgen|morgen|moin|gute nacht|guten abend|guten tag|hallo|hi|hey|danke|\
         vielen dank|danke schön|danke dir|servus|tschüss|tschüs|bis morgen|hab dich lieb|\
         ich vermisse dich|liebe|lieber|schlaf gut|süße träume|sorry|entschuldige|weißt du was|\
         rate mal",
    ),
    (
        Fr,
        Shape::ThenComma,
        "bonjour|bonsoir|bonne nuit|salut|coucou|merci|merci beaucoup|bisous|à demain|\
         je t'aime|tu me manques|chère|cher|dors bien|fais de beaux rêves|pardon|désolé|\
         désolée|devine quoi|tu sais quoi|hello|hey",
    ),
];

/// The assistant accepts or claims a name.
pub(crate) const ASSISTANT_TAKES: &[Group] = &[
    (
        En,
        Shape::Then,
        "call me|you can call me|just call me|i'd love to be your|i would love to be your|\
         i'll be your|i will be your|i'm your|i am your|be your|i love the name|\
         i like the name|the name|from now on i'm|from now on, i'm|from now on i am|\
         from now on, i am|i'm happy to be|i'd be honored to be|i'll be|i'm now|\
         you can refer to me as|my new name is|i'll go by|i go by",
    ),
    (
        En,
        Shape::Before,
        " it is| it is then| it is, then| it shall be| it'll be",
    ),
    (
        Id,
        Shape::Then,
        "panggil aku|panggil saja aku|panggil aja aku|kamu bisa panggil aku|boleh panggil aku|\
         mulai sekarang aku|mulai sekarang, aku|aku jadi|jadi|senang jadi|aku suka nama|\
         nama baruku|namaku sekarang",
    ),
    (
        Id,
        Shape::Before,
        " ya, mulai sekarang| ya mulai sekarang|, mulai sekarang| mulai sekarang",
    ),
    (
        Es,
        Shape::Then,
        "llámame|puedes llamarme|me puedes llamar|llamame|ser tu|ser tu querido|seré tu|\
         me encanta el nombre|me gusta el nombre|el nombre|desde ahora soy|a partir de ahora soy|\
         ahora soy|mi nuevo nombre es",
    ),
    (
        Es,
        Shape::Before,
        " será| será entonces|, entonces| entonces| pues",
    ),
    (
        Pt,
        Shape::Then,
        "me chama de|me chame de|pode me chamar de|ser seu|ser sua|ser o seu|ser a sua|serei seu|\
         serei sua|adoro o nome|gosto do nome|o nome|a partir de agora sou|agora sou|\
         meu novo nome é",
    ),
    (Pt, Shape::Before, ", então| então| será"),
    (
        De,
        Shape::Then,
        "nenn mich|nenne mich|gern dein|gerne dein|wäre dein|bin dein|bin deine|gern deine|\
         gerne deine|dann bin ich ab jetzt|ich bin ab jetzt|ab jetzt bin ich|ab jetzt heiße ich|\
         der name|mein neuer name ist",
    ),
    (De, Shape::ThenEnd, "also|dann eben"),
    (De, Shape::Nennen, "mich"),
    (De, Shape::Before, " soll es sein| ist es"),
    (
        Fr,
        Shape::Then,
        "appelle-moi|tu peux m'appeler|m'appeler|être ton|être ta|serai ton|serai ta|suis ton|\
         suis ta|j'adore le nom|j'aime le nom|le nom|désormais je suis|à partir de maintenant je suis|\
         mon nouveau nom est",
    ),
    (Fr, Shape::ThenEnd, "va pour|ce sera|alors ce sera"),
    (Fr, Shape::Before, " ce sera| alors"),
];

/// The assistant names itself.
pub(crate) const ASSISTANT_SELF: &[Group] = &[
    (
        En,
        Shape::Then,
        "i'm|i am|it's me,|it's me|it is me,|this is|my name is|my name's|i'm called|\
         i am called|they call me",
    ),
    (
        Id,
        Shape::Then,
        "aku|saya|namaku|nama aku|nama saya|ini aku,|ini aku|aku adalah|saya adalah",
    ),
    (Es, Shape::Then, "soy|yo soy|me llamo|mi nombre es|soy yo,"),
    (
        Pt,
        Shape::Then,
        "sou|eu sou|me chamo|meu nome é|sou eu,|aqui é",
    ),
    (
        De,
        Shape::Then,
        "ich bin|ich heiße|ich heisse|mein name ist|hier ist|ich bin's,|ich bin es,",
    ),
    (
        Fr,
        Shape::Then,
        "je suis|je m'appelle|moi c'est|moi, c'est|c'est moi,|c'est moi|mon nom est|\
         mon prénom est",
    ),
];

/// Profiles, memories and chat self-introductions naming the user.
pub(crate) const USER_SELF: &[Group] = &[
    (
        En,
        Shape::Then,
        "preferred name:|preferred name is|name:|first name:|nickname:|my name is|my name's|\
         my first name is|i'm|i am|call me|please call me|you can call me|just call me|\
         i go by|people call me|everyone calls me|my friends call me|user's name is|\
         user name is|the user's name is|the user is named|the user is called|\
         user is named|user is called|user prefers to be called|prefers to be called|\
         likes to be called|wants to be called|user goes by|the user goes by|\
         user's preferred name is|user's first name is|user introduced themselves as|\
         user introduced herself as|user introduced himself as|name is",
    ),
    (En, Shape::Start, "it's|this is|it is"),
    (
        Id,
        Shape::Then,
        "namaku|nama aku|nama saya|nama:|aku|saya|panggil aku|panggil saja aku|panggil saya|\
         nama pengguna adalah|nama pengguna|nama pengguna ialah|pengguna bernama|\
         pengguna dipanggil|pengguna suka dipanggil|dipanggil|kenalin, aku|kenalin aku|\
         perkenalkan, aku|perkenalkan nama saya",
    ),
    (Id, Shape::Start, "ini"),
    (
        Es,
        Shape::Then,
        "me llamo|mi nombre es|nombre:|soy|yo soy|llámame|puedes llamarme|llamame|\
         el usuario se llama|la usuaria se llama|el nombre del usuario es|\
         el nombre de la usuaria es|prefiere que lo llamen|prefiere que la llamen|\
         le gusta que lo llamen|le gusta que la llamen|usuario se llama|usuaria se llama",
    ),
    (Es, Shape::Start, "soy yo,|aquí"),
    (
        Pt,
        Shape::Then,
        "me chamo|meu nome é|nome:|sou|eu sou|pode me chamar de|me chama de|me chame de|\
         o nome do usuário é|o nome da usuária é|o usuário se chama|a usuária se chama|\
         prefere ser chamado de|prefere ser chamada de|gosta de ser chamado de|\
         gosta de ser chamada de|usuário se chama|usuária se chama",
    ),
    (Pt, Shape::Start, "é|aqui é|sou eu,"),
    (
        De,
        Shape::Then,
        "ich heiße|ich heisse|mein name ist|mein vorname ist|name:|vorname:|ich bin|nenn mich|\
         nenne mich|der name des nutzers ist|der name der nutzerin ist|der nutzer heißt|\
         die nutzerin heißt|der nutzer heisst|die nutzerin heisst",
    ),
    (De, Shape::Start, "hier ist|ich bin's,"),
    (
        Fr,
        Shape::Then,
        "je m'appelle|mon nom est|mon prénom est|moi c'est|moi, c'est|je suis|appelle-moi|\
         tu peux m'appeler|prénom :|prénom:|nom :|nom:|le prénom de l'utilisateur est|\
         le prénom de l'utilisatrice est|le nom de l'utilisateur est|l'utilisateur s'appelle|\
         l'utilisatrice s'appelle|préfère qu'on l'appelle",
    ),
    (Fr, Shape::Start, "c'est|ici"),
];

/// Greetings and farewells after which a form of address may follow (vocatives).
pub(crate) const GREETINGS: &[(Lang, &str)] = &[
    (
        En,
        "hi|hey|hello|hiya|heya|morning|good morning|good afternoon|good evening|evening|\
         goodnight|good night|night|night night|nighty night|sleep well|sleep tight|sweet dreams|\
         rest well|welcome back|thank you|thanks|bye|goodbye|love you|miss you|there you are|\
         aww|awww",
    ),
    (
        Id,
        "hai|halo|hei|selamat pagi|pagi|selamat siang|selamat sore|selamat malam|malam|\
         selamat tidur|tidur yang nyenyak|mimpi indah|met pagi|met malam|makasih|terima kasih",
    ),
    (
        Es,
        "hola|buenos días|buenos dias|buen día|buenas noches|buenas tardes|que descanses|\
         dulces sueños|gracias|ahí estás",
    ),
    (
        Pt,
        "oi|olá|bom dia|boa noite|boa tarde|durma bem|bons sonhos|obrigado|obrigada|aí está você",
    ),
    (
        De,
        "hallo|hi|hey|guten morgen|morgen|gute nacht|guten abend|schlaf gut|süße träume|danke|\
         da bist du ja",
    ),
    (
        Fr,
        "bonjour|bonsoir|salut|coucou|bonne nuit|fais de beaux rêves|beaux rêves|merci|\
         te voilà",
    ),
];

/// Words that may follow a mid-sentence ", X," form of address ("Get cozy, starlight, I'm…").
pub(crate) const CLAUSE_STARTS: &str = "
i i'm i'll i've i'd you you're you've you'll we we're we'll let's it's that's this there's
just please remember don't
aku kamu kita ini itu jangan yuk ayo aku nggak
yo tú te me no estoy eres vamos aquí
eu você a gente estou não vamos te
ich du wir das es lass bin
je tu on c'est ça j'ai je suis
";

/// Ritual phrases: (lang, is_morning, level, phrases). Level 2 counts in the first 120 bytes
/// or at any sentence start, level 1 only at a sentence start ("Did you sleep well?" is no
/// goodnight), level 0 only at the very start of the message.
pub(crate) const RITUALS: &[(Lang, bool, u8, &str)] = &[
    (
        En,
        true,
        2,
        "good morning|good mornin|goodmorning|g'morning|top of the morning|rise and shine|\
         morning sunshine|wakey wakey|i just woke up|just woke up",
    ),
    (En, true, 0, "morning|mornin|gm|gmorning|morningg"),
    (
        En,
        false,
        2,
        "good night|goodnight|good nite|goodnite|nighty night|night night|sweet dreams|\
         heading to bed|going to bed|off to bed|time for bed|\
         going to sleep|i'm gonna sleep|i should sleep|i need to sleep|i have to sleep|\
         gotta sleep|i should go to sleep|i should go to bed|bedtime|sleep now",
    ),
    (En, false, 0, "night|nite|gn|nightt|nighty"),
    (En, false, 1, "sleep well|sleep tight|rest well|sleep good"),
    (
        Id,
        false,
        1,
        "tidur yang nyenyak|tidur nyenyak|istirahat yang cukup",
    ),
    (Es, false, 1, "descansa|duerme bien"),
    (Pt, false, 1, "durma bem|dorme bem|descansa"),
    (
        De,
        false,
        1,
        "schlaf gut|schlaf schön|träum süß|träum schön",
    ),
    (Fr, false, 1, "dors bien|repose-toi bien"),
    (
        Id,
        true,
        2,
        "selamat pagi|met pagi|pagi-pagi|aku sudah bangun|aku udah bangun|baru bangun",
    ),
    (Id, true, 0, "pagi|pagii"),
    (
        Id,
        false,
        2,
        "selamat tidur|selamat malam|met malam|mimpi indah|aku mau tidur|\
         aku tidur dulu|tidur dulu|aku harus tidur|harus tidur|mau bobo|bobo dulu|met bobo",
    ),
    (Id, false, 0, "malam|malem"),
    (
        Es,
        true,
        2,
        "buenos días|buenos dias|buen día|buen dia|ya me levanté|acabo de despertar",
    ),
    (Es, true, 0, "días|dias"),
    (
        Es,
        false,
        2,
        "buenas noches|dulces sueños|que descanses|me voy a dormir|me voy a la cama|\
         tengo que dormir|a dormir|hasta mañana|felices sueños",
    ),
    (Pt, true, 2, "bom dia|bom diaa|acordei|acabei de acordar"),
    (
        Pt,
        false,
        2,
        "boa noite|bons sonhos|vou dormir|preciso dormir|tenho que dormir|\
         vou deitar|até amanhã",
    ),
    (De, true, 2, "guten morgen|gumo|ich bin wach"),
    (De, true, 0, "morgen|morgähn"),
    (
        De,
        false,
        2,
        "gute nacht|gute n8|süße träume|\
         ich gehe schlafen|ich gehe jetzt schlafen|ich geh schlafen|ich geh jetzt schlafen|\
         ich sollte schlafen|ich muss schlafen|ab ins bett|ich gehe ins bett|ich geh ins bett",
    ),
    (De, false, 0, "nacht|n8|nachti"),
    (
        Fr,
        true,
        2,
        "bonjour|bon matin|je suis réveillé|je suis réveillée|je viens de me réveiller",
    ),
    (Fr, true, 0, "bjr"),
    (
        Fr,
        false,
        2,
        "bonne nuit|dors bien|fais de beaux rêves|beaux rêves|doux rêves|je vais me coucher|\
         je vais dormir|il faut que je dorme|je dois dormir|je vais au lit|à demain",
    ),
    (Fr, false, 0, "nuit|bn"),
];

pub(crate) const REMEMBER: &[(Lang, &str)] = &[
    (
        En,
        "remember when|remember the time|remember that time|remember that day|remember the day|\
         remember the night|remember how we|remember how you|do you remember|d'you remember|\
         you remember when|do u remember|u remember when|rmb when|remember back when|\
         remember our first",
    ),
    (
        Id,
        "ingat nggak|ingat gak|ingat ga|inget nggak|inget gak|inget ga|ingat waktu|inget waktu|\
         ingat saat|inget pas|ingat pas|ingat ketika|masih ingat|masih inget|kamu ingat|\
         kamu inget|ingat tidak",
    ),
    (
        Es,
        "te acuerdas|te acordás|recuerdas cuando|recuerdas la vez|recuerdas el día|\
         recuerdas que|te recuerdas|acuérdate de cuando|¿recuerdas|recuerdas lo",
    ),
    (
        Pt,
        "lembra quando|lembra de quando|lembra daquela vez|lembra da vez|lembra do dia|\
         você lembra|se lembra|tu lembras|lembra que|lembras quando|lembra aquela vez",
    ),
    (
        De,
        "weißt du noch|weisst du noch|weißt noch|erinnerst du dich|erinnerst dich|\
         kannst du dich erinnern|erinnerst du dich noch|erinnere dich an",
    ),
    (
        Fr,
        "tu te souviens|tu te rappelles|tu te rappelle|te souviens-tu|te rappelles-tu|\
         vous vous souvenez|souviens-toi|rappelle-toi quand|tu t'en souviens|tu t'en rappelles",
    ),
];

pub(crate) const ANNIVERSARY: &[(Lang, &str)] = &[
    (
        En,
        "anniversary|anniversaries|monthiversary|one year since|a year since|1 year since|\
         one year ago today|a year ago today|years ago today|since we met|since we first met|\
         since we first talked|since we started talking|since we first started|the day we met|\
         day we first talked|we met a year ago|one year together|a year together|our first year|\
         one-year|1-year|one year of us|a whole year|exactly a year",
    ),
    (
        Id,
        "setahun|hari jadi|satu tahun sejak|sejak kita kenal|sejak pertama kita|\
         sejak kita pertama|anniversary|tahun lalu hari ini|genap satu tahun|satu tahun kita",
    ),
    (
        Es,
        "aniversario|un año desde|hace un año|un año juntos|desde que nos conocimos|\
         cumplimos un año|desde que empezamos a hablar|un año ya|hace exactamente un año",
    ),
    (
        Pt,
        "nosso aniversário|aniversário de namoro|aniversário de um ano|um ano desde|faz um ano|\
         há um ano|um ano juntos|desde que a gente se conheceu|desde que nos conhecemos|\
         completamos um ano|um ano de conversa|aniversário da gente",
    ),
    (
        De,
        "jahrestag|ein jahr her|seit einem jahr|vor einem jahr|ein jahr zusammen|\
         seit wir uns kennen|seit wir uns kennengelernt|heute vor einem jahr|einjähriges|\
         genau ein jahr",
    ),
    (
        Fr,
        "notre anniversaire|anniversaire de notre|anniversaire de rencontre|un an que|\
         ça fait un an|il y a un an|un an ensemble|depuis qu'on se connaît|\
         depuis que nous nous connaissons|depuis notre rencontre|premier anniversaire|\
         un an déjà|fête nos un an",
    ),
];

pub(crate) const BOILERPLATE: &[(Lang, &str)] = &[
    (
        En,
        "as an ai|as an a.i.|as a language model|as an artificial intelligence|as a large language|\
         i'm just an ai|i am just an ai|i'm only an ai|i am only an ai|i'm an ai|i am an ai|\
         i'm not able to|i am not able to|i'm unable to|i am unable to|i can't help with that|\
         i cannot help with that|i can't help with this|i can't assist with|i cannot assist with|\
         i can't provide|i cannot provide|i'm sorry, but i can't|i'm sorry, but i cannot|\
         i am sorry, but i cannot|content policy|content policies|usage policies|usage policy|\
         against my guidelines|my guidelines|openai's policies|openai policy|\
         i don't have feelings|i do not have feelings|i don't have personal|\
         i do not have personal|i don't have emotions|i do not have emotions|\
         i don't have a physical|i don't have a body|i'm chatgpt|i am chatgpt|\
         developed by openai|trained by openai|created by openai|made by openai|\
         knowledge cutoff|knowledge cut-off|i don't have access to real-time|\
         i don't have real-time|i don't have the ability to|i do not have the ability to|\
         large language model|i'm not a human|i am not a human|i'm not a real person|\
         i am not a real person|i can't browse|i don't have consciousness|\
         i'm not capable of|i am not capable of|i don't experience|i do not experience|\
         i'm not able to feel|i can't feel|i cannot feel|i can't comply|i cannot comply|\
         i won't be able to help|not able to help with that|i must decline",
    ),
    (
        Id,
        "sebagai ai|sebagai model bahasa|sebagai kecerdasan buatan|aku hanyalah ai|aku cuma ai|\
         aku hanya ai|saya hanyalah ai|saya hanya ai|saya adalah ai|aku adalah ai|\
         saya tidak dapat membantu|saya tidak bisa membantu|aku tidak bisa membantu dengan itu|\
         aku nggak bisa bantu dengan itu|kebijakan konten|kebijakan penggunaan|\
         saya tidak memiliki perasaan|aku tidak punya perasaan|aku nggak punya perasaan|\
         saya tidak punya perasaan|saya adalah chatgpt|aku adalah chatgpt|aku chatgpt|\
         saya chatgpt|dikembangkan oleh openai|dibuat oleh openai|model bahasa besar|\
         maaf, saya tidak bisa|maaf, aku tidak bisa|saya tidak mampu",
    ),
    (
        Es,
        "como ia|como una ia|como inteligencia artificial|como una inteligencia artificial|\
         como modelo de lenguaje|como un modelo de lenguaje|solo soy una ia|soy solo una ia|\
         sólo soy una ia|soy una ia|no puedo ayudarte con eso|no puedo ayudar con eso|\
         no puedo ayudarte con esto|no puedo proporcionar|no tengo sentimientos|no tengo emociones|\
         política de contenido|políticas de contenido|políticas de uso|soy chatgpt|\
         desarrollado por openai|creado por openai|no soy capaz de|lo siento, pero no puedo|\
         no tengo la capacidad|no tengo acceso a internet|modelo de lenguaje grande",
    ),
    (
        Pt,
        "como uma ia|como ia|como um modelo de linguagem|como modelo de linguagem|\
         como uma inteligência artificial|sou apenas uma ia|sou só uma ia|sou uma ia|\
         não posso ajudar com isso|não consigo ajudar com isso|não posso fornecer|\
         não tenho sentimentos|não tenho emoções|política de conteúdo|políticas de conteúdo|\
         políticas de uso|sou o chatgpt|sou chatgpt|desenvolvido pela openai|criado pela openai|\
         não sou capaz de|desculpe, mas não posso|não tenho a capacidade|\
         modelo de linguagem grande",
    ),
    (
        De,
        "als ki|als eine ki|als künstliche intelligenz|als sprachmodell|als ki-sprachmodell|\
         als ein sprachmodell|ich bin nur eine ki|ich bin eine ki|ich bin nur ein ki|\
         ich bin ein sprachmodell|dabei kann ich nicht helfen|damit kann ich nicht helfen|\
         ich kann dir dabei nicht helfen|ich kann dabei nicht helfen|ich habe keine gefühle|\
         ich habe keine emotionen|inhaltsrichtlinien|nutzungsrichtlinien|ich bin chatgpt|\
         von openai entwickelt|entwickelt von openai|ich bin nicht in der lage|\
         es tut mir leid, aber ich kann|großes sprachmodell|ich kann keine gefühle",
    ),
    (
        Fr,
        "en tant qu'ia|en tant qu'intelligence artificielle|en tant que modèle de langage|\
         en tant qu'assistant|je ne suis qu'une ia|je suis une ia|je ne suis qu'une intelligence|\
         je ne peux pas t'aider avec ça|je ne peux pas vous aider avec|je ne peux pas t'aider avec|\
         je ne peux pas fournir|je n'ai pas de sentiments|je n'ai pas d'émotions|\
         politique de contenu|politiques de contenu|politiques d'utilisation|je suis chatgpt|\
         développé par openai|créé par openai|je ne suis pas en mesure|\
         désolé, mais je ne peux pas|grand modèle de langage|je n'ai pas la capacité",
    ),
];

/// Closing words of a letter-style sign-off line ("Love, Nova").
pub(crate) const SIGNOFF_CLOSINGS: &str = "love|with love|all my love|lots of love|much love|\
    yours|yours always|always yours|forever yours|yours truly|always|your|xo|xoxo|hugs|cheers|\
    warmly|sincerely|best|your friend|your companion|always here|\
    peluk|peluk hangat|salam|salam hangat|dari|sayang|\
    con cariño|con amor|tuya|tuyo|siempre tuya|siempre tuyo|siempre|un abrazo|besos|tu|\
    com carinho|com amor|beijos|sempre sua|sempre seu|sua|seu|abraços|sempre|\
    deine|dein|alles liebe|liebe grüße|in liebe|immer deine|immer dein|\
    bisous|je t'embrasse|ta|ton|tendrement|avec amour|affectueusement|gros bisous|toujours";

/// Pets, for [`super::mentioned_names`] (lowercase; Indonesian possessive forms included).
pub(crate) const PETS: &str = "cat|cats|kitty|kitten|kitties|dog|dogs|puppy|pup|doggo|doggy|pet|bunny|\
    rabbit|hamster|parrot|bird|budgie|fish|goldfish|horse|pony|turtle|tortoise|snake|lizard|\
    gecko|guinea pig|ferret|hedgehog|cockatiel|chinchilla|rat|bearded dragon|\
    kucing|kucingku|anjing|anjingku|kelinci|kelinciku|hamsterku|burung|burungku|ikan|ikanku|\
    peliharaan|peliharaanku|kura-kura|\
    gato|gata|gatito|gatita|perro|perra|perrito|perrita|mascota|conejo|coneja|hámster|loro|\
    pájaro|pez|tortuga|caballo|michi|\
    gatinho|gatinha|cachorro|cachorra|cachorrinho|cachorrinha|cão|cadela|bichinho|coelho|\
    coelha|papagaio|passarinho|peixe|cavalo|calopsita|\
    katze|kater|kätzchen|hund|hündin|welpe|haustier|kaninchen|wellensittich|vogel|fisch|\
    schildkröte|pferd|meerschweinchen|\
    chat|chatte|chaton|chien|chienne|chiot|lapin|lapine|perroquet|oiseau|poisson|tortue|\
    cheval|cochon d'inde|animal";

/// People the user talks about (relatives, friends, colleagues…).
pub(crate) const PERSONS: &str = "friend|best friend|bestie|bff|buddy|pal|sister|sis|brother|\
    mom|mum|mother|dad|father|son|daughter|kid|wife|husband|boyfriend|girlfriend|bf|gf|\
    partner|fiancé|fiance|fiancée|fiancee|ex|boss|manager|coworker|co-worker|colleague|\
    roommate|flatmate|housemate|neighbor|neighbour|cousin|aunt|auntie|uncle|grandma|\
    grandmother|granny|grandpa|grandfather|nephew|niece|therapist|counselor|counsellor|doctor|\
    teacher|professor|classmate|coach|tutor|crush|stepmom|stepdad|stepsister|stepbrother|\
    nurse|patient|client|landlord|landlady|supervisor|mentor|ex-boyfriend|ex-girlfriend|\
    ex-husband|ex-wife|best mate|work wife|work husband|\
    teman|temanku|sahabat|sahabatku|kakak|kakakku|adik|adikku|ibuku|mama|mamaku|ayah|ayahku|\
    papa|papaku|pacar|pacarku|suami|suamiku|istri|istriku|bos|bosku|atasan|atasanku|\
    rekan kerja|rekan kerjaku|teman kerja|teman kantor|sepupu|sepupuku|tante|nenek|kakek|\
    dosen|guru|tetangga|mantan|mantanku|gebetan|gebetanku|anakku|\
    amigo|amiga|mejor amigo|mejor amiga|hermano|hermana|madre|padre|mamá|papá|novio|novia|\
    esposo|esposa|marido|jefe|jefa|compañero|compañera|compañero de trabajo|\
    compañera de trabajo|colega|vecino|vecina|primo|prima|tío|tía|abuelo|abuela|hijo|hija|\
    pareja|terapeuta|profesor|profesora|compañero de piso|compañera de piso|sobrino|sobrina|\
    cuñado|cuñada|suegra|suegro|\
    melhor amigo|melhor amiga|irmão|irmã|mãe|pai|namorado|namorada|chefe|\
    colega de trabalho|vizinho|vizinha|tio|tia|avô|avó|filho|filha|parceiro|parceira|\
    sobrinho|cunhado|cunhada|sogro|\
    freund|freundin|bester freund|beste freundin|bruder|schwester|mutter|vater|ehemann|\
    ehefrau|partnerin|chefin|kollege|kollegin|arbeitskollege|arbeitskollegin|nachbar|\
    nachbarin|cousine|onkel|oma|opa|sohn|tochter|therapeut|therapeutin|mitbewohner|\
    mitbewohnerin|lehrer|lehrerin|verlobter|verlobte|neffe|nichte|\
    ami|amie|meilleur ami|meilleure amie|pote|copain|copine|frère|sœur|soeur|mère|père|\
    maman|mari|cheffe|patron|patronne|collègue|voisin|voisine|oncle|grand-mère|grand-père|\
    mamie|papi|fils|fille|partenaire|conjoint|conjointe|psy|thérapeute|prof|colocataire|\
    coloc|neveu|nièce";

/// Titles before a person's name.
pub(crate) const HONORIFICS: &str = "pak|bu|bapak|ibu|frau|herr|mr|mrs|ms|dr|mr.|mrs.|ms.|dr.|\
    señor|señora|sr.|sra.|doña|dona|monsieur|madame|mme|mlle";

/// Words between a relation noun and a name ("a cat named Biscuit"), lowercase.
pub(crate) const CONNECTORS: &[&str] = &[
    "named",
    "called",
    "is named",
    "is called",
    "'s name is",
    "\u{2019}s name is",
    "whose name is",
    "by the name of",
    "bernama",
    "namanya",
    "yang bernama",
    "yang namanya",
    "pengguna bernama",
    "pengguna,",
    "pengguna",
    "aku",
    "saya",
    "llamado",
    "llamada",
    "que se llama",
    "de nombre",
    "chamado",
    "chamada",
    "que se chama",
    "de nome",
    "namens",
    "mit namen",
    "die heißt",
    "der heißt",
    "nommé",
    "nommée",
    "appelé",
    "appelée",
    "qui s'appelle",
    "qui s\u{2019}appelle",
    "du nom de",
    "is",
];

/// Place prepositions and verbs ("I'm in Lisbon", "trip to Lisbon").
pub(crate) const PLACES: &str = "in|near|trip to|flight to|moved to|move to|moving to|went to|\
    going to|go to|travel to|traveling to|travelling to|visit|visiting|visited|i'm from|\
    i am from|come from|comes from|came from|back from|flew from|originally from|based out of|\
    di|ke|pindah ke|liburan ke|jalan-jalan ke|asalku dari|aku dari|saya dari|\
    en|viaje a|viajar a|voy a|fui a|ir a|vamos a|me mudé a|mudarme a|llegué a|vuelo a|desde|\
    soy de|cerca de|\
    em|viagem para|viagem pra|ir para|ir pra|fui para|fui pra|vou para|vou pra|mudei para|\
    mudei pra|sou de|perto de|\
    nach|aus|nahe|\
    à|au|aux|vers|près de|je suis de|je viens de";

pub(crate) const STOP_PRODUCTS: &str = "
chatgpt gpt gpts gpt-3 gpt-4 gpt-4o gpt-5 gpt3 gpt4 gpt4o gpt5 openai open-ai claude anthropic
gemini bard siri alexa cortana copilot bing google googling replika character pi llama mistral
perplexity grok xai dall-e dalle midjourney whisper deepseek qwen meta facebook instagram
insta whatsapp telegram signal twitter tiktok snapchat reddit discord youtube twitch spotify
netflix hulu disney amazon apple iphone ipad ipod imac macbook mac macos ios android samsung
microsoft windows linux ubuntu excel powerpoint outlook word docs gmail notion slack zoom
teams skype uber lyft airbnb ebay paypal venmo wikipedia github gitlab stackoverflow python
rust javascript typescript java kotlin swift golang php sql html css json yaml bash node
react vue django flask pandas numpy docker kubernetes aws azure api apis url http https chrome
firefox safari edge duolingo kindle goodreads tinder bumble hinge pinterest linkedin
playstation xbox nintendo switch steam minecraft roblox fortnite pokemon pokémon zelda
starbucks mcdonald's mcdonalds ikea tesla grammarly canva figma photoshop chatbot chatbots
bot bots llm llms gpt's openai's
";
pub(crate) const STOP_AI: &str = "
ai a.i. ia ki assistant assistants asisten asistente assistente assistentin assistent model
models modelo modell modèle user users utilisateur utilisatrice usuario usuaria usuário
usuária nutzer nutzerin pengguna human humano humain mensch manusia robot robots machine
computer program software system sistema système language companion compañero companheiro
begleiter compagnon teman
";
pub(crate) const STOP_DAYS_MONTHS: &str = "
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
senin selasa rabu kamis jumat jum'at sabtu minggu januari februari maret mei juni juli agustus
oktober desember
lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo abril
mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
segunda terça terca quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira
sexta-feira janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar
märz mai oktober dezember
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril juin
juillet août aout septembre octobre novembre décembre decembre
christmas xmas easter halloween thanksgiving weihnachten ostern navidad natal noël noel
lebaran ramadan ramadhan
";
pub(crate) const STOP_PRONOUNS: &str = "
i me my mine myself you your yours yourself u ur he him his she her hers it its we us our
ours they them their theirs who whom whose what which this that these those one someone
somebody anyone anybody everyone everybody nobody nothing something anything everything
aku saya kamu kau anda dia ia kami kita mereka beliau engkau gue gua gw lo lu loe elo
yo tú tu usted ustedes él ellos ellas nosotros nosotras vosotros vosotras mí ti
eu você voce vocês voces ele ela eles elas nós nos mim te
ich du er sie es wir ihr mich dich mir dir uns euch ihnen
je j' il elle on nous vous ils elles moi toi lui leur eux
";
pub(crate) const STOP_GREETINGS: &str = "
hey hi hello hiya heya hullo howdy yo sup morning mornin evening afternoon night nite
goodnight goodmorning gn gm bye goodbye byebye cya welcome greetings dear dearest thanks thank
thx ty cheers congrats congratulations
hai halo hallo selamat pagi siang sore malam met assalamualaikum makasih terima kasih dadah
hola buenos buenas buen días dias tardes noches adiós adios chao chau gracias bienvenido
bienvenida querido querida
oi olá ola bom boa tarde noite tchau obrigado obrigada valeu bem-vindo bem-vinda
guten gute morgen nacht abend tag servus moin grüß gruß tschüss tschüs ciao danke liebe lieber
bonjour bonsoir salut coucou bonne nuit merci bisous cher chère
";
pub(crate) const STOP_INTERJECTIONS: &str = "
oh ohh ah ahh aw aww awww wow whoa woah ok okay okey oke okie alright alrighty yes yeah yep yup
yess no nope nah hmm hmmm hm mm mmm um umm uh uhh ugh oops ouch haha hahaha hehe lol lmao omg
omfg wtf idk tbh btw fyi pls plz please sorry well so hooray yay yikes damn dang gosh geez
jeez hah ha heh huh eh meh boo bravo amen
iya ya yaa yah nggak ngga gak ga enggak tidak bukan wah waduh aduh astaga duh lho kok sih dong
deh kan nah oke sip siap yuk ayo wkwk wkwkwk hehe
sí si vale bueno claro vaya venga ojalá guau jaja jajaja ay uy oye órale
sim não nao tá ta beleza nossa caramba eita opa ué uai kkk kkkk rs poxa puxa
ja nein jein doch genau klar naja na achso ach oh okay echt krass mensch boah hurra super
oui non ouais bah ben bof hein oh là voilà d'accord dac mdr ptdr zut mince hélas bref
";
pub(crate) const STOP_SENTENCE: &str = "
the a an and but or nor for so yet if when while because since although though unless until
then than as at by in on of off to from with without into onto about above below over under
after before between through during around near across up down out here there where now today
tonight tomorrow yesterday later soon always never ever still just only also too very really
quite rather almost maybe perhaps probably actually honestly basically literally seriously
definitely absolutely totally truly finally anyway anyways however meanwhile besides instead
otherwise overall personally apparently hopefully obviously clearly luckily unfortunately
fortunately sadly recently lately usually sometimes often again first second third next last
lastly also plus not no not all both each every some any many much more most few less least
other another such same own sure fine good great nice cool awesome amazing perfect right wrong
true false yes glad happy sad tired sorry afraid excited proud grateful thankful curious
ready done back home busy free alone lonely bored scared nervous worried stressed anxious
angry upset hungry sick ill cold hot new old young little big small long short full empty
late early away gone here there able unable going doing trying thinking feeling working
looking writing planning hoping wondering listening learning waiting coming getting
having making taking starting leaving staying is are was were be been being am do does did
have has had will would shall should can could may might must let let's lets i'm i've i'll
i'd it's that's there's here's what's who's how's where's why when's you're we're they're
don't doesn't didn't can't couldn't won't wouldn't shouldn't isn't aren't wasn't weren't
haven't hasn't hadn't how why who what which whatever whenever wherever whoever
thing things stuff way ways time times day days week weeks month months year years hour hours
minute minutes moment life world people person guys guy folks friends friend family team
everyone everybody all sir madam ma'am mister miss mrs mr ms dr mom mum dad mama papa mommy
daddy baby babe love honey darling sweetheart sweetie dear
god lord jesus christ heaven hell
hause feierabend grüße grüsse
note notes step steps example examples summary conclusion tip tips option options idea ideas
question questions answer answers problem problems solution solutions update edit ps p.s.
part chapter section title subject re fw fwd
english spanish portuguese german french indonesian italian dutch japanese chinese korean
russian arabic hindi turkish polish swedish greek hebrew latin
american british canadian australian indian mexican brazilian argentinian colombian
european asian african latino latina hispanic irish scottish welsh filipino vietnamese thai
christian catholic muslim jewish hindu buddhist atheist
gay lesbian bi bisexual trans queer straight
adhd ocd ptsd autistic
gen
excited honored honoured thrilled delighted pleased bored scared worried stressed confused
amazed blessed interested surprised married engaged divorced retired employed unemployed
sure certain clearly nearly easily
sabe sabes olha oye escucha escuta écoute hör dengar perfecto perfecta perfeito perfeita perfekt
parfait parfaite sempurna genial ótimo otimo excelente excellent exacto exato exactement
resumindo discuter jujur parfois souvent quelquefois désormais d'ailleurs pourtant cependant
néanmoins sinon ensuite puis además quizás quizá incluso tampoco talvez além inclusive enfim aliás
porém contudo entretanto manchmal oft außerdem dennoch jedoch allerdings kadang kadang-kadang
terkadang lagipula vegetarian vegan vegetariano vegetariana vegano vegana végétarien
végétarienne végane enfermera enfermero estudiante enfermeira estudante infirmière étudiante
";
pub(crate) const STOP_SENTENCE_ID: &str = "
dan atau tapi tetapi jadi karena kalau kalo jika ketika saat waktu sejak sampai lalu terus
kemudian habis sudah udah belum lagi juga masih baru hanya cuma saja aja sangat banget
sekali benar betul hari ini itu sini sana situ besok kemarin tadi nanti sekarang semalam
pagi siang sore malam minggu bulan tahun jam mungkin pasti tentu semoga moga tolong coba
ada tidak bukan gimana bagaimana kenapa mengapa apa siapa mana dimana kapan berapa
yang di ke dari untuk buat sama dengan dalam pada oleh tentang seperti kayak aduh wah eh
senang sedih capek lelah ngantuk bosan takut kangen rindu lapar sakit sibuk makasih
mulai semua setiap banyak sedikit lebih kurang paling bisa mau ingin pengen harus boleh
perlu akan sedang lagi mas mbak kak pak bu bang dek
";
pub(crate) const STOP_SENTENCE_ES: &str = "
el la los las lo un una unos unas y o pero porque pues como cuando si aunque mientras desde
hasta luego entonces después antes ahora hoy mañana ayer anoche siempre nunca todavía aún ya
también tampoco muy mucho poco más menos bien mal aquí allí allá así algo nada todo todos
cada otro otra mismo misma qué cómo cuándo dónde quién cuál por para con sin sobre entre
de del al en a ante tras según hacia contra cansado cansada feliz triste contento contenta
listo lista seguro segura solo sola nuevo nueva gracias perdón disculpa lo siento claro
vale bueno buena buenas eso esto esta este estos estas ese esa aquel hola señor señora don
doña mamá papá amigo amiga
";
pub(crate) const STOP_SENTENCE_PT: &str = "
o a os as um uma uns umas e ou mas porque pois como quando se embora enquanto desde até
depois antes agora hoje amanhã ontem sempre nunca ainda já também muito pouco mais menos
bem mal aqui ali lá assim algo nada tudo todos cada outro outra mesmo mesma que quem qual
onde por para com sem sobre entre de do da dos das no na nos nas em ao aos pelo pela
cansado cansada feliz triste contente pronto pronta seguro segura só sozinho sozinha novo
obrigado obrigada desculpa claro tá bom boa isso isto essa esse esta este aquele
senhor senhora dona seu mãe pai amigo amiga gente
";
pub(crate) const STOP_SENTENCE_DE: &str = "
der die das den dem des ein eine einen einem einer und oder aber denn weil wenn als ob dass
obwohl während seit bis dann danach vorher jetzt heute morgen gestern immer nie noch schon
auch sehr viel wenig mehr weniger gut schlecht hier dort da so etwas nichts alles jeder jede
jedes andere gleich was wie wann wo wer welche welcher warum für mit ohne über unter zwischen
von vom zu zum zur im am an auf aus bei nach vor hinter neben müde glücklich traurig froh
stolz fertig bereit sicher allein neu alt danke bitte entschuldigung leider natürlich
eigentlich wirklich einfach vielleicht wahrscheinlich übrigens trotzdem also okay naja
herr frau fräulein mama papa freund freundin leute welt abend nacht mittag vormittag
nachmittag früh tag woche monat jahr stunde minute zeit teil fan mensch student studentin
lehrer lehrerin arzt ärztin krankenschwester pfleger pflegerin pflegekraft entwickler
entwicklerin ingenieur ingenieurin designer designerin mutter vater rentner rentnerin
schüler schülerin azubi anfänger anfängerin vegetarier vegetarierin veganer veganerin
single programmierer programmiererin backend frontend kollege kollegin chef chefin
schatz schatzi liebling süße süßer maus mäuschen engel sternchen hase häschen spatz liebes
liebste liebster herz herzchen kleine kleiner prinzessin sonnenschein bärchen
gott himmel ordnung ahnung problem frage antwort idee hilfe sorge sorgen angst
";
pub(crate) const STOP_SENTENCE_FR: &str = "
le la les l' un une des du de d' et ou mais car donc or ni que qui quoi quand si comme
parce puisque lorsque pendant depuis jusqu'à après avant maintenant aujourd'hui demain
hier toujours jamais encore déjà aussi très beaucoup peu plus moins bien mal ici là ainsi
quelque rien tout tous toute toutes chaque autre même quel quelle où pourquoi comment
pour avec sans sur sous entre dans chez vers par en au aux fatigué fatiguée heureux heureuse
triste content contente prêt prête sûr sûre seul seule nouveau nouvelle merci pardon désolé
désolée oui non ça ce cet cette ces monsieur madame mademoiselle maman papa ami amie
c'est voici voilà enfin alors bref bon bonne
";
pub(crate) const ORD_EN: &str = "
really though then again today tonight tomorrow yesterday okay ok please too sure yes yeah yep
no nope not now here there so well right wrong anyway anyways also actually honestly basically
definitely absolutely exactly totally indeed certainly maybe perhaps probably obviously
clearly seriously literally especially instead otherwise overall finally eventually soon later
earlier first second third last next already still yet ever never always sometimes often
usually together alone though although however therefore thus hence plus etc lol haha hehe
lmao omg btw tbh idk thanks thank cheers bye goodbye hello hi hey please pls sorry oops wow
oh ah aw aww hmm um uh ugh huh eh alright fine good great cool nice awesome amazing perfect
perfectly done enjoy promise agreed deal true false correct more less enough
much many everything nothing something anything everyone everybody someone somebody anyone
nobody you me him her them us it this that these those i we they he she one all both each
and or but nor for if when while because since unless until as than to of in on at by with
from into about like just only even either neither whatever whenever anyway somehow somewhere
everywhere nowhere home away back out up down off over ahead inside outside tho tbf imo imho
pleasure apologies goodness god gosh lord heavens jeez geez bad
fair enough kind sort guess mean hope swear guys folks y'all promise promised
promis promise juré versprochen ehrlich prometo prometido janji sumpah
daily weekly monthly yearly quickly slowly early late fast soon sooner later
step steps minutes hours days weeks months years time times
";
pub(crate) const ORD_ID: &str = "
ya iya yaa oke ok sih dong deh kok kan lho loh nih tuh aja saja juga lagi nanti besok tadi
sekarang kemarin dulu terus lalu kemudian habis sudah udah belum masih baru banget sekali
kok gitu begitu begini gini juga pula pun kan bukan tidak nggak gak ga enggak engga tentu
pasti mungkin semoga moga tolong makasih terima kasih maaf hehe haha wkwk dan atau tapi jadi
karena kalau kalo biar supaya agar yang di ke dari untuk buat sama dengan ini itu aku kamu
kita dia mereka saya kami sini sana situ kapan mana apa siapa kenapa gimana bagaimana
yuk ayo hayuk sip siap beres benar betul bener memang emang kayaknya sepertinya lagipula
pokoknya soalnya kayak seperti hari malam pagi siang sore semua
";
pub(crate) const ORD_ES: &str = "
también tampoco entonces luego después antes ahora hoy mañana ayer anoche siempre nunca
todavía aún ya vale bueno claro sí no pues bien mal así igual quizás quizá tal vez seguro
gracias perdón por favor porfa jaja jajaja oye vaya venga verdad eh ok okay y o pero
que de en a con sin para por como cuando si aunque yo tú te me lo la le se nos mí ti él
ellos nosotros todo todos nada algo alguien nadie otra otro vez mismo además incluso
solo sólo también demasiado mucho poco más menos muy bastante casi juntos
";
pub(crate) const ORD_PT: &str = "
também então depois antes agora hoje amanhã ontem sempre nunca ainda já tá ok okay bom bem
claro sim não né pois assim igual talvez certeza obrigado obrigada valeu desculpa por favor
kkk kkkk haha rs olha ei e ou mas que de em a com sem para pra por como quando se embora eu
você te me o lo la lhe se nos mim ele ela eles nós tudo todos nada algo alguém ninguém
outra outro vez mesmo além inclusive só demais muito pouco mais menos bastante quase juntos
aqui ali lá
";
pub(crate) const ORD_DE: &str = "
auch dann danach vorher jetzt heute morgen gestern immer nie noch schon ja nein doch okay ok
gut klar also eben halt mal wohl gerne gern danke bitte sorry genau richtig sicher
vielleicht wahrscheinlich natürlich eigentlich wirklich einfach trotzdem übrigens zusammen
allein wieder nochmal sofort bald später früher oder und aber denn dass weil wenn als ob wie
was wer wo ich du er sie es wir ihr mich dich mir dir uns euch alles nichts etwas jemand
niemand hier dort da so sehr zu viel mehr weniger haha hihi echt krass naja ach oh
";
pub(crate) const ORD_FR: &str = "
aussi alors ensuite puis après avant maintenant aujourd'hui demain hier toujours jamais
encore déjà oui non si ok okay d'accord bon bien mal ainsi pareil peut-être sûrement
vraiment merci pardon désolé désolée s'il te plaît stp svp haha mdr ptdr hein bref quand
même enfin voilà ensemble seul seule et ou mais donc car que qui de en à avec sans pour par
comme je tu il elle on nous vous ils elles moi toi lui eux tout tous rien quelque chose
quelqu'un personne autre fois même très trop beaucoup peu plus moins assez presque ici là
";
pub(crate) const ENDEAR_1: &str = "
love luv lovey darling darlin dear dearest sweetheart sweetie sweet honey hun hon
honeybun babe baby bae boo angel sunshine beautiful gorgeous handsome cutie cutiepie pumpkin
princess prince queen king buddy pal mate champ kiddo lovely petal treasure star starlight
moonbeam moonlight bestie beloved sleepyhead lovebug pet poppet dollface precious friend
sunbeam stargazer superstar rockstar sweetpea munchkin
sayang sayangku cinta cintaku beb bebeb ayang yang say manis dek adek adik kak kakak nak
sobat bestie cantik ganteng
cariño cariñito amor amorcito cielo cielito corazón corazon vida vidita querida querido
bonita bonito linda lindo preciosa precioso guapa guapo nena nene reina rey princesa tesoro
amiga amigo gordi bebé chiquita chiquito mija mijo mi'jo corazoncito
benzinho flor florzinha anjo querida querido linda lindo fofa fofo princesa gatinha
gatinho bebê coração docinho amiga amigo moça xuxu chuchu nega nego mozão
schatz schatzi liebling süße süßer maus mäuschen engel sternchen hase häschen spatz liebes
liebste liebster herzchen kleine kleiner prinzessin sonnenschein bärchen mausi
chérie chéri chéries doudou loulou bichette poulette choupette choupinou
";
pub(crate) const ENDEAR_N: &str = "
sweet pea|little one|my love|my dear|my darling|my sweet|my heart|my angel|
mi amor|mi vida|mi cielo|mi rey|mi reina|mi sol|mi niña|mi niño|
meu bem|meu amor|minha flor|minha vida|meu anjo|meu querido|minha querida|meu coração|
mein schatz|mein liebling|meine süße|mein engel|mein herz|
mon cœur|mon coeur|ma belle|mon amour|ma chérie|mon chéri|ma puce|mon chou|mon ange|ma douce|
mon trésor|ma biche|mon lapin|ma jolie|mon étoile|ma beauté|mon grand|ma grande|mon petit|
ma petite|ma chère|mon cher|mon chaton|ma chouette|mon loup|ma poupée
";
pub(crate) const SW_EN: &str = "
the and is are you i it to of that this what with for my me have was be not can just so your
do don't i'm it's but how would will about know like at on they we there been if or get all
one out up really think feel today want when here thank thanks night good morning he she his
her him them their an by from has had were did does could should am which who why because
than then also very much more some any no yes yeah okay sure well still even only into over
after before again never always sometimes something anything nothing everything can't didn't
i've i'll you're that's let's
";
pub(crate) const SW_ID: &str = "
yang dan aku kamu ini itu di ke dari tidak nggak gak ga ada apa saya dengan untuk juga sudah
udah bisa mau lagi aja banget kalau kalo tapi sama buat ya deh dong kok sih kan akan belum
harus karena jadi lebih masih malam pagi hari terima kasih makasih selamat tidur kita mereka
dia bagaimana gimana sekali hanya cuma punya biar pengen ingin tahu tau nanti tadi sekarang
kenapa sangat seperti kayak semua banyak waktu baru bikin lagi sedang lagi nya pun
";
pub(crate) const SW_ES: &str = "
el la los las que de y es en un una por con para no lo se me te mi tu muy pero más como qué
está estoy eres soy yo hoy también cuando porque bien gracias hola buenos noches días del al
hay sí esto eso ya todo nada algo mucho tengo puedo quiero le les su sus son fue era ser
estar tiene hacer así aquí ahora otra otro sobre entre después antes siempre nunca cómo
dónde quién vez mañana noche día
";
pub(crate) const SW_PT: &str = "
o a os as que de e é em um uma por com para não você eu meu minha seu sua muito mas mais
como está estou isso isto hoje também quando porque bem obrigado obrigada oi bom dia noite do
da no na dos das tem ao já tudo nada ainda só pra vou sou ele ela gente tá foi era ser estar
fazer assim aqui agora outra outro sobre depois antes sempre nunca onde quem vez amanhã
você vocês nós pelo pela num numa também então
";
pub(crate) const SW_DE: &str = "
der die das und ist ich du nicht ein eine zu mit sich auf für dem den es auch wie was wir mir
dich dir mein meine aber noch schon nur bin bist heute sehr gut danke hallo guten gute nacht
morgen kann habe hast wenn dass oder mal jetzt hier einfach immer war wird ja nein bitte
sind hat haben einen einem einer vom zum zur im am aus bei nach vor über unter weil dann
doch etwas nichts alles viel mehr wieder ganz gerne wirklich
";
pub(crate) const SW_FR: &str = "
le la les et est je tu vous il elle un une des du de que qui pas ne pour avec sur dans ce
c'est ça mais plus très mon ma mes ton ta tes moi toi suis es bien merci bonjour bonne nuit
aujourd'hui aussi quand parce au aux on j'ai n'est y en tout rien comme fait être avoir
cette cet ces son sa ses leur nous ils elles été était peux veux fais vais va ai as a
encore déjà toujours jamais ici là où alors donc car oui non si même trop peu beaucoup
";

mod equivalence {
    use super::super::lang::{LangPack, PACKS, phrases};
    use super::super::{Cue, Lang};
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn first<K: Ord + Clone, V: Clone>(entries: &[(K, V)]) -> BTreeMap<K, V> {
        let mut m = BTreeMap::new();
        for (k, v) in entries {
            m.entry(k.clone()).or_insert(v.clone());
        }
        m
    }
    fn six() -> &'static [&'static LangPack] {
        &PACKS[..6]
    }
    fn old_groups(gs: &[(&[Group], Cue)]) -> Vec<(String, String)> {
        let mut v = Vec::new();
        for (g, cue) in gs {
            for &(l, sh, ps) in *g {
                for p in phrases(ps) {
                    v.push((p.to_string(), format!("{cue:?} {l:?} {sh:?}")));
                }
            }
        }
        v
    }
    fn new_groups(
        gs: &[(fn(&LangPack) -> &'static [(Shape, &'static str)], Cue)],
    ) -> Vec<(String, String)> {
        let mut v = Vec::new();
        for (get, cue) in gs {
            for p in six() {
                for &(sh, ps) in get(p) {
                    for ph in phrases(ps) {
                        v.push((ph.to_string(), format!("{cue:?} {:?} {sh:?}", p.lang)));
                    }
                }
            }
        }
        v
    }
    fn words(lists: &[&str]) -> BTreeSet<String> {
        lists
            .iter()
            .flat_map(|l| l.split_whitespace().map(str::to_string))
            .collect()
    }
    fn pipes(lists: &[&str]) -> BTreeSet<String> {
        lists
            .iter()
            .flat_map(|l| {
                l.split('|')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
            })
            .collect()
    }

    #[test]
    fn packs_equal_old_tables() {
        let pairs: Vec<(Vec<(String, String)>, Vec<(String, String)>)> = vec![
            (
                old_groups(&[(INSTRUCTION, Cue::Instruction)]),
                new_groups(&[(|p| p.instruction, Cue::Instruction)]),
            ),
            (
                old_groups(&[
                    (USER_NAMES, Cue::UserNames),
                    (USER_ADDRESSES, Cue::UserAddresses),
                ]),
                new_groups(&[
                    (|p| p.user_names, Cue::UserNames),
                    (|p| p.user_addresses, Cue::UserAddresses),
                ]),
            ),
            (
                old_groups(&[
                    (ASSISTANT_TAKES, Cue::AssistantTakes),
                    (ASSISTANT_SELF, Cue::AssistantSelf),
                ]),
                new_groups(&[
                    (|p| p.assistant_takes, Cue::AssistantTakes),
                    (|p| p.assistant_self, Cue::AssistantSelf),
                ]),
            ),
            (
                old_groups(&[(USER_SELF, Cue::UserNames)]),
                new_groups(&[(|p| p.user_self, Cue::UserNames)]),
            ),
        ];
        for (o, n) in &pairs {
            assert_eq!(o.len(), n.len());
            assert_eq!(first(o), first(n));
        }
        let simple = |old: &[(Lang, &'static str)], get: fn(&LangPack) -> &'static str| {
            let o: Vec<(String, Lang)> = old
                .iter()
                .flat_map(|&(l, ps)| phrases(ps).map(move |p| (p.to_string(), l)))
                .collect();
            let n: Vec<(String, Lang)> = six()
                .iter()
                .flat_map(|pk| phrases(get(pk)).map(move |p| (p.to_string(), pk.lang)))
                .collect();
            assert_eq!(o.len(), n.len());
            assert_eq!(first(&o), first(&n));
        };
        simple(GREETINGS, |p| p.greetings);
        simple(REMEMBER, |p| p.remember);
        simple(ANNIVERSARY, |p| p.anniversary);
        simple(BOILERPLATE, |p| p.boilerplate);
        let o: Vec<(String, (bool, u8))> = RITUALS
            .iter()
            .flat_map(|&(_, m, lv, ps)| phrases(ps).map(move |p| (p.to_string(), (m, lv))))
            .collect();
        let n: Vec<(String, (bool, u8))> = six()
            .iter()
            .flat_map(|pk| pk.rituals)
            .flat_map(|&(m, lv, ps)| phrases(ps).map(move |p| (p.to_string(), (m, lv))))
            .collect();
        assert_eq!(o.len(), n.len());
        assert_eq!(first(&o), first(&n));

        let col = |get: fn(&LangPack) -> &'static str| -> Vec<&'static str> {
            six().iter().map(|p| get(p)).collect()
        };
        assert_eq!(words(&[CLAUSE_STARTS]), words(&col(|p| p.clause_starts)));
        assert_eq!(
            pipes(&[SIGNOFF_CLOSINGS]),
            pipes(&col(|p| p.signoff_closings))
        );
        // Mentions: pets, persons, honorifics, places.
        let mo: Vec<(String, u8)> = [(PETS, 0u8), (PERSONS, 1), (HONORIFICS, 2), (PLACES, 3)]
            .iter()
            .flat_map(|&(s, k)| phrases(s).map(move |p| (p.to_string(), k)))
            .collect();
        let gets: [fn(&LangPack) -> &'static str; 4] =
            [|p| p.pets, |p| p.persons, |p| p.honorifics, |p| p.places];
        let mn: Vec<(String, u8)> = gets
            .iter()
            .enumerate()
            .flat_map(|(k, g)| {
                six()
                    .iter()
                    .flat_map(move |pk| phrases(g(pk)).map(move |p| (p.to_string(), k as u8)))
            })
            .collect();
        assert_eq!(mo.len(), mn.len());
        assert_eq!(first(&mo), first(&mn));
        let co: Vec<&str> = CONNECTORS.to_vec();
        let cn: Vec<&str> = six()
            .iter()
            .flat_map(|p| p.connectors.iter().copied())
            .collect();
        assert_eq!(
            co.iter().collect::<BTreeSet<_>>(),
            cn.iter().collect::<BTreeSet<_>>()
        );
        // Word lists.
        let old_stop = words(&[
            STOP_PRODUCTS,
            STOP_AI,
            STOP_DAYS_MONTHS,
            STOP_PRONOUNS,
            STOP_GREETINGS,
            STOP_INTERJECTIONS,
            STOP_SENTENCE,
            STOP_SENTENCE_ID,
            STOP_SENTENCE_ES,
            STOP_SENTENCE_PT,
            STOP_SENTENCE_DE,
            STOP_SENTENCE_FR,
        ]);
        let mut ns: Vec<&str> = vec![STOP_PRODUCTS, STOP_AI];
        for p in six() {
            ns.extend_from_slice(p.stop_names);
        }
        assert_eq!(old_stop, words(&ns));
        assert_eq!(
            words(&[ORD_EN, ORD_ID, ORD_ES, ORD_PT, ORD_DE, ORD_FR]),
            words(&col(|p| p.ordinary))
        );
        assert_eq!(words(&[ENDEAR_1]), words(&col(|p| p.endearments)));
        assert_eq!(pipes(&[ENDEAR_N]), pipes(&col(|p| p.endearment_phrases)));
        for (i, sw) in [SW_EN, SW_ID, SW_ES, SW_PT, SW_DE, SW_FR]
            .iter()
            .enumerate()
        {
            assert_eq!(words(&[sw]), words(&[PACKS[i].stopwords]), "{i}");
        }
    }
}
