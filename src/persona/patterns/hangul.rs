//! Korean: a name is marked by its grammar, not by a capital letter.
//!
//! Hangul has no capitals, so the rules that find a name by its first letter find nothing in
//! Korean. Korean marks a name said *to* someone instead: the vocative particle, 야 after a
//! syllable that ends in a vowel and 아 after one that ends in a consonant ("하루야", "지민아").
//! The particle follows that rule exactly, which a name with a word glued to it by chance
//! seldom does. The same ending is also the informal "it is" ("최고야", you're the best;
//! "정말이야", it's true) and a verb's ending ("괜찮아", it's fine); so a form counts as a name
//! said to someone only where a name is said: at the start of a line, after a comma, or at
//! the end of a greeting ("잘 자 하루야"), and not when its stem is a common word
//! ([`NOT_NAMES`]) or a term of endearment ([`ENDEARMENTS`]: "자기야" is "honey", a pet
//! name).
//!
//! A name is also given with the copula or a quotation: "내 이름은 지민이야" (my name is
//! Jimin), "네 이름은 하루야" (your name is Haru), "하루라고 부를게" (I'll call you Haru),
//! "하루라고 불러줘" (call me Haru): [`names_given`].
//!
//! Korean needs no language pack for this: the script itself says the text is Korean.

use std::ops::Range;
use std::sync::LazyLock;

use super::lang::RitualCue;
use super::lex::WordSet;

/// Good mornings and goodnights, read as the packs' rituals are
/// ([`super::lang::LangPack::rituals`]): "잘 자" (sleep well), "좋은 꿈 꿔" (sweet dreams),
/// "좋은 아침" (good morning), "잘 잤어?" (did you sleep well?).
pub(crate) const RITUALS: &[RitualCue] = &[
    (
        true,
        2,
        "좋은 아침|굿모닝|잘 잤어|잘잤어|잘 잤어요|잘잤어요|좋은 아침이야|일어났어",
    ),
    (
        false,
        2,
        "잘 자|잘자|잘 자요|잘자요|굿나잇|굿밤|좋은 꿈 꿔|좋은 꿈꿔|좋은 꿈 꿔요|자러 갈게|이제 잘게|\
         나 잘게|먼저 잘게",
    ),
];

/// What the person asks for, read as the packs' ask lists are (`persona::context`): a
/// translation, a reply for someone, a verb of writing and what is written for someone
/// else (a text, an email, a letter), a story or a poem, a task. Korean glues its particles
/// to the end of a word ("메일을"), which the asks allow for.
pub(crate) const ASK_TRANSLATE: &str = "번역|영어로|한국어로|일본어로|중국어로";
pub(crate) const ASK_REPLY: &str = "뭐라고 답장|답장 써|답장해 줘|답장해줘|뭐라고 보내|뭐라고 대답|\
     보내려는데|보내려고|보내도 될까|보내도 돼|자연스러워|어색하지|어색해|이렇게 보내";
pub(crate) const ASK_WRITE: &str = "써줘|써 줘|써주|작성해|적어줘|적어 줘|다듬어|고쳐줘|고쳐 줘";
pub(crate) const ASK_DRAFTS: &str = "문자|메시지|메세지|카톡|메일|이메일|편지|답장|축사|사과문|\
     자기소개서|공지|게시글|인스타";
pub(crate) const ASK_STORY: &str = "동화|소설|이야기 써|이야기를 써|이야기 하나|롤플|역할극|\
     시 써|시를 써|시 한 편|가사 써|가사를 써";
pub(crate) const ASK_TASK: &str = "코드|파이썬|자바스크립트|함수|요약|레시피|만드는 법|만드는 방법|\
     계획 짜|일정 짜|설명해|정리해|계산해";

/// The first and last Hangul syllables (가, 힣).
const FIRST: u32 = 0xAC00;
const LAST: u32 = 0xD7A3;

