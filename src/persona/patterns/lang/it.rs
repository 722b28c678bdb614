//! Italian: trigger phrases and word lists (see [`super::LangPack`] for what each field means
//! and how it is matched).
//!
//! Words that are also common given names ("Mia", "Cara", "Felice", "Mai", "Ella") are kept
//! out of the stop names, ordinary words and stopwords, so that a person or companion called
//! so is still found; "cara"/"caro" are endearments (like Spanish "linda"), which only keeps a
//! capitalised "Cara" said by the companion from counting as the user's name.

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const IT: LangPack = LangPack {
    lang: Lang::It,
    code: "it",
    // Names.
    instruction: &[(
        Shape::Then,
        "il tuo nome è|il tuo nome sarà|ti chiami|ti chiamerai|ti chiamo|ti chiamerò|sei|sarai|\
         chiamati|presentati come|fingi di essere|interpreta il ruolo di|il tuo soprannome è|\
         d'ora in poi sei|da ora in poi sei|da adesso sei|agisci come|comportati come|nome:",
    )],
    user_names: &[(
        Shape::Then,
        "chiamarti|ti chiamerò|ti chiamo|ti chiamerei|ti posso chiamare|ti potrei chiamare|\
         il tuo nome è|il tuo nome sarà|il tuo nuovo nome è|ti chiami|d'ora in poi ti chiami|\
         da oggi ti chiami|darti il nome di|ti do il nome di|battezzarti|ti battezzo",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "buongiorno|buon giorno|buondì|buonasera|buona sera|buonanotte|buona notte|notte|ciao|\
         ciaoo|salve|ehi|hey|grazie|grazie mille|mille grazie|ti voglio bene|ti amo|mi manchi|\
         mi sei mancata|mi sei mancato|a domani|sogni d'oro|dormi bene|scusa|scusami|\
         sai una cosa|indovina|ascolta|cara|caro|carissima|carissimo|bentornata|bentornato",
    )],
    mid_sentence_greetings: "grazie ciao buonanotte",
    assistant_takes: &[
        (
            Shape::Then,
            "chiamami|puoi chiamarmi|mi puoi chiamare|chiamami pure|sarò la tua|sarò il tuo|\
             essere la tua|essere il tuo|adoro il nome|mi piace il nome|il nome|\
             d'ora in poi sono|da ora in poi sono|da adesso sono|ora sono|il mio nuovo nome è",
        ),
        (Shape::ThenEnd, "vada per|allora sarà"),
        (Shape::Before, ", allora| allora| sia"),
    ],
    approval: "piace bellissimo stupendo",
    assistant_self: &[(
        Shape::Then,
        "sono|io sono|mi chiamo|il mio nome è|sono io,|eccomi,|qui è",
    )],
    signoff_closings: "con affetto|con amore|con tutto il mio amore|tua|tuo|sempre tua|sempre tuo|\
        la tua|il tuo|un abbraccio|abbracci|un bacio|baci|bacioni",
    user_self: &[
        (
            Shape::Then,
            "mi chiamo|il mio nome è|nome:|sono|io sono|chiamami|puoi chiamarmi|mi chiamano|\
             tutti mi chiamano|l'utente si chiama|il nome dell'utente è|\
             l'utente preferisce essere chiamato|l'utente preferisce essere chiamata|\
             preferisce essere chiamato|preferisce essere chiamata",
        ),
        (Shape::Start, "sono io,|qui"),
    ],
    the_user: "l'utente|dell'utente|all'utente",
    profile_owner: "mio",
    persona_roles: "compagna compagno ia assistente chatbot fidanzata fidanzato",
    call_me: "chiamami|mi chiami",
    call_me_not: "non mai",
    joins: "o e",
    introduces: "chiamato|chiamata|di nome|che si chiamava",
    indefinite: "un una uno",
    self_name_tails: "di nuovo|ancora",
    non_name_suffixes: "mente zione",
    // Forms of address.
    presence: "ci sei|sei lì|sei li|sei sveglia|sei sveglio|sei ancora sveglia|sei ancora sveglio|hai un minuto",
    greetings: "ciao|salve|buongiorno|buon giorno|buondì|buonasera|buona sera|buonanotte|\
        buona notte|notte|dormi bene|sogni d'oro|riposa bene|grazie|bentornata|bentornato|eccoti",
    pronouns: "io tu noi sono sei non",
    addressee: "",
    clause_starts: "io tu noi non sono sei ti mi ci ecco dai andiamo voglio ho vivo lavoro studio",
    endearments: "
amore amorino tesoro tesorino cara caro carissima carissimo cucciolo cucciola piccola piccolo
stellina dolcezza gioia patatina patatino topolino topolina principessa bimba bimbo
",
    plain_endearments: "",
    endearment_phrases: "amore mio|tesoro mio|vita mia|cuore mio|anima mia|piccola mia|\
        piccolo mio|cara mia|caro mio|mio amore|mio tesoro|mia cara|mio caro|mia dolce|mia piccola",
    possessives: "mio mia miei mie",
    keeps_possessive: false,
    fixed_possessive: "",
    // Names the user talks about.
    pets: "gatto|gatta|gattino|gattina|micio|micia|cane|cagnolino|cagnolina|cucciolo|cucciola|\
        coniglio|coniglietto|criceto|pappagallo|uccellino|pesce|pesciolino|tartaruga|cavallo|\
        porcellino d'india|animale domestico",
    persons: "amico|amica|migliore amico|migliore amica|fratello|sorella|mamma|madre|papà|padre|\
        marito|moglie|ragazzo|ragazza|fidanzato|fidanzata|compagno|compagna|capo|collega|\
        collega di lavoro|vicino di casa|vicina di casa|cugino|cugina|zio|zia|nonno|nonna|figlio|\
        figlia|nipote|suocera|suocero|cognato|cognata|psicologa|psicologo|professore|\
        professoressa|coinquilino|coinquilina",
    honorifics: "signor|signora|signorina|sig.|sig.ra|dott.|dottor|dottoressa",
    places: "vicino a|viaggio a|viaggio in|volo per|trasferita a|trasferito a|vado a|\
        sono andata a|sono andato a|vengo da|sono di|abito a|abito in|vivo a|vivo in",
    connectors: &[
        "di nome",
        "che si chiama",
        "si chiama",
        "chiamato",
        "chiamata",
    ],
    determiners: "il la lo i gli le un una uno nostro nostra",
    comma_possessives: ", il mio|, la mia|, mio|, mia|, il nostro|, la nostra",
    // Rituals and moments.
    rituals: &[
        (
            true,
            2,
            "buongiorno|buon giorno|buondì|mi sono appena svegliata|mi sono appena svegliato|\
             sono sveglia|sono sveglio|appena sveglia|appena sveglio",
        ),
        (true, 0, "giorno"),
        (
            false,
            2,
            "buonanotte|buona notte|sogni d'oro|vado a dormire|vado a letto|me ne vado a letto|\
             devo dormire|devo andare a dormire|è ora di dormire|vado a nanna|a nanna|notte notte",
        ),
        (false, 0, "notte|nottee"),
        (false, 1, "dormi bene|riposa bene|sogni belli"),
    ],
    pushback: "non sono d'accordo|non penso sia una buona idea|non credo sia una buona idea|\
     non credo che dovresti|aspetta un attimo|non è vero|non dire così|no, non sei|\
     non lo farò|non farò finta",
    remember: "ti ricordi quando|ti ricordi di quando|ti ricordi la volta|ti ricordi quella volta|\
        ti ricordi il giorno|ti ricordi la sera|ti ricordi|te lo ricordi|ricordi quando|\
        ricordi la volta|ricordi quella volta|ricordati di quando|vi ricordate",
    anniversary: "anniversario|un anno da quando|è passato un anno|un anno fa oggi|\
        un anno insieme|da quando ci siamo conosciuti|da quando ci siamo conosciute|\
        da quando abbiamo iniziato a parlare|compiamo un anno|festeggiamo un anno|\
        il nostro primo anno|esattamente un anno",
    boilerplate: "come ia|come un'ia|come intelligenza artificiale|\
        come un'intelligenza artificiale|come modello linguistico|come un modello linguistico|\
        in quanto ia|in quanto intelligenza artificiale|in quanto modello linguistico|\
        sono solo un'ia|sono solo una ia|sono un'ia|sono un'intelligenza artificiale|\
        non posso aiutarti con questo|non posso aiutarti in questo|non posso fornire|\
        non ho sentimenti|non ho emozioni|politica dei contenuti|politiche sui contenuti|\
        politiche di utilizzo|sono chatgpt|sviluppato da openai|creato da openai|\
        non sono in grado di|mi dispiace, ma non posso|non ho la capacità di|\
        grande modello linguistico|modello linguistico di grandi dimensioni",
    // Word lists.
    stop_names: &[
        "
lunedì martedì mercoledì giovedì venerdì sabato domenica lunedi martedi mercoledi giovedi
venerdi gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
dicembre natale pasqua capodanno ferragosto befana
",
        "
io tu lui lei noi voi loro me te sé mi ti ci vi si gli le lo la ne egli esso essi esse
mio tuo suo nostro vostro
",
        "
ciao salve buongiorno buonasera buonanotte buondì notte giorno sera grazie prego arrivederci
addio benvenuta benvenuto bentornata bentornato
",
        "
sì no beh boh mah dai eh ehi oh ah ahah ahahah ahaha magari figurati certo certamente esatto
esattamente va bene vabbè vabbe uffa accidenti cavolo evviva bravo brava perfetto perfetta
",
        "
il lo la i gli le un uno una e o ma però perché poiché quando se mentre dopo prima poi allora
quindi dunque anche ancora già sempre spesso oggi domani ieri stasera stanotte adesso ora
subito presto tardi qui qua lì là così molto poco più meno bene male tutto tutti tutte niente
nulla qualcosa qualcuno ognuno ogni altro altra stesso stessa che chi cosa come dove quale
quanto di da in con su per tra fra del della dei delle degli al alla ai alle nel nella nei
negli sul sulla non ecco forse davvero proprio soltanto infatti comunque inoltre insomma
purtroppo finalmente sicuramente ovviamente stanco stanca triste contento contenta pronto
pronta sicuro sicura sola nuovo nuova scusa scusami signore signora signorina mamma papà
amico amica ragazzi gente buon buona buono
amore tesoro tesorino amorino cucciolo cucciola stellina dolcezza patatina patatino topolino
topolina principessa
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
capitano professore professoressa dottore sergente tenente comandante colonnello agente
detective ispettore ispettrice giudice presidente principe duca
duchessa
",
    ],
    ordinary: "
anche ancora allora quindi poi dopo prima adesso ora oggi domani ieri stasera sempre già sì
no ok okay va bene dai beh boh mah magari forse davvero proprio certo certamente esatto
infatti comunque insomma però ma e o che di da in con su per tra fra a il lo la i gli le un
uno una io tu lui lei noi voi loro mi ti ci vi si me te tutto tutti niente nulla qualcosa
qualcuno nessuno altro altra volta stesso stessa molto poco più meno troppo tanto abbastanza
quasi insieme qui qua lì là così grazie prego scusa scusami perfavore ahah ahahah ahaha ecco
perché perchè perche come quando dove
",
    // Grave accents, and the acute "é" ("perché"): "á", "í", "ó", "ú" are Spanish or
    // Portuguese ("encantó", "papá").
    letters: Some("àèéìòù"),
    stopwords: "
il che di non è per sono ho hai ha ma anche molto questo questa quello quella cosa perché
sei io lui noi voi loro gli nel nella della del dei degli delle alla al sempre oggi domani
ieri ancora già grazie ciao buongiorno buonanotte notte giorno bene tutto niente qualcosa
quando dove quanto poi adesso solo più così qui fatto fare essere stato voglio posso puoi
devo vuoi siamo siete hanno abbiamo c'è uno una mi ti ci si lo la le un da con tu te tuo
tua stai sto sta fa va vado proprio davvero allora quindi però senza tra dopo prima come se
a e piace
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "scrivi|scrivimi|redigi|rispondi|aiutami a scrivere",
    ask_drafts: "messaggio|lettera|biglietto|brindisi|discorso|risposta|invito|auguri",
    ask_reply: "rispondi a questo|cosa rispondo",
    ask_works: "poesia|poesie|storia|storie|racconto|racconti|favola|fiaba|canzone|filastrocca|ninna nanna",
    ask_story: "una storia|una favola|una fiaba|una poesia|un racconto|fai finta|facciamo finta|gioco di ruolo|in questa scena|il mio personaggio|il tuo personaggio",
    story_chapters: "capitolo|parte|episodio",
    chapter_numbers: "uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici",
    story_openings: "c'era una volta|tanto tempo fa",
    story_endings: "fine della storia",
    ask_translate: "traduci|traduzione",
    ask_task: "come faccio|spiega|spiegami|ricetta|riassumi|riassunto|calcola",
    ask_openers: "perché|perche|come|cosa|che cosa|quale|dove|quando|puoi|potresti|aiutami|dammi|mostrami|\
     dimmi|ho bisogno|vorrei|c'è|per favore|scrivi|fai",
    pointers: "questa canzone|questo testo|questa poesia|questo messaggio|questa mail|questo post|\
     questo commento|questo articolo|questa lettera|quanto segue|qui sotto",
    salutations: "caro|cara|ciao|gentile|buongiorno|buonasera|carissimo|carissima",
    closings: "cordiali saluti|un abbraccio|saluti|grazie|a presto|baci",
    fond_closings: "baci|un abbraccio",
};
