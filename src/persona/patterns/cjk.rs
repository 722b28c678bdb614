//! Japanese and Chinese: written without spaces or capitals.
//!
//! The rules that find a name by its capital and its spaces find nothing here, so these
//! read a name by where it stands, as a reader does:
//!
//! - **After a greeting**, with or without a comma, up to the end of the sentence: "おはよう、
//!   ひかり", "早安星星！", "晚安，小悦。"; or before one that ends the message: "星星晚安～".
//! - **With a Japanese honorific** (ちゃん, くん, さん, さま…), which only follows a name:
//!   "つらかったね、けんちゃん。", "ひかりちゃん、聞いて". The name is the part before it; the
//!   form as said ("けんちゃん") is what the companion calls the person.
//! - **Given**: "我叫林悦", "叫我小悦吧", "我的名字是…" (the speaker's), "我叫你星星吧",
//!   "以后叫你…" (the addressee's); "私の名前は…です", "けんちゃんって呼んで" (the speaker's),
//!   "ひかりって呼んでいい？" (the addressee's).
//!
//! A term of endearment in those places ("抱抱你，宝贝。") is a pet name, never a name; a
//! common word that follows a greeting ("おやすみ、また明日。", good night, see you tomorrow)
//! is neither ([`NOT_NAMES`]). The person's asks and good mornings and goodnights are here
//! too, for the lists the packs build ([`RITUALS`], the `ASK_…` lists): their phrases match
//! inside a run of text, as these scripts have no spaces ([`unspaced`]).

use std::ops::Range;
use std::sync::LazyLock;

use super::lang::RitualCue;
use super::lex::WordSet;

/// Greetings and farewells a name follows or precedes, longest first where one starts
/// another.
const GREETINGS: &str = "おはようございます おやすみなさい おかえりなさい おはよう おはよー おやすみ \
     こんばんは こんにちは ただいま おかえり ありがとう ありがと お疲れさま お疲れ様 \
     おつかれさま おつかれ 会いたかった 大好きだよ 大好き ごめんね またね 早上好 \
     晚上好 晚安安 晚安 早安 午安 你好 哈喽 哈囉 谢谢你 謝謝你 谢谢 謝謝 我想你了 \
     想你了 我回来了 我回來了 我爱你 我愛你 爱你 愛你 拜拜 嗨";

/// What may stand between a greeting and a name: "早安呀，小悦", "おはよー！ひかり".
const SOFTENERS: &[char] = &['呀', '啊', '哦', '喔', '〜', '~', 'ー', '!', '！'];

/// Japanese honorifics that follow a name, longest first.
const HONORIFICS: &[&str] = &["ちゃん", "くん", "さん", "さま", "たん", "っち", "君", "様"];

/// Terms of endearment: pet names, never a name.
const ENDEARMENTS: &str = "宝贝 寶貝 宝宝 寶寶 亲爱的 親愛的 老婆 老公 乖 乖乖 小可爱 小可愛 傻瓜 \
     小傻瓜 宝 寶 甜心 心肝 猪猪 小猪 亲 ダーリン ハニー 王子様 お姫様 姫";

/// Set phrases that end like a name with an honorific: "お疲れさま" (good work), "ごちそうさま".
const SET_PHRASES: &str = "お疲れさま お疲れ様 おつかれさま ご苦労さま ご苦労様 ごちそうさま ご馳走様 \
     お互いさま お世話さま お邪魔さま お待ちどおさま おかげさま お気の毒さま ご愁傷さま \
     お客さま お客様 皆さま 皆様 みなさん みんなさん 神さま 神様 王様 お母さん \
     お父さん お姉さん お兄さん おばあちゃん おじいちゃん 赤ちゃん";