/// Stems that take the particle's ending as ordinary words: "아니야" (no), "진짜야" (really),
/// "누구야" (who is it), "최고야" (you're the best), "혼자야" (I'm alone); calls to no one in
/// particular ("애들아", kids!; "인간아", you human)… Copulas after a
/// consonant ("정말이야") and verb endings ("괜찮아", "있잖아") are told by their shape
/// ([`vocative_stem`]).
const NOT_NAMES: &str = "아니 진짜 정말 그래 이래 저래 누구 어디 여기 거기 저기 이거 그거 저거 이게 \
     그게 저게 최고 혼자 이제 언제 무리 우리 너희 제발 바로 그냥 정도 얘기 \
     이야기 다음 하루하루 엄마 아빠 의미 이유 사이 자유 기회 우주 전부 세계 최악 \
     대체 도대체 뭐지 그러니까 그니까 아무거나 나도 너도 모두 다시 조금 어서 \
     이거지 그치 그러게 저기요 여보세요 애들 얘들 인간 사람 여러분 \
     자식 새끼";

/// Terms of endearment, as stems: said with the particle ("자기야", "애기야") or without
/// ("여보", "오빠"), they are pet names, never a name.
const ENDEARMENTS: &str = "자기 애기 아기 아가 여보 당신 공주 왕자 사랑 내사랑 바보 귀요미 귀염둥이 \
     강아지 고양이 토끼 곰돌이 햇살 천사 보물 이쁜이 예쁜이 친구 오빠 언니 누나 \
     형 동생 베이비 허니 달링 꼬마 꼬맹이 짝꿍 울애기 우리애기 자기님 공주님 \
     왕자님";

/// Words a greeting or a farewell is made of, before a name at the end of a message: "잘
/// 자 하루야", "좋은 아침 하루야", "보고 싶었어 하루야", "나 왔어 하루야".
const GREETING_WORDS: &str = "잘 자 잘자 자요 좋은 아침 밤 저녁 꿈 꿔 굿모닝 굿나잇 굿밤 안녕 안뇽 하이 \
     헬로 고마워 고마워요 고맙다 사랑해 보고 싶었어 싶어 보고싶어 보고싶었어 미안해 \
     미안 잘있었어 있었어 뭐해 뭐 해 나 왔어 나왔어 다녀왔어 다녀올게 내일 봐 또 \
     잤어 잘잤어 응 그래 알았어 수고했어 오늘도 오늘 하루도 고생했어";

/// The word lists above as sets (Hangul has no case: each word is its own lowercase).
static NOT_NAME: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[NOT_NAMES]));
static ENDEARMENT: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[ENDEARMENTS]));
static GREETING_WORD: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[GREETING_WORDS]));

/// Whether `c` is a Hangul syllable.
pub(super) fn syllable(c: char) -> bool {
    (FIRST..=LAST).contains(&(c as u32))
}

/// Whether the syllable `c` ends in a consonant (it has a final, 받침).
fn has_final(c: char) -> bool {
    !(c as u32 - FIRST).is_multiple_of(28)
}

/// Whether `text` has a Hangul syllable (plain ASCII is answered at once).
pub(crate) fn has_hangul(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(syllable)
}

/// The runs of Hangul syllables of `text`: its Korean words, without the punctuation, the
/// laughter ("ㅎㅎ") or the emoji glued to them.
fn runs(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.by_ref().find(|&(_, c)| syllable(c))?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !syllable(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some(start..end)
    })
}

/// `word` without its last syllable, and that syllable and the one before it.
fn split_last(word: &str) -> Option<(&str, char, char)> {
    let mut cs = word.char_indices().rev();
    let (i, last) = cs.next()?;
    let (_, before) = cs.next()?;
    Some((&word[..i], last, before))
}

fn is_common_stem(stem: &str) -> bool {
    NOT_NAME.has_lower(stem)
        // "있잖아", "괜찮아", "귀찮아": verb endings, not a particle.
        || stem.ends_with('잖')
        || stem.ends_with('찮')
        // "할 거야", "잘될거야": "it will".
        || stem.ends_with('거')
}

/// `word` without the vocative particle, when it ends in the one its last syllable takes: 야
/// after a vowel, 아 after a consonant.
fn without_particle(word: &str) -> Option<&str> {
    let (stem, last, before) = split_last(word)?;
    let fits = match last {
        '야' => !has_final(before),
        '아' => has_final(before),
        _ => false,
    };
    fits.then_some(stem)
}

