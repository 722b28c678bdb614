//! Function words of languages ferry has no patterns for (ISO 639-1 code, words). They are
//! never a name, a pet name or a form of address. A name that a language's pattern finds in a
//! message recognised as one of these languages is dropped ([`super::super::hits_in_language`]);
//! these lists catch the short and mixed messages that are not recognised.
//!
//! Each entry is (code, function words, more words, letters). Function words are never names, pet names
//! or forms of address, and mark the language for [`super::super::detect()`]. The more words only
//! mark the language: they are also common given names or ordinary nouns elsewhere (Dutch and
//! Turkish "ben", Turkish "sen" and "ama", Polish "bo", "nic", "tam" and "po", Dutch "dan",
//! Catalan "jo", "ara" and "mai").

/// A language without patterns: (ISO 639-1 code, function words, words for detection only,
/// the letters beyond ASCII it writes, as [`super::LangPack::letters`]).
pub(crate) type Other = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

pub(crate) const FUNCTION_WORDS: &[Other] = &[
    (
        "pl",
        "
i w z na nie się że to jest jak ale czy tak co do od o za już jeszcze bardzo tylko też a ja
ty on ona my wy oni mnie mi cię ci go jej ich nas was mój moja moje twój twoja jestem jesteś
są był była było mam masz ma może dla przez przy bez pod nad przed tu teraz dziś dzisiaj
jutro wczoraj kiedy gdzie dlaczego więc albo lub który która które ten ta te tego tej
dobrze dzięki dziękuję cześć hej no coś wszystko zawsze nigdy chyba właśnie naprawdę trochę
wiem wiesz chcę mogę
",
        "bo nic tam po mnie sobie tobą ciebie mój dom",
        Some("ąćęłńóśźż"),
    ),
    (
        "nl",
        "
de het een en van ik je jij niet is dat die wat er op te zijn met voor maar ook nog wel naar
om als heb hebt heeft was kan kun wil mijn jouw ons onze hoe waarom wie waar nu hier daar
goed echt heel veel geen niets iets alles altijd nooit vandaag morgen gisteren bedankt dank
hoi hallo doei ja nee oké dus want omdat toch even gewoon misschien zeker bent wordt worden
hebben
",
        "ben dan net nou zo jullie zij hij haar hem mij",
        // Stress and diaeresis: "één", "ideeën", "café".
        Some("áàâäéèêëíïóôöúûü"),
    ),
    (
        "tr",
        "
ve bir bu da de ne ile için çok gibi daha var yok o biz siz onlar mi mı mu mü değil evet
hayır şey kadar sonra önce şimdi bugün yarın dün nasıl neden niye çünkü her hiç bana sana
beni seni benim senin şu ki ya ise diye olarak bence tamam teşekkürler teşekkür ederim
merhaba selam günaydın iyi geceler
",
        "ben sen ama öyle böyle aynen yeni bunu şunu onu çünkü artık hep",
        Some("çğıöşüâîû"),
    ),
    (
        "ca",
        "
amb és molt perquè aquest aquesta aquests aquestes doncs avui també els ho hi nosaltres
vosaltres sóc estic tinc vull puc gràcies bon dia bona nit res ningú sempre encara
",
        "jo ara mai meu teu seu feina",
        Some("àçéèíïòóúü"),
    ),
];
