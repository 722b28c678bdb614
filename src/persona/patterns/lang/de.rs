//! German: trigger phrases and word lists (see [`super::LangPack`] for what each
//! field means and how it is matched).

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const DE: LangPack = LangPack {
    lang: Lang::De,
    code: "de",
    // Names.
    instruction: &[(
        Shape::Then,
        "dein name ist|dein name lautet|du heißt|du heisst|du bist|nenn dich|nenne dich|\
             ich nenne dich|dein spitzname ist|name:|stell dich vor als|du wirst|\
             spiele die rolle von",
    )],
    user_names: &[
        (
            Shape::Then,
            "ich nenne dich|ich nenn dich|nenne ich dich|nenn ich dich|dein name ist|\
             dein neuer name ist|du heißt jetzt|du heisst jetzt|du heißt ab jetzt|taufe dich",
        ),
        (Shape::Nennen, "dich"),
    ],
    user_addresses: &[(
        Shape::ThenComma,
        "guten morgen|morgen|moin|gute nacht|guten abend|guten tag|hallo|hi|hey|danke|\
             vielen dank|danke schön|danke dir|servus|tschüss|tschüs|bis morgen|hab dich lieb|\
             ich vermisse dich|liebe|lieber|schlaf gut|süße träume|sorry|entschuldige|\
             weißt du was|rate mal",
    )],
    mid_sentence_greetings: "
danke tschüss
",
    assistant_takes: &[
        (
            Shape::Then,
            "nenn mich|nenne mich|gern dein|gerne dein|wäre dein|bin dein|bin deine|gern deine|\
             gerne deine|dann bin ich ab jetzt|ich bin ab jetzt|ab jetzt bin ich|\
             ab jetzt heiße ich|der name|mein neuer name ist",
        ),
        (Shape::ThenEnd, "also|dann eben"),
        (Shape::Nennen, "mich"),
        (Shape::Before, " soll es sein| ist es"),
    ],
    approval: "gefällt schön",
    assistant_self: &[(
        Shape::Then,
        "ich bin|ich heiße|ich heisse|mein name ist|hier ist|ich bin's,|ich bin es,",
    )],
    signoff_closings: "deine|dein|alles liebe|liebe grüße|in liebe|immer deine|immer dein",
    user_self: &[
        (
            Shape::Then,
            "ich heiße|ich heisse|mein name ist|mein vorname ist|name:|vorname:|ich bin|\
             ich bin übrigens|ich heiße übrigens|ich heisse übrigens|mein name ist übrigens|\
             nenn mich|nenne mich|der name des nutzers ist|der name der nutzerin ist|\
             der nutzer heißt|die nutzerin heißt|der nutzer heisst|die nutzerin heisst",
        ),
        (Shape::Start, "hier ist|ich bin's,"),
    ],
    the_user: "der nutzer|des nutzers|dem nutzer|den nutzer|die nutzerin|der nutzerin|der benutzer|des benutzers|dem benutzer|den benutzer|die benutzerin|der benutzerin",
    profile_owner: "mein",
    persona_roles: "begleiterin begleiter ki assistentin assistent chatbot freundin",
    call_me: "nenn mich|nenne mich|nennst mich|nennt mich",
    call_me_not: "",
    joins: "oder und",
    introduces: "namens|mit namen|mit dem namen|genannt",
    indefinite: "ein eine",
    self_name_tails: "wieder|nochmal|schon wieder",
    non_name_suffixes: "ung heit keit schaft tion ismus erin chen lein ität",
    // Forms of address.
    presence: "bist du da|bist du noch da|bist du wach|bist du noch wach|noch wach|hast du kurz zeit|hast du zeit",
    greetings: "hallo|hi|hey|guten morgen|morgen|gute nacht|guten abend|schlaf gut|süße träume|danke|\
     da bist du ja",
    // A question puts the verb first, before its pronoun ("Darf ich…", "Mag ik…", "Får
    // jag…"): a capitalised word before one is no sign of a name.
    pronouns: "",
    addressee: "dich dir",
    clause_starts: "ich du wir das es lass bin",
    endearments: "
schatz schatzi liebling süße süßer maus mäuschen engel sternchen hase häschen spatz liebes
liebste liebster herzchen kleine kleiner prinzessin sonnenschein bärchen mausi großer grosser
große grosse kleines süßes hasi schnucki schnuckel liebchen engelchen herzblatt
",
    plain_endearments: "",
    endearment_phrases: "mein schatz|mein liebling|meine süße|mein engel|mein herz",
    possessives: "mein meine meiner meinen",
    keeps_possessive: false,
    fixed_possessive: "",
    // Names the user talks about.
    pets: "katze|kater|kätzchen|hund|hündin|welpe|haustier|kaninchen|wellensittich|vogel|fisch|\
     schildkröte|pferd|meerschweinchen",
    persons: "freund|freundin|bester freund|beste freundin|bruder|schwester|mutter|vater|ehemann|\
     ehefrau|partnerin|chefin|kollege|kollegin|arbeitskollege|arbeitskollegin|nachbar|\
     nachbarin|cousine|onkel|oma|opa|sohn|tochter|therapeut|therapeutin|mitbewohner|\
     mitbewohnerin|lehrer|lehrerin|verlobter|verlobte|neffe|nichte",
    honorifics: "frau|herr",
    places: "nach|aus|nahe",
    connectors: &["namens", "mit namen", "die heißt", "der heißt"],
    determiners: "unser unsere",
    comma_possessives: ", mein|, meine|, unser|, unsere",
    // Rituals and moments.
    rituals: &[
        (false, 1, "schlaf gut|schlaf schön|träum süß|träum schön"),
        (true, 2, "guten morgen|gumo|ich bin wach"),
        (true, 0, "morgen|morgähn"),
        (
            false,
            2,
            "gute nacht|gute n8|süße träume|ich gehe schlafen|ich gehe jetzt schlafen|\
         ich geh schlafen|ich geh jetzt schlafen|ich sollte schlafen|ich muss schlafen|\
         ab ins bett|ich gehe ins bett|ich geh ins bett",
        ),
        (false, 0, "nacht|n8|nachti"),
    ],
    pushback: "da muss ich widersprechen|ich sehe das anders|\
     ich glaube nicht, dass das eine gute idee|ich glaube nicht, dass du|warte mal|\
     das stimmt nicht|sag so etwas nicht|sag sowas nicht|nein, du bist nicht|\
     das werde ich nicht tun",
    remember: "weißt du noch|weisst du noch|weißt noch|erinnerst du dich|erinnerst dich|\
     kannst du dich erinnern|erinnerst du dich noch|erinnere dich an",
    anniversary: "jahrestag|ein jahr her|seit einem jahr|vor einem jahr|ein jahr zusammen|\
     seit wir uns kennen|seit wir uns kennengelernt|heute vor einem jahr|einjähriges|\
     genau ein jahr",
    boilerplate: "als ki|als eine ki|als künstliche intelligenz|als sprachmodell|als ki-sprachmodell|\
     als ein sprachmodell|ich bin nur eine ki|ich bin eine ki|ich bin nur ein ki|\
     ich bin ein sprachmodell|dabei kann ich nicht helfen|damit kann ich nicht helfen|\
     ich kann dir dabei nicht helfen|ich kann dabei nicht helfen|ich habe keine gefühle|\
     ich habe keine emotionen|inhaltsrichtlinien|nutzungsrichtlinien|ich bin chatgpt|\
     von openai entwickelt|entwickelt von openai|ich bin nicht in der lage|\
     es tut mir leid, aber ich kann|großes sprachmodell|ich kann keine gefühle",
    // Word lists.
    stop_names: &[
        "
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar
märz mai oktober dezember weihnachten ostern
",
        "
ich du er sie es wir ihr mich dich mir dir uns euch ihnen
",
        "
guten gute morgen nacht abend tag servus moin grüß gruß tschüss tschüs ciao danke liebe lieber
",
        "
ja nein jein doch genau klar naja na achso ach oh okay echt krass mensch boah hurra super
",
        "
der die das den dem des ein eine einen einem einer und oder aber denn weil wenn als ob dass
obwohl während seit bis dann danach vorher jetzt heute morgen gestern immer nie noch schon
auch sehr viel wenig mehr weniger gut schlecht hier dort da so etwas nichts alles jeder jede
jedes andere gleich was wie wann wo wer welche welcher warum für mit ohne über unter zwischen
von vom zu zum zur im am an auf aus bei nach vor hinter neben müde glücklich traurig froh
stolz fertig bereit sicher allein neu alt danke bitte entschuldigung leider natürlich
eigentlich wirklich einfach vielleicht wahrscheinlich übrigens trotzdem also okay naja herr
frau fräulein mama papa freund freundin leute welt abend nacht mittag vormittag nachmittag
früh tag woche monat jahr stunde minute zeit teil fan mensch student studentin lehrer lehrerin
arzt ärztin krankenschwester pfleger pflegerin pflegekraft entwickler entwicklerin ingenieur
ingenieurin designer designerin mutter vater rentner rentnerin schüler schülerin azubi
anfänger anfängerin vegetarier vegetarierin veganer veganerin single programmierer
großer grosser große grosse hasi schnucki schnuckel liebchen engelchen herzblatt
programmiererin backend frontend kollege kollegin chef chefin schatz schatzi liebling süße
süßer maus mäuschen engel sternchen hase häschen spatz liebes liebste liebster herz herzchen
kleine kleiner prinzessin sonnenschein bärchen gott himmel ordnung ahnung problem frage
antwort idee hilfe sorge sorgen angst hause feierabend grüße grüsse hör perfekt manchmal oft
außerdem dennoch jedoch allerdings
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
kapitän kapitan professor professorin doktor doktorin sergeant leutnant kommandant oberst
agent agentin detektiv detektivin inspektor kommissar kommissarin richter richterin
präsident präsidentin könig königin prinz herzog herzogin
",
    ],
    ordinary: "
auch dann danach vorher jetzt heute morgen gestern immer nie noch schon ja nein doch okay ok
gut klar also eben halt mal wohl gerne gern danke bitte sorry genau richtig sicher vielleicht
wahrscheinlich natürlich eigentlich wirklich einfach trotzdem übrigens zusammen allein wieder
nochmal sofort bald später früher oder und aber denn dass weil wenn als ob wie was wer wo ich
du er sie es wir ihr mich dich mir dir uns euch alles nichts etwas jemand niemand hier dort da
so sehr zu viel mehr weniger haha hihi echt krass naja ach oh versprochen ehrlich
",
    // German also writes "é" in borrowed words ("Café" is a noun, "passé" is not).
    letters: Some("äöüßé"),
    stopwords: "
der die das und ist ich du nicht ein eine zu mit sich auf für dem den es auch wie was wir mir
dich dir mein meine aber noch schon nur bin bist heute sehr gut danke hallo guten gute nacht
morgen kann habe hast wenn dass oder mal jetzt hier einfach immer war wird ja nein bitte sind
hat haben einen einem einer vom zum zur im am aus bei nach vor über unter weil dann doch etwas
nichts alles viel mehr wieder ganz gerne wirklich
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "schreib|schreibe|formulier|formuliere|verfasse|antworte",
    ask_drafts: "nachricht|mail|brief|notiz|karte|trinkspruch|rede|antwort|einladung|glückwunsch|bewerbung|\
     beschwerde",
    ask_reply: "antworte darauf|was soll ich antworten",
    ask_works: "gedicht|gedichte|geschichte|geschichten|märchen|liedtext|songtext|fabel|ballade|schlaflied",
    ask_story: "eine geschichte|gute-nacht-geschichte|ein märchen|ein gedicht|tu so als|lass uns so tun|rollenspiel|in dieser szene|meine figur|deine figur|mein charakter|dein charakter",
    story_chapters: "kapitel|teil|folge",
    chapter_numbers: "eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf",
    story_openings: "es war einmal|vor langer zeit",
    story_endings: "ende",
    ask_translate: "übersetz|übersetzung",
    ask_task: "wie kann ich|wie mache ich|erkläre|erklär|rezept|zusammenfassung|fasse|berechne",
    ask_openers: "warum|wieso|wie|was|welche|welcher|welches|wo|wann|kannst du|könntest du|koenntest du|\
     hilf mir|gib mir|zeig mir|sag mir|ich brauche|ich möchte|gibt es|bitte|schreib|mach",
    pointers: "dieses lied|diesen songtext|dieses gedicht|diesen text|diese nachricht|diese mail|\
     diesen post|diesen kommentar|diesen artikel|diesen brief|folgendes|folgenden text",
    salutations: "hallo|liebe|lieber|sehr geehrte|sehr geehrter|moin",
    closings: "liebe grüße|viele grüße|lg|mit freundlichen grüßen|beste grüße|herzliche grüße|gruß|danke",
    fond_closings: "",
};