/// The stem of a word said with the vocative particle ("하루야" → "하루", "지민아" →
/// "지민"): 야 after a vowel, 아 after a consonant, a stem of two to four syllables that is no
/// common word, and no copula after a consonant ("정말이야"). A term of endearment is a
/// stem too ("자기야" → "자기"): [`is_endearment`] tells them apart.
pub(crate) fn vocative_stem(word: &str) -> Option<&str> {
    if !word.chars().all(syllable) {
        return None;
    }
    let stem = without_particle(word)?;
    if !(2..=4).contains(&stem.chars().count()) || is_common_stem(stem) {
        return None;
    }
    // "정말이야", "지민이야": 이 after a consonant, then 야, is the copula ("it is").
    if let Some((_, '이', b)) = split_last(stem)
        && has_final(b)
    {
        return None;
    }
    Some(stem)
}

/// A known Korean term of endearment, with or without the particle, spaces ignored ("자기야",
/// "여보", "우리 애기").
pub(crate) fn is_endearment(words: &str) -> bool {
    if !has_hangul(words) {
        return false;
    }
    let joined: String = words.split_whitespace().collect();
    ENDEARMENT.has_lower(&joined)
        || without_particle(&joined).is_some_and(|s| ENDEARMENT.has_lower(s))
}

/// The name in a form of address said with the particle ("지민아" → "지민"); `None` for
/// anything else, a term of endearment included.
pub(crate) fn name_in_address(words: &str) -> Option<&str> {
    vocative_stem(words.trim()).filter(|stem| !is_endearment(stem))
}

/// Whether Korean `words` may be a form of address: a name with the particle, a term of
/// endearment, or a name with an honorific ("지민 씨", "하루님"). A word at the end of a
/// Korean sentence is nearly always its verb ("이리 와, 안아줄게": come here, I'll hug you),
/// which the rules for a form of address after a comma would otherwise take.
pub(crate) fn may_address(words: &str) -> bool {
    let w = words.trim();
    vocative_stem(w).is_some()
        || is_endearment(w)
        || w.strip_suffix('님')
            .or_else(|| w.strip_suffix('씨'))
            .map(str::trim_end)
            .is_some_and(|s| (2..=4).contains(&s.chars().count()) && s.chars().all(syllable))
}

/// Whether the word after `end` carries on a verb ("먹어야 해", must eat): then the 야
/// before was the verb's ending, not the particle.
fn verb_goes_on(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\t']);
    ["해", "돼", "되", "하", "할", "했", "겠", "지"]
        .iter()
        .any(|p| rest.starts_with(p))
}

/// Whether only spaces and punctuation stand between the start of the line and `i`.
fn starts_line(text: &str, i: usize) -> bool {
    let line = text[..i].rfind('\n').map_or(0, |n| n + 1);
    !text[line..i].chars().any(char::is_alphanumeric)
}

/// Whether a comma (or 、，) stands just before `i`, spaces skipped.
fn after_comma(text: &str, i: usize) -> bool {
    text[..i]
        .trim_end_matches([' ', '\t'])
        .ends_with([',', '，', '、'])
}

/// Whether nothing but punctuation, laughter ("ㅎㅎ"), emoji and spaces follow `i` on its line.
fn ends_line(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .take_while(|&c| c != '\n')
        .all(|c| !c.is_alphanumeric() || ('\u{3131}'..='\u{318e}').contains(&c))
}

/// Names the person says to someone, with the particle: the stems of each ("하루" of "잘 자
/// 하루야", "하루야 좋은 아침!", "고마워, 하루야."), with the range of the form as said. A
/// form counts at the start of a line (unless a verb goes on after it), after a comma, or at
/// the end of a line whose other words are a greeting's.
pub(crate) fn addresses(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let mut line_words: Vec<Range<usize>> = Vec::new();
    let mut line_from = 0;
    for run in runs(text) {
        if text[line_from..run.start].contains('\n') {
            line_words.clear();
        }
        line_from = run.start;
        let word = &text[run.clone()];
        line_words.push(run.clone());
        let Some(stem) = vocative_stem(word).filter(|s| !is_endearment(s)) else {
            continue;
        };
        let said = (starts_line(text, run.start) && !verb_goes_on(text, run.end))
            || after_comma(text, run.start)
            || (ends_line(text, run.end)
                && line_words[..line_words.len() - 1]
                    .iter()
                    .all(|w| GREETING_WORD.has_lower(&text[w.clone()])));
        if said {
            out.push((run.start..run.start + stem.len(), run));
        }
    }
    out
}