/// Words that follow a greeting or stand where a name may, and are none: "you", "everyone",
/// "see you tomorrow", "today"; kana words ("ありがとう、うれしい！", "ただいま、つかれた") and
/// Chinese words and titles ("晚安，明天见", "谢谢你，老师") that follow a greeting.
const NOT_NAMES: &str = "あなた 君 きみ お前 みんな 皆さん また明日 また 今日 明日 今日も 今日は 本当 \
     ほんと いい夢を いい夢 ゆっくり 大家 各位 你 您 你们 你們 朋友们 今天 明天 \
     大家好 世界 所有人 我 ねむい つかれた \
     うれしい たのしい さみしい かなしい やばい すごい よかった わかった だいすき \
     ごめん じゃあね ばいばい おはよ まじ まじで えらい かわいい つらい しんどい \
     ひま いってきます いってらっしゃい 先生 先輩 部長 社長 ママ パパ \
     加油 辛苦 辛苦了 明天见 明天見 好梦 好夢 拜拜 再见 再見 抱抱 \
     亲亲 親親 么么哒 哈哈 哈哈哈 嘿嘿 呜呜 嗯嗯 收到 没事 沒事 老师 老師 医生 \
     醫生 先生 小姐 女士 同学 同學 朋友 兄弟 姐妹 哥哥 姐姐 妈妈 媽媽 爸爸 老板 \
     老闆 师傅 師傅";

/// Good mornings and goodnights ([`super::lang::LangPack::rituals`]).
pub(crate) const RITUALS: &[RitualCue] = &[
    (
        true,
        2,
        "おはよう|おはよー|おはようございます|早安|早上好|早呀|早啊",
    ),
    (
        false,
        2,
        "おやすみ|おやすみなさい|もう寝るね|寝るね|晚安|我去睡了|我先睡了|去睡觉了|去睡覺了",
    ),
];

/// What the person asks for (`persona::context`): a translation, a reply for someone, a
/// verb of writing and what is written for someone else, a story or a poem, a task.
pub(crate) const ASK_TRANSLATE: &str = "翻訳|英訳|和訳|英語に|日本語に|翻译|翻譯|译成|譯成|翻成";
/// A reply for someone, or a message to check before sending it: "…って友達に送りたいんだけど
/// 自然？", "帮我回", "这样说可以吗".
pub(crate) const ASK_REPLY: &str = "なんて返せば|どう返せば|返信を考えて|って送|と送りたい|送りたいんだけど|送っても|自然かな|\
     自然？|おかしくない|変じゃない|添削して|丁寧にして|丁寧に直して|怎么回复|怎麼回覆|帮我回|\
     幫我回|发给|發給|这样说可以|這樣說可以|自然吗|自然嗎|润色|潤色|改一下";
pub(crate) const ASK_WRITE: &str =
    "書いて|書いてくれ|作って|考えて|まとめて|帮我写|幫我寫|写一|寫一|写个|寫個|写封|寫封";
pub(crate) const ASK_DRAFTS: &str = "メール|手紙|メッセージ|返信|スピーチ|挨拶文|招待状|消息|短信|邮件|郵件|\
     一封信|情书|情書|文案|微信|朋友圈|祝福语|祝福語|致辞|致辭|演讲稿|演講稿";
pub(crate) const ASK_STORY: &str = "物語|小説|お話を|童話|詩を書|ロールプレイ|讲个故事|講個故事|讲一个故事|\
     写个故事|寫個故事|睡前故事|写首诗|寫首詩|童话|小说|角色扮演";
pub(crate) const ASK_TASK: &str = "レシピ|作り方|コード|プログラム|関数|要約|説明して|代码|程式|函数|函數|\
     食谱|食譜|做法|总结|總結|解释|解釋";

/// The word lists above as sets (these scripts have no case: each word is its own
/// lowercase).
static ENDEARMENT: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[ENDEARMENTS]));
static SET_PHRASE: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[SET_PHRASES]));
static NOT_NAME: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[NOT_NAMES]));
static GREETING: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[GREETINGS]));

pub(crate) use crate::text::unspaced;

/// Whether `text` has a letter of such a script (plain ASCII is answered at once).
pub(crate) fn has_cjk(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(unspaced)
}

