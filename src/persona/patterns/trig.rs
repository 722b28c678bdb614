//! Trigger phrases per language. Phrases are lowercase (matching folds ASCII case), separated
//! by `|`; a straight apostrophe also matches a curly one.

use super::Lang::{self, De, En, Es, Fr, Id, Pt};

/// How a name relates to a trigger phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Trigger, then the name: "call you Nova".
    Then,
    /// Trigger, optional comma, then the name: "Good morning, Nova".
    ThenComma,
    /// The name, then the trigger, then the end of the phrase: "Nova it is 💫".
    Before,
    /// Trigger, name, then the end of the phrase: "Va pour Lumi 💫".
    ThenEnd,
    /// German object pronoun, name, then a form of "nennen": "dich Nova nennen".
    Nennen,
    /// Only near the start of the text: "Hey, it's Mira", "Halo, ini Sari".
    Start,
}

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