/// Forms of address at the start of a line of a reply, as written: "지민아, 오늘 어땠어?",
/// "자기야 잘 잤어?", "여보, 일어나". The form with the particle, or a term of endearment
/// followed by a comma.
pub(crate) fn leading_addresses(text: &str) -> Vec<Range<usize>> {
    runs(text)
        .filter(|run| starts_line(text, run.start))
        .filter(|run| {
            let word = &text[run.clone()];
            let comma = text[run.end..].starts_with([',', '，']);
            (vocative_stem(word).is_some() && !verb_goes_on(text, run.end))
                || (comma && is_endearment(word))
        })
        .collect()
}

/// Whose name a phrase gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Whose {
    /// The one who speaks: "내 이름은 지민이야", "하루라고 불러줘".
    Speaker,
    /// The one spoken to: "네 이름은 하루야", "너를 하루라고 부를게".
    Addressee,
}

/// `word` without the copula or the quotation that follows a name: "지민이야", "하루야",
/// "지민이에요", "하루예요", "지민입니다", "지민이라고", "하루라고" → the name. 이 comes
/// after a consonant only.
fn name_before_copula(word: &str) -> Option<&str> {
    let after_consonant = ["이야", "이에요", "이라고", "이래", "이다"];
    let after_vowel = ["야", "예요", "라고", "래", "다"];
    let ends_consonant = |s: &str| s.chars().next_back().is_some_and(has_final);
    let stem = if let Some(s) = word.strip_suffix("입니다") {
        Some(s)
    } else if let Some(s) = after_consonant
        .iter()
        .find_map(|e| word.strip_suffix(e))
        .filter(|s| ends_consonant(s))
    {
        Some(s)
    } else {
        after_vowel
            .iter()
            .find_map(|e| word.strip_suffix(e))
            .filter(|s| !s.is_empty() && !ends_consonant(s))
    }?;
    ((1..=4).contains(&stem.chars().count()) && stem.chars().all(syllable) && !is_common_stem(stem))
        .then_some(stem)
}

