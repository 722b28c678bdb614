//! Function words of languages ferry has no patterns for (ISO 639-1 code, words). They are
//! never a name, a pet name or a form of address. A name that a language's pattern finds in a
//! message recognised as one of these languages is dropped ([`super::super::hits_in_language`]);
//! these lists catch the short and mixed messages that are not recognised.
//!
//! Each entry is (code, function words, more words, letters). Function words are never names, pet names
//! or forms of address, and mark the language for [`super::super::detect()`]. The more words only
//! mark the language: they are also common given names or ordinary nouns elsewhere (Danish
//! and Norwegian "til", "han", "jo", Norwegian "meg", Catalan "jo", "ara" and "mai").
//!
//! Danish and Norwegian are here so that they are not read as Swedish, which has patterns and
//! shares "om", "på", "det" and "kan" with them.

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
        "da",
        "
jeg ikke det er og at har ved hvad hvordan hvorfor hvornår hvem meget også mig dig være
været nu her der hvis fordi men eller med fra på af om kan vil skal må godt tak hej godnat
godmorgen nogen noget aldrig altid måske bare lige sådan vores jeres deres mit mine dit dine
sit sine hun vi dem os lidt rigtig synes tror
",
        "til han min din alle jo",
        Some("æøåé"),
    ),
    (
        "nb",
        "
jeg ikke det er og at har hva hvordan hvorfor når hvem mye også deg være vært nå her der
hvis fordi men eller med fra på av om kan vil skal må bra takk hei noen aldri alltid
kanskje bare litt sånn vår våre deres mitt mine ditt dine sitt sine hun vi dem oss veldig
synes tror
",
        "til han min din alle jo meg noe",
        Some("æøåéóòô"),
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