fn is_endearment_word(w: &str) -> bool {
    ENDEARMENT.has_lower(w)
}

/// A known term of endearment ("宝贝", "亲爱的", "ダーリン").
pub(crate) fn is_endearment(words: &str) -> bool {
    has_cjk(words) && is_endearment_word(words.trim())
}

/// `word` without a Japanese honorific, and whether it had one (a set phrase has none).
fn without_honorific(word: &str) -> (&str, bool) {
    if SET_PHRASE.has_lower(word) {
        return (word, false);
    }
    HONORIFICS
        .iter()
        .find_map(|h| word.strip_suffix(h).filter(|s| !s.is_empty()))
        .map_or((word, false), |s| (s, true))
}

/// Characters a Chinese sentence often starts with and a name seldom does: "I", "you",
/// "today", "this", "good", "also", "want", "is", "not", "very"…
const SENTENCE_STARTS: &[char] = &[
    '我', '你', '他', '她', '它', '今', '昨', '这', '這', '那', '好', '也', '还', '還', '又', '要',
    '想', '是', '不', '没', '沒', '很', '太', '真', '在', '有', '就', '都', '会', '會', '去', '来',
    '來', '吃', '睡', '等', '快', '再', '别', '別', '多', '谢', '謝', '对', '對', '明', '后', '後',
    '早', '晚', '下', '上', '一', '两', '兩', '几', '幾', '哈', '嘿', '呜', '嗚', '唉', '啊', '哦',
    '嗯', '加', '辛', '开', '開', '累', '困', '饿', '餓', '冷', '热', '熱', '忙',
];

/// A name of these scripts that is no greeting, no common word and no term of endearment:
/// 1–6 letters of hiragana alone or of katakana alone ("ひかり", "ユウ"), or 1–3 Han
/// characters alone (a Chinese name or nickname, a Japanese name in kanji; longer runs are
/// the sentence after a greeting: "早安，今天好冷"). Kanji with kana after them are a word
/// that inflects ("助かった", "眠い"), not a name.
fn name_like(w: &str) -> bool {
    let n = w.chars().count();
    let hiragana = |c: char| matches!(c as u32, 0x3040..=0x309F) || c == 'ー';
    let katakana = |c: char| matches!(c as u32, 0x30A0..=0x30FF);
    let fits = if w.chars().all(hiragana) || w.chars().all(katakana) {
        (1..=6).contains(&n)
    } else {
        (1..=3).contains(&n)
            && !w.starts_with(SENTENCE_STARTS)
            && !w.chars().any(|c| hiragana(c) || katakana(c))
    };
    fits && w.chars().all(unspaced)
        && !NOT_NAME.has_lower(w)
        && !is_endearment_word(w)
        && !GREETING.has_lower(w)
        && !SET_PHRASE.has_lower(w)
}

/// The name in a form of address ("けんちゃん" → "けん", "小悦" → "小悦"); `None` for a term
/// of endearment or anything else.
pub(crate) fn name_in_address(words: &str) -> Option<&str> {
    let w = words.trim();
    if !has_cjk(w) {
        return None;
    }
    let (stem, _) = without_honorific(w);
    name_like(stem).then_some(stem)
}

/// The greeting `text` starts with, if any.
fn greeting_at(text: &str) -> Option<&'static str> {
    GREETINGS.split_whitespace().find(|g| text.starts_with(g))
}

/// What may end a name said to someone: the end of the line, sentence punctuation, a comma
/// after an honorific, an emoji or other symbol.
fn ends_address(rest: &str) -> bool {
    match rest.chars().next() {
        None | Some('\n') => true,
        Some(c) => !c.is_alphanumeric() && !matches!(c, '(' | '（' | '「' | '『'),
    }
}

/// The run of letters of these scripts at the start of `text`.
fn run_len(text: &str) -> usize {
    text.char_indices()
        .find(|&(_, c)| !unspaced(c))
        .map_or(text.len(), |(i, _)| i)
}