/// Names given with the copula after "이름" (name) and a possessive, or quoted before "call":
/// "내 이름은 지민이야", "제 이름은 지민입니다" (the speaker's), "네 이름은 하루야" (the
/// addressee's); "하루라고 불러줘" (call me Haru: the speaker's), "너를 하루라고 부를게" (I'll
/// call you Haru: the addressee's). Each with the name's range and the phrase's.
pub(crate) fn names_given(text: &str) -> Vec<(Whose, Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    if !text.contains("이름") && !text.contains("라고") {
        return out;
    }
    let words: Vec<Range<usize>> = runs(text).collect();
    for (k, w) in words.iter().enumerate() {
        let word = &text[w.clone()];
        // "내 이름은 지민이야": possessive, 이름(은|는|이), the name with the copula.
        if matches!(word, "이름은" | "이름" | "이름이")
            && k >= 1
            && let Some(next) = words.get(k + 1)
        {
            let whose = match &text[words[k - 1].clone()] {
                "내" | "제" | "나의" | "저의" => Some(Whose::Speaker),
                "네" | "너의" | "니" | "당신의" | "네가" => Some(Whose::Addressee),
                _ => None,
            };
            if let Some(whose) = whose
                && let Some(name) = name_before_copula(&text[next.clone()])
            {
                let start = next.start;
                out.push((
                    whose,
                    start..start + name.len(),
                    words[k - 1].start..next.end,
                ));
            }
        }
        // "하루라고 불러줘", "너를 하루라고 부를게".
        if word.ends_with("라고")
            && let Some(name) = name_before_copula(word)
        {
            let rest = &text[w.end..];
            let rest = &rest[..rest.find(['\n', '.', '!', '?']).unwrap_or(rest.len())];
            let rest: String = rest.split_whitespace().collect();
            let whose = if ["불러줘", "불러주", "부르면돼"]
                .iter()
                .any(|v| rest.starts_with(v))
            {
                Some(Whose::Speaker)
            } else if ["부를게", "부를래", "부를까", "불러도", "부르고싶"]
                .iter()
                .any(|v| rest.starts_with(v))
            {
                Some(Whose::Addressee)
            } else {
                None
            };
            if let Some(whose) = whose {
                let end = text[w.end..]
                    .find(['\n', '.', '!', '?'])
                    .map_or(text.len(), |i| w.end + i);
                out.push((whose, w.start..w.start + name.len(), w.start..end));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_particle_follows_the_last_syllable() {
        assert_eq!(vocative_stem("하루야"), Some("하루"));
        assert_eq!(vocative_stem("지민아"), Some("지민"));
        assert_eq!(vocative_stem("민서야"), Some("민서"));
        // The wrong particle for the syllable before it: no vocative.
        assert_eq!(vocative_stem("지민야"), None);
        assert_eq!(vocative_stem("하루아"), None);
        // One syllable before it is a verb far more often than a name ("좋아", "알아").
        assert_eq!(vocative_stem("좋아"), None);
        // Common words, verb endings and the copula after a consonant.
        for w in [
            "아니야",
            "진짜야",
            "최고야",
            "괜찮아",
            "있잖아",
            "정말이야",
            "지민이야",
            "잘될거야",
        ] {
            assert_eq!(vocative_stem(w), None, "{w}");
        }
        // Endearments are stems; they are told apart by is_endearment.
        assert_eq!(vocative_stem("자기야"), Some("자기"));
        assert!(is_endearment("자기야") && is_endearment("여보") && is_endearment("우리 애기"));
        assert!(!is_endearment("지민아") && !is_endearment("darling"));
        assert_eq!(name_in_address("지민아"), Some("지민"));
        assert_eq!(name_in_address("자기야"), None);
        for w in ["지민아", "자기야", "여보", "지민 씨", "하루님"] {
            assert!(may_address(w), "{w}");
        }
        for w in ["안아줄게", "고마워", "알았어", "님"] {
            assert!(!may_address(w), "{w}");
        }
    }

    fn said(text: &str) -> Vec<&str> {
        addresses(text)
            .into_iter()
            .map(|(name, _)| &text[name])
            .collect()
    }

    #[test]
    fn a_name_is_said_where_names_are_said() {
        assert_eq!(said("잘 자 하루야"), ["하루"]);
        assert_eq!(said("하루야 좋은 아침!"), ["하루"]);
        assert_eq!(said("하루야~ 나 왔어ㅎㅎ"), ["하루"]);
        assert_eq!(said("오늘 정말 고마웠어, 하루야."), ["하루"]);
        assert_eq!(said("보고 싶었어 하루야 🥺"), ["하루"]);
        // The end of an ordinary sentence is the copula's place ("you're my universe").
        assert!(said("넌 나의 우주야").is_empty());
        assert!(said("너는 나의 햇살이야").is_empty());
        assert!(said("오늘은 내 생일이야").is_empty());
        // A verb goes on: the ending of "must" ("you must eat").
        assert!(said("먹어야 해").is_empty());
        // A pet name is not a name.
        assert!(said("잘 자 자기야").is_empty());
        // Mid-sentence without a comma: not where a name is said.
        assert!(said("나는 오늘 민서야 놀자고 했어").is_empty());
    }

    #[test]
    fn replies_open_with_a_form_of_address() {
        let text = "지민아, 오늘 어땠어?\n자기야 잘 잤어?\n여보, 일어나\n괜찮아, 다 잘될 거야.";
        let found: Vec<&str> = leading_addresses(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(found, ["지민아", "자기야", "여보"]);
    }

    fn given(text: &str) -> Vec<(Whose, &str)> {
        names_given(text)
            .into_iter()
            .map(|(w, r, _)| (w, &text[r]))
            .collect()
    }

    #[test]
    fn names_given_with_the_copula_or_a_quotation() {
        assert_eq!(
            given("내 이름은 지민이야. 기억해 줘"),
            [(Whose::Speaker, "지민")]
        );
        assert_eq!(
            given("제 이름은 김지민입니다"),
            [(Whose::Speaker, "김지민")]
        );
        assert_eq!(given("이제 네 이름은 하루야"), [(Whose::Addressee, "하루")]);
        assert_eq!(given("너를 하루라고 부를게!"), [(Whose::Addressee, "하루")]);
        assert_eq!(given("하루라고 불러줘 ㅎㅎ"), [(Whose::Speaker, "하루")]);
        assert_eq!(given("지민이라고 불러 줘"), [(Whose::Speaker, "지민")]);
        // Whose name it is, unsaid: nothing.
        assert!(given("그 사람 이름은 민수야").is_empty());
        assert!(given("그가 괜찮다고 했어").is_empty());
    }
}
