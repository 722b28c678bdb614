//! Function words of languages ferry has no patterns for (ISO 639-1 code, words). They are
//! never a name, a pet name or a form of address (text in these languages is not scanned for
//! names at all when it is recognised, see [`super::super::has_patterns`]; these lists catch
//! the mixed and short messages that slip through).
//!
//! Words that are also common given names in other languages are left out on purpose: Dutch
//! and Turkish "ben" (Ben), Turkish "sen" and "ama", Polish "bo", "nic", "tam" and "po",
//! Dutch "dan".

pub(crate) const FUNCTION_WORDS: &[(&str, &str)] = &[
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
    ),
    (
        "tr",
        "
ve bir bu da de ne ile için çok gibi daha var yok o biz siz onlar mi mı mu mü değil evet
hayır şey kadar sonra önce şimdi bugün yarın dün nasıl neden niye çünkü her hiç bana sana
beni seni benim senin şu ki ya ise diye olarak bence tamam teşekkürler teşekkür ederim
merhaba selam günaydın iyi geceler
",
    ),
];
