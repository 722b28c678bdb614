//! Names in scripts without capitals: Korean ([`hangul`]), Japanese and Chinese ([`cjk`]).
//! The rest of the pattern layer asks here, once per text, what those two read.

use std::ops::Range;

use super::{cjk, hangul};

pub(crate) use cjk::unspaced;
pub(crate) use hangul::Whose;

use super::lang::RitualCue;

/// What the person asks for in these languages, as the packs' ask lists: translate, reply,
/// write, drafts, story, task (`persona::context`).
pub(crate) const ASKS: [[&str; 2]; 6] = [
    [hangul::ASK_TRANSLATE, cjk::ASK_TRANSLATE],
    [hangul::ASK_REPLY, cjk::ASK_REPLY],
    [hangul::ASK_WRITE, cjk::ASK_WRITE],
    [hangul::ASK_DRAFTS, cjk::ASK_DRAFTS],
    [hangul::ASK_STORY, cjk::ASK_STORY],
    [hangul::ASK_TASK, cjk::ASK_TASK],
];

/// Good mornings and goodnights in these languages, as the packs' rituals.
pub(crate) fn rituals() -> impl Iterator<Item = &'static RitualCue> {
    hangul::RITUALS.iter().chain(cjk::RITUALS)
}

/// Whether `text` has a letter of Korean, Japanese or Chinese. Each is three bytes in UTF-8
/// whose first is E3 to ED; most text has no such byte (curly quotes and dashes start with
/// E2, emoji with F0), and is answered by one pass over its bytes that the compiler
/// vectorises, without decoding a character.
pub(crate) fn any(text: &str) -> bool {
    crate::text::has_byte_within(text.as_bytes(), 0xE3, 0xED)
        && text
            .chars()
            .any(|c| hangul::syllable(c) || cjk::unspaced(c))
}

/// Names the person says to someone: each name's range and the phrase's.
pub(crate) fn addresses(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = hangul::addresses(text);
    out.extend(cjk::addresses(text));
    out
}

/// Forms of address in a reply that the rules for capitalised names do not find, as written.
pub(crate) fn reply_addresses(text: &str) -> Vec<Range<usize>> {
    let mut out = hangul::leading_addresses(text);
    out.extend(cjk::reply_addresses(text));
    out
}

/// Names given with "my name is", "your name is", "call me", "I'll call you".
pub(crate) fn names_given(text: &str) -> Vec<(Whose, Range<usize>, Range<usize>)> {
    let mut out = hangul::names_given(text);
    out.extend(cjk::names_given(text));
    out
}

/// The person's name as a saved memory of these languages gives it, in the third person:
/// "用户名叫林悦", "用户的名字是林悦", "ユーザーの名前はけん", "사용자의 이름은 지민이다". Read as
/// the same sentence in the first person ([`names_given`]).
pub(crate) fn user_named_in_memory(text: &str) -> Vec<String> {
    const AS_SPEAKER: &[(&str, &str)] = &[
        ("用户的名字是", "我的名字是"),
        ("用戶的名字是", "我的名字是"),
        ("用户的名字叫", "我的名字叫"),
        ("用戶的名字叫", "我的名字叫"),
        ("用户名叫", "我叫"),
        ("用戶名叫", "我叫"),
        ("用户叫", "我叫"),
        ("用戶叫", "我叫"),
        ("ユーザーの名前は", "私の名前は"),
        ("사용자의 이름은", "내 이름은"),
        ("사용자 이름은", "내 이름은"),
    ];
    let Some((third, first)) = AS_SPEAKER.iter().find(|(t, _)| text.contains(t)) else {
        return Vec::new();
    };
    let speaking = text.replacen(third, first, 1);
    names_given(&speaking)
        .into_iter()
        .filter(|(whose, _, _)| *whose == Whose::Speaker)
        .map(|(_, name, _)| speaking[name].to_string())
        .filter(|name| !is_endearment(name))
        .collect()
}

/// A term of endearment of these languages ("자기야", "宝贝", "ダーリン").
pub(crate) fn is_endearment(words: &str) -> bool {
    hangul::is_endearment(words) || cjk::is_endearment(words)
}

/// How a form of address is kept as a pet name once its name is known: a Korean name without
/// the particle, which is grammar ("지민아" → "지민", the person's name, so no pet name); a
/// Japanese form as said, since the honorific is how the companion calls the person
/// ("けんちゃん").
pub(crate) fn kept_form<'a>(words: &'a str, name: &'a str) -> &'a str {
    if hangul::has_hangul(words) {
        name
    } else {
        words.trim()
    }
}

/// The name in a form of address ("지민아" → "지민", "けんちゃん" → "けん", "小悦").
pub(crate) fn name_in_address(words: &str) -> Option<&str> {
    hangul::name_in_address(words).or_else(|| cjk::name_in_address(words))
}

/// Whether `words`, found by the rules for a form of address after a comma, may be one: in
/// Korean only with the particle, an honorific or as an endearment ([`hangul::may_address`]).
pub(crate) fn may_address(words: &str) -> bool {
    !hangul::has_hangul(words) || hangul::may_address(words)
}