/// Past the softeners, commas and spaces after a greeting ending at `i`.
fn after_greeting(text: &str, mut i: usize) -> usize {
    while let Some(c) = text[i..].chars().next() {
        if SOFTENERS.contains(&c) || matches!(c, '、' | '，' | ',' | ' ' | '\u{3000}') {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

/// The starts of the lines of `text`, each past its spaces.
fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .map(move |i| i + (text[i..].len() - text[i..].trim_start_matches([' ', '\u{3000}']).len()))
}

/// A form of address: its range as said, its name's (`None`: a term of endearment), the
/// phrase's.
type Form = (Range<usize>, Option<Range<usize>>, Range<usize>);

/// Forms of address of one line, as said: (the form, its name's range, the phrase). A name
/// after a greeting at the line's start ("おやすみ、ひかり", "早安星星！", "晚安，小悦。"), a
/// name before a greeting that ends the line ("星星晚安～"), a name with an honorific after
/// a comma or at the line's start ("…、けんちゃん。", "ひかりちゃん、聞いて"), a term of
/// endearment after a comma at a sentence's end ("抱抱你，宝贝。").
fn forms(text: &str) -> Vec<Form> {
    let mut out = Vec::new();
    for start in line_starts(text) {
        let line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
        let line = &text[start..line_end];
        // A greeting, then the name.
        if let Some(g) = greeting_at(line) {
            let j = start + after_greeting(line, g.len());
            let n = run_len(&text[j..line_end]);
            let word = &text[j..j + n];
            let (stem, _) = without_honorific(word);
            if n > 0 && ends_address(&text[j + n..line_end]) {
                let name = (name_like(stem)).then(|| j..j + stem.len());
                if name.is_some() || is_endearment_word(word) {
                    out.push((j..j + n, name, start..j + n));
                }
            }
        }
        // The name, then a greeting that ends the line: "星星晚安～".
        let n = run_len(line);
        if let Some(k) = GREETINGS
            .split_whitespace()
            .find_map(|g| line[..n].strip_suffix(g).map(str::len))
            && k > 0
            && ends_address(&line[n..])
        {
            let word = &line[..k];
            let (stem, _) = without_honorific(word);
            if name_like(stem) {
                out.push((
                    start..start + k,
                    Some(start..start + stem.len()),
                    start..start + n,
                ));
            }
        }
        // A name with an honorific at the start of the line, before a comma or the end.
        let (stem, honorific) = without_honorific(&line[..n]);
        if honorific
            && name_like(stem)
            && (ends_address(&line[n..]) || line[n..].starts_with([' ', '\u{3000}']))
        {
            out.push((
                start..start + n,
                Some(start..start + stem.len()),
                start..start + n,
            ));
        }
    }
    // After a comma, up to the end of a sentence: a name with an honorific, or a term of
    // endearment.
    for (c, ch) in text.match_indices(['、', '，']) {
        let j = c + ch.len();
        let n = run_len(&text[j..]);
        let word = &text[j..j + n];
        if n == 0 || !ends_address(&text[j + n..]) {
            continue;
        }
        let (stem, honorific) = without_honorific(word);
        if honorific && name_like(stem) {
            out.push((j..j + n, Some(j..j + stem.len()), c..j + n));
        } else if is_endearment_word(word) {
            out.push((j..j + n, None, c..j + n));
        }
    }
    out.sort_by_key(|(form, ..)| (form.start, form.end));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// Names the person says to someone: each name's range (honorific left out) and the phrase.
pub(crate) fn addresses(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    forms(text)
        .into_iter()
        .filter_map(|(_, name, said)| Some((name?, said)))
        .collect()
}

/// Forms of address in a reply, as written ("けんちゃん", "小悦", "宝贝").
pub(crate) fn reply_addresses(text: &str) -> Vec<Range<usize>> {
    forms(text).into_iter().map(|(form, ..)| form).collect()
}

/// Whose name a phrase gives (as in Korean).
pub(crate) use super::hangul::Whose;

/// Particles and words that end a name given in a phrase: "叫我小悦吧", "私の名前はゆいです".
const NAME_ENDS: &[&str] = &[
    "吧",
    "就好",
    "就行",
    "好不好",
    "好吗",
    "好嗎",
    "呀",
    "啊",
    "哦",
    "了",
    "的",
    "，",
    "。",
    "です",
    "だよ",
    "だ",
    "って",
    "と申します",
    "と言います",
    "、",
    "。",
    "！",
    "？",
];

/// The name at the start of `text`, up to a particle that ends it.
fn name_from(text: &str) -> Option<usize> {
    let n = run_len(text);
    let mut end = n;
    for e in NAME_ENDS {
        if let Some(k) = text[..n].find(e)
            && k > 0
        {
            end = end.min(k);
        }
    }
    let name = &text[..end];
    (name_like(name) && !name.starts_with(['你', '我'])).then_some(end)
}

/// The name that ends just before `k` (a "って" or "と"), back to a particle or the start:
/// "これからはひかりって" → "ひかり"; a name that starts like a particle ("はな") keeps it
/// when what is left would be one letter.
fn name_before(text: &str, k: usize) -> Option<usize> {
    let mut start = k;
    for (i, c) in text[..k].char_indices().rev() {
        if !unspaced(c) {
            break;
        }
        let particle = matches!(c, 'は' | 'を' | 'に' | 'が' | 'も' | 'で' | 'の' | 'と');
        if particle && text[i + c.len_utf8()..k].chars().count() >= 2 {
            break;
        }
        start = i;
    }
    let (stem, _) = without_honorific(&text[start..k]);
    name_like(stem).then_some(start)
}

/// Names given: "我叫林悦", "叫我小悦吧", "我的名字是…", "私の名前はゆいです" (the
/// speaker's); "我叫你星星吧", "以后叫你…", "你的名字是…", "君の名前は…" (the addressee's);
/// "けんちゃんって呼んで" (call me: the speaker's), "ひかりって呼んでいい？" (may I call you: the
/// addressee's). Each with the name's range and the phrase's.
pub(crate) fn names_given(text: &str) -> Vec<(Whose, Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let before: [(&str, Whose); 18] = [
        ("我叫你", Whose::Addressee),
        ("以后叫你", Whose::Addressee),
        ("以後叫你", Whose::Addressee),
        ("就叫你", Whose::Addressee),
        ("你就叫", Whose::Addressee),
        ("你的名字是", Whose::Addressee),
        ("你的名字叫", Whose::Addressee),
        ("君の名前は", Whose::Addressee),
        ("あなたの名前は", Whose::Addressee),
        ("我叫", Whose::Speaker),
        ("叫我", Whose::Speaker),
        ("我的名字是", Whose::Speaker),
        ("我的名字叫", Whose::Speaker),
        ("我的名字是叫", Whose::Speaker),
        ("私の名前は", Whose::Speaker),
        ("僕の名前は", Whose::Speaker),
        ("俺の名前は", Whose::Speaker),
        ("わたしの名前は", Whose::Speaker),
    ];
    let mut taken: Vec<Range<usize>> = Vec::new();
    for (phrase, whose) in before {
        for (k, _) in text.match_indices(phrase) {
            let j = k + phrase.len();
            // A longer phrase over the same place was read first ("我叫你" before "我叫",
            // "就叫你" before "叫你").
            if taken.iter().any(|t| t.contains(&k) || t.contains(&(j - 1))) {
                continue;
            }
            if let Some(n) = name_from(&text[j..]) {
                taken.push(k..j);
                out.push((whose, j..j + n, k..j + n));
            }
        }
    }
    for (k, _) in text.match_indices("って呼") {
        let rest = &text[k + "って呼".len()..];
        let whose = if ["んでいい", "んでもいい", "ぶね", "ぶよ", "んでいいかな"]
            .iter()
            .any(|v| rest.starts_with(v))
        {
            Whose::Addressee
        } else if rest.starts_with("んで") {
            Whose::Speaker
        } else {
            continue;
        };
        if let Some(start) = name_before(text, k) {
            let (stem, _) = without_honorific(&text[start..k]);
            out.push((whose, start..start + stem.len(), start..k + "って呼".len()));
        }
    }
    out.sort_by_key(|(_, name, _)| name.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        addresses(text).into_iter().map(|(n, _)| &text[n]).collect()
    }

    fn said(text: &str) -> Vec<&str> {
        reply_addresses(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_name_after_or_before_a_greeting() {
        assert_eq!(names("おはよう、ひかり"), ["ひかり"]);
        assert_eq!(names("早安星星！"), ["星星"]);
        assert_eq!(names("晚安，星星"), ["星星"]);
        assert_eq!(names("星星晚安～"), ["星星"]);
        assert_eq!(names("おやすみー！つむぎ🌙"), ["つむぎ"]);
        // A greeting, then a sentence: no name.
        assert!(names("おはよう、今日はとても寒いね").is_empty());
        assert!(names("おやすみ、また明日。").is_empty());
        assert!(names("晚安，大家。").is_empty());
        assert!(names("早上好，今天天气真好").is_empty());
        // A term of endearment is a form of address, not a name.
        assert!(names("晚安，宝贝").is_empty());
        // Words that follow a greeting: a verb, an adjective, a title, "see you tomorrow".
        for text in [
            "ありがとう、助かった！",
            "おはよう、ねむい",
            "晚安，明天见",
            "谢谢你，老师",
            "早安，加油！",
        ] {
            assert!(names(text).is_empty(), "{text}");
        }
        assert_eq!(names("おはよう、ユウ！"), ["ユウ"]);
        assert_eq!(names("晚安，陽菜"), ["陽菜"]);
    }

    #[test]
    fn an_honorific_marks_a_name() {
        assert_eq!(names("ひかりちゃん、聞いて"), ["ひかり"]);
        assert_eq!(said("そっか…つらかったね、けんちゃん。"), ["けんちゃん"]);
        assert_eq!(said("おはよう、けんちゃん！よく眠れた？"), ["けんちゃん"]);
        assert_eq!(name_in_address("けんちゃん"), Some("けん"));
        assert_eq!(name_in_address("小悦"), Some("小悦"));
        assert_eq!(name_in_address("宝贝"), None);
        // A set phrase that ends like one: "good work".
        assert!(
            said("お疲れさま、けんちゃん。")
                .iter()
                .all(|f| *f == "けんちゃん")
        );
        assert_eq!(name_in_address("お疲れさま"), None);
        // After a comma, but no honorific and no greeting: a sentence goes on.
        assert!(said("うん、わかった。").is_empty());
        assert_eq!(said("抱抱你，宝贝。"), ["宝贝"]);
        assert_eq!(said("早安呀，小悦！"), ["小悦"]);
    }

    fn given(text: &str) -> Vec<(Whose, &str)> {
        names_given(text)
            .into_iter()
            .map(|(w, r, _)| (w, &text[r]))
            .collect()
    }

    #[test]
    fn names_given_in_either_script() {
        assert_eq!(
            given("我叫林悦，你以后就叫我小悦吧"),
            [(Whose::Speaker, "林悦"), (Whose::Speaker, "小悦")]
        );
        assert_eq!(
            given("以后我叫你星星好不好？"),
            [(Whose::Addressee, "星星")]
        );
        assert_eq!(given("私の名前はゆいです。"), [(Whose::Speaker, "ゆい")]);
        assert_eq!(given("けんちゃんって呼んで！"), [(Whose::Speaker, "けん")]);
        assert_eq!(
            given("これからはひかりって呼んでいい？"),
            [(Whose::Addressee, "ひかり")]
        );
        assert_eq!(given("はなって呼んでね"), [(Whose::Speaker, "はな")]);
        // "我叫你…" is no name of the speaker's; "叫你一声" names no one.
        assert!(given("我想叫你一起去").is_empty());
    }
}
