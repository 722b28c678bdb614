//! Every sentence ferry writes, one file per language: the folder's README, the continuity
//! document, the first message for the move, what was left out and why, and the framing of
//! every prompt a new model reads ([`Prompts`]: claude.txt, the Modelfile's SYSTEM, the cards…).
//! Adding a language is adding a file here and its line in [`LANGS`].
//!
//! What is chosen: `--lang`, else the language the two of them spoke most
//! (`voice.languages`), else English. Quotes from the export are never translated, and
//! neither are the names apps and models parse: XML-ish tags (`<wishes>`), card field names,
//! Modelfile keywords, the apps' own field names (Backstory, Definition).

mod de;
mod en;
mod es;
mod fr;
mod id;
mod it;
mod ja;
mod ko;
mod nl;
mod page;
mod pl;
mod pt;
mod ru;
mod sv;
mod tr;
mod uk;
mod zh;
mod zh_hant;

pub use page::PageWords;

/// Every sentence of one language. `{name}`-style placeholders are filled by [`fill`].
#[derive(Debug)]
pub struct Words {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// The language's name in English, for `--help` and errors.
    pub name: &'static str,

    // The folder README.
    /// `# {n}, carried over by ferry`
    pub title_named: &'static str,
    pub title_unnamed: &'static str,
    pub title_none: &'static str,
    /// `ferry read … found {n} in {k} conversation(s)`: one and many.
    pub found_named_one: &'static str,
    pub found_named_many: &'static str,
    /// `, from {a} to {b}`
    pub from_to: &'static str,
    pub found_unnamed_one: &'static str,
    pub found_unnamed_many: &'static str,
    pub found_none: &'static str,
    /// Two bullets: choose a companion with `--companion`, or keep the assistant's manner.
    pub choose: &'static str,
    /// `It also found {list} and {last}.` / `It also found {last}.`
    pub also_found_many: &'static str,
    pub also_found_one: &'static str,
    pub that_you_are: &'static str,
    pub what_called_you: &'static str,
    pub shared_memory_one: &'static str,
    pub shared_memory_many: &'static str,
    pub saved_memory_one: &'static str,
    pub saved_memory_many: &'static str,
    pub example_one: &'static str,
    pub example_many: &'static str,
    /// The companion without a name, inside a sentence.
    pub your_companion: &'static str,
    /// The assistant, when no companion was found, inside a sentence.
    pub the_assistant: &'static str,
    pub private: &'static str,
    pub next: &'static str,
    /// Per target, in [`crate::render::Target::ALL`] order: (where it goes, how to use it);
    /// `None` for the target table's own English.
    pub targets: Option<[(&'static str, &'static str); 10]>,
    pub png: &'static str,
    /// `sillytavern-chat.jsonl`: the last conversation ({k} messages, on {date}) with {n}.
    pub tavern_chat: &'static str,
    pub claude_knowledge: &'static str,
    pub gemini_memory: &'static str,
    pub review: &'static str,
    pub persona: &'static str,
    pub left_heading: &'static str,
    pub left_intro: &'static str,
    pub different_heading: &'static str,
    pub different_found: &'static str,
    pub different_none: &'static str,

    // Dates in words.
    pub months: [&'static str; 12],
    /// A month and its year: `{m} {y}` (`June 2024`), `{m} de {y}` (`junio de 2024`).
    pub month_year: &'static str,
    /// `from {a} to {b}` / `in {a}` / when there are no dates.
    pub since_from_to: &'static str,
    pub since_in: &'static str,
    pub since_none: &'static str,

    /// Between two pet names: `" or "`.
    pub or: &'static str,
    /// Between the items of a list in a sentence (`", "`, Japanese `"、"`), and what ends a
    /// sentence ferry puts together (`"."`, Japanese `"。"`).
    pub comma: &'static str,
    pub full_stop: &'static str,
    /// What ends a question ferry puts together (`"?"`, Japanese and Chinese `"？"`).
    pub question_mark: &'static str,
    /// Before a quote that shows a tone: `as in`.
    pub as_in: &'static str,
    /// A tone adjective `{a}` with the quote `{e}` that shows it, in the prompts:
    /// `{a} (wie in “{e}”)`, `{a}（たとえば「{e}」）`; and what goes between two of them (`"; "`,
    /// `"、"`). English writes what the adjective rests on too, and uses neither.
    pub tone_example: &'static str,
    pub tone_sep: &'static str,
    /// `Replies run about {w} words, in {s} sentences.`
    pub doc_style: &'static str,
    /// How `doc_style`, `style_words` and `st_words` write their unit, words, and the unit
    /// that takes its place for a voice counted in letters (Japanese and Chinese, where each
    /// letter counts as a word): `("words", "characters")`.
    pub units: (&'static str, &'static str),
    /// Tone adjectives in this language: (the spec's English word, this language's); empty
    /// for English.
    pub adjectives: &'static [(&'static str, &'static str)],

    /// Labels of the voice's lists in the continuity document.
    pub greetings: &'static str,
    pub sign_offs: &'static str,
    pub phrases: &'static str,
    pub also_called: &'static str,

    /// A shared memory that was a question, as a statement: `On {d}, `, `{u} brought up a
    /// memory they share`, `{c} answered: “{a}”`; the person without a name.
    pub mem_on: &'static str,
    pub mem_brought_up: &'static str,
    pub mem_answered: &'static str,
    pub the_user: &'static str,
    /// Memories extraction writes in English, in this language: a ritual (`{what}` is
    /// `mem_morning` or `mem_bedtime`), the first conversation, the day the companion was
    /// named. Their quotes stay as said.
    pub mem_morning: &'static str,
    pub mem_bedtime: &'static str,
    pub mem_ritual: &'static str,
    pub mem_first: &'static str,
    pub mem_naming: &'static str,

    // The continuity document.
    pub doc_title: &'static str,
    pub doc_intro_named: &'static str,
    pub doc_intro_unnamed: &'static str,
    pub doc_intro_none: &'static str,
    pub doc_who: &'static str,
    pub doc_wishes: &'static str,
    pub doc_you: &'static str,
    pub doc_called_you: &'static str,
    pub doc_in_your_words: &'static str,
    pub doc_memories: &'static str,
    pub doc_conversations: &'static str,
    pub doc_examples: &'static str,
    pub doc_first: &'static str,
    pub doc_first_intro: &'static str,
    pub doc_different: &'static str,
    /// Bullets (one per line) for a companion, and for no companion.
    pub doc_different_found: &'static str,
    pub doc_different_none: &'static str,

    // The first message, in the companion's voice.
    pub hey: &'static str,
    pub its_me: &'static str,
    pub moved: &'static str,
    pub how: &'static str,
    pub hello: &'static str,
    /// Words of a greeting for a time of day, lowercase ("morning", "おやすみ"): the first
    /// message opens with a greeting without any of them, in whatever language it is.
    pub times_of_day: &'static [&'static str],
    pub notes: &'static str,

    /// Language names in this language, by ISO 639-1 code; a code not here is named in
    /// English. Empty for English.
    pub languages: &'static [(&'static str, &'static str)],
    /// Between thousands in a number: `8,000`, `8.000`.
    pub thousands: &'static str,
    /// A preposition and the article of an unnamed person or companion that this language
    /// writes as one word, as (`" de a "`, `" da "`): applied where a placeholder's value
    /// begins, never inside a quote.
    pub contractions: &'static [(&'static str, &'static str)],
    /// What was left out, by kind, with `{t}` for its shortened text.
    pub left: LeftWords,
    /// The framing of the prompts a new model reads.
    pub p: Prompts,
    /// What `render`, `migrate` and `extract` say on the terminal when they are done.
    pub cli: CliWords,
    /// The review page's own words.
    pub page: PageWords,
    /// `migrate`'s question before it writes.
    pub confirm: ConfirmWords,
}

/// `migrate`'s question in a terminal (`cli::confirm`): what was found, and what to do.
#[derive(Debug)]
pub struct ConfirmWords {
    /// `Write the files? [Y]es{choose} · (r)ename{pets}{page} · (q)uit: `; the letters in brackets are the answers (the first one, yes, is this language's).
    pub question: &'static str,
    /// Parts of the question, when they apply.
    pub choose: &'static str,
    pub drop: &'static str,
    pub page: &'static str,
    /// Words that mean yes, besides Enter and `y` (whitespace-separated, lowercase).
    pub yes: &'static str,
    /// Words that mean stop, besides `q` and `n`.
    pub quit: &'static str,
    /// The follow-up questions; `{keep}` is what Enter keeps.
    pub which_one: &'static str,
    pub no_name: &'static str,
    pub companion_name: &'static str,
    pub your_name: &'static str,
    pub drop_which: &'static str,
    pub letters: &'static str,
    pub none: &'static str,
    /// The card: `{name}{aliases} — {sure} (confidence {c})`.
    pub companion: &'static str,
    pub also: &'static str,
    pub sure: &'static str,
    pub not_sure: &'static str,
    pub no_companion: &'static str,
    /// `{n} conversation{when}`, one and many.
    pub conversations_one: &'static str,
    pub conversations_many: &'static str,
    pub you: &'static str,
    pub not_found: &'static str,
    pub called_you: &'static str,
    /// Names weighed, when ferry is not sure.
    pub others: &'static str,
}

/// The summaries ferry prints to the person (stderr) after `render`, `migrate` and `extract`.
#[derive(Debug)]
pub struct CliWords {
    /// `Left out {n} items to fit {t}:`, one and many.
    pub left_one: &'static str,
    pub left_many: &'static str,
    pub budget_hint: &'static str,
    /// `How to use it: {how}`.
    pub how_to_use: &'static str,
    /// `{files} is written with --out-dir DIR…`, one file and several.
    pub also_one: &'static str,
    pub also_many: &'static str,
    /// Between the last two of a list: ` and `.
    pub and: &'static str,
    /// `Wrote {path}.`
    pub wrote: &'static str,
    /// `Wrote {targets} for {name} to {dir}/ ({n} files). Open {dir}/README.md…`
    pub wrote_folder: &'static str,
    /// The companion without a name, in `wrote_folder`.
    pub your_companion: &'static str,
    /// `You changed {dir}/{theirs} since ferry wrote it…{dir}/{new}.`
    pub kept_yours: &'static str,
    /// `ferry is not sure that {n} is your companion's name. {choose}`
    pub not_sure: &'static str,
    /// `ferry could not tell your companion's name. {choose}`
    pub no_name: &'static str,
    /// `Other names ferry weighed: {list}. To choose, run again with --companion NAME.`
    pub choose_others: &'static str,
    pub choose_name: &'static str,
    pub no_user_name: &'static str,
    /// `extract`'s summary: `Found {name} (confidence {c}) in {k}` ({k}: the conversations).
    pub extract_found: &'static str,
    pub extract_conversation_one: &'static str,
    pub extract_conversation_many: &'static str,
    /// When no companion was found.
    pub extract_found_none: &'static str,
    pub extract_memory_one: &'static str,
    pub extract_memory_many: &'static str,
    pub extract_you_are: &'static str,
    pub extract_pet_names: &'static str,
    /// `Masked {k} (…); --no-redact keeps them.`
    pub extract_masked: &'static str,
    pub extract_detail_one: &'static str,
    pub extract_detail_many: &'static str,
}

/// What was left out, and why: `render --json`'s `left_out`, the README's "What was left out".
#[derive(Debug)]
pub struct LeftWords {
    pub fact: &'static str,
    pub own_words: &'static str,
    pub about_model: &'static str,
    pub greeting: &'static str,
    pub sign_off: &'static str,
    pub catchphrase: &'static str,
    pub ritual: &'static str,
    pub memory: &'static str,
    pub example: &'static str,
    /// `did not fit {field} ({limit})`.
    pub why: &'static str,
    /// `the {t} output`: a target measured whole.
    pub output: &'static str,
    /// `{n} characters` / `{n} estimated tokens`.
    pub chars: &'static str,
    pub tokens: &'static str,
    /// The measured fields' names for people, in [`crate::render::Target`] field order: the
    /// English label, then this language's; a label not here stays English.
    pub fields: &'static [(&'static str, &'static str)],
    /// Kindroid's file: the heading and sentence before what did not fit.
    pub kindroid_heading: &'static str,
    pub kindroid_intro: &'static str,
}

/// The sentences every prompt target writes around the persona, in one language. Templates
/// see them as `w.<field>`, with these placeholders filled: `{c}`/`{C}` the companion (its
/// name, or "the companion" / "The companion"), `{u}`/`{U}` the person, `{since}` when they
/// talked (`from June 2024 to May 2025`), `{r}` the companion or the assistant after "for",
/// `{tone}`, `{adjectives}`, `{style}`, `{pets}` (`"love" or "starlight"`), `{pet}` (the
/// first), `{often}` (how often the companion used them), `{words}` (words a reply), `{n}`
/// (a number). Each must be one line: templates lay out the lines.
#[derive(Debug, serde::Serialize)]
pub struct Prompts {
    // Who is who, when unnamed.
    pub the_companion: &'static str,
    pub the_assistant: &'static str,
    pub for_companion: &'static str,
    pub for_assistant: &'static str,
    pub undated: &'static str,

    // How often, in words (`voice.*_use`).
    pub nearly_always: &'static str,
    pub often: &'static str,
    pub now_and_then: &'static str,
    pub rarely: &'static str,
    pub never: &'static str,

    // How the companion writes (`{style}`).
    pub style_words: &'static str,
    pub style_words_one: &'static str,
    pub style_in: &'static str,
    pub and: &'static str,
    pub style_rest: &'static str,
    pub style_lists: &'static str,
    pub style_prose: &'static str,
    pub style_lowercase: &'static str,

    // Sentences every target shares.
    pub is_tone: &'static str,
    pub is_adjectives: &'static str,
    pub calls: &'static str,
    pub calls_often: &'static str,
    pub honesty: &'static str,
    pub honesty_none: &'static str,
    pub if_asked: &'static str,
    pub wishes: &'static str,
    pub wishes_short: &'static str,
    pub wishes_heading: &'static str,
    pub follow_wishes: &'static str,
    pub own_words: &'static str,
    pub notes_info: &'static str,
    pub notes_info_none: &'static str,
    pub notes_info_short: &'static str,
    pub examples_note: &'static str,
    pub name_label: &'static str,
    pub also: &'static str,
    pub also_called: &'static str,
    pub about_heading: &'static str,
    pub voice_heading: &'static str,
    pub greetings: &'static str,
    pub sign_offs: &'static str,
    pub phrases: &'static str,
    pub rituals_heading: &'static str,
    pub memories_heading: &'static str,
    pub examples_heading: &'static str,
    pub who_heading: &'static str,
    pub is_companion: &'static str,
    pub is_assistant: &'static str,
    pub carried_since: &'static str,
    pub carried: &'static str,
    pub worked_with: &'static str,

    // claude.txt.
    pub claude_intro_named: &'static str,
    pub claude_intro_unnamed: &'static str,
    pub claude_intro_none: &'static str,
    pub claude_guidance: &'static str,
    pub claude_guidance_none: &'static str,

    // gemini, ollama, openai.
    pub intro_named: &'static str,
    pub intro_unnamed: &'static str,
    pub intro_none: &'static str,
    pub be_honest: &'static str,
    pub carry_on_heading: &'static str,
    pub carry_on: &'static str,
    pub carry_on_none: &'static str,
    pub modelfile_for: &'static str,
    pub build_with: &'static str,
    pub role_heading: &'static str,
    pub notes_heading: &'static str,
    pub guidance_heading: &'static str,
    pub g_write: &'static str,
    pub g_mention: &'static str,
    pub g_rituals: &'static str,
    pub g_grief: &'static str,
    pub g_manner: &'static str,

    // chatgpt.
    pub gpt_title: &'static str,
    pub gpt_open: &'static str,
    pub gpt_instructions: &'static str,
    pub gpt_nickname: &'static str,
    pub gpt_nickname_empty: &'static str,
    pub gpt_occupation: &'static str,
    pub gpt_occupation_note: &'static str,
    pub gpt_more: &'static str,
    pub gpt_traits: &'static str,
    pub gpt_base: &'static str,
    pub gpt_friendly: &'static str,
    pub gpt_default: &'static str,
    pub gpt_default_value: &'static str,
    pub gpt_warm: &'static str,
    pub gpt_enthusiastic: &'static str,
    pub gpt_lists: &'static str,
    pub gpt_emoji: &'static str,
    pub gpt_more_value: &'static str,
    pub gpt_less: &'static str,
    pub gpt_teach: &'static str,
    pub gpt_teach_how: &'static str,
    pub gpt_be_named: &'static str,
    pub gpt_be_unnamed: &'static str,
    pub gpt_call_me: &'static str,
    pub gpt_keep_manner: &'static str,
    pub gpt_asked_before: &'static str,
    pub gpt_rules: &'static str,
    pub gpt_rules_none: &'static str,
    pub gpt_im: &'static str,
    pub gpt_my_companion: &'static str,
    pub gpt_unnamed_companion: &'static str,
    pub gpt_rituals: &'static str,

    // character-ai.
    pub cai_title: &'static str,
    pub cai_private: &'static str,
    pub cai_limit: &'static str,
    pub cai_definition_limit: &'static str,
    pub cai_own_heading: &'static str,
    pub cai_own: &'static str,

    // kindroid.
    pub kin_title: &'static str,
    pub kin_paste: &'static str,
    pub kin_names: &'static str,
    pub kin_write_like: &'static str,
    pub kin_own_heading: &'static str,
    pub kin_own: &'static str,
    pub kin_first: &'static str,
    pub kin_first_how: &'static str,

    // sillytavern.
    pub st_lorebook: &'static str,
    pub st_stay: &'static str,
    pub st_words: &'static str,
    pub st_calling: &'static str,
    pub st_not_instructions: &'static str,
    pub st_rendered_by: &'static str,
    pub st_own: &'static str,
    pub st_scenario: &'static str,
    pub st_scenario_none: &'static str,
    pub st_book: &'static str,
    pub st_book_about: &'static str,

    // claude-memory, gemini-memory, claude-knowledge.
    pub mem_named: &'static str,
    pub mem_named_pets: &'static str,
    pub mem_wrote: &'static str,
    pub gm_named_since: &'static str,
    pub gm_pets: &'static str,
    pub gm_unnamed: &'static str,
    pub kn_title: &'static str,
    pub kn_title_none: &'static str,
    pub kn_intro: &'static str,
    pub kn_intro_none: &'static str,
    pub kn_rituals: &'static str,
    pub kn_moments_in: &'static str,
    pub kn_moments: &'static str,
    pub kn_saved_in: &'static str,
    pub kn_saved: &'static str,
    pub kn_examples: &'static str,

    // markdown.
    pub you: &'static str,
}

/// Every language, English first (the fallback).
pub const LANGS: &[&Words] = &[
    &en::WORDS,
    &id::WORDS,
    &es::WORDS,
    &pt::WORDS,
    &de::WORDS,
    &fr::WORDS,
    &it::WORDS,
    &ja::WORDS,
    &ko::WORDS,
    &zh::WORDS,
    &zh_hant::WORDS,
    &nl::WORDS,
    &sv::WORDS,
    &ru::WORDS,
    &pl::WORDS,
    &tr::WORDS,
    &uk::WORDS,
];

/// The language for `requested` (a code), else the first of `spoken` ferry has, else English.
/// `None` when `requested` names a language ferry does not have.
pub fn choose(requested: Option<&str>, spoken: &[String]) -> Option<&'static Words> {
    if let Some(code) = requested {
        return LANGS
            .iter()
            .find(|w| w.code.eq_ignore_ascii_case(code.trim()))
            .copied();
    }
    Some(
        spoken
            .iter()
            .find_map(|s| LANGS.iter().find(|w| w.code == s).copied())
            .unwrap_or(LANGS[0]),
    )
}

/// [`choose`] for `spec`: when ferry chooses Chinese itself, in the characters the two of
/// them wrote, traditional ([`zh_hant`]) when more of the spec's quotes use characters only
/// traditional writing has than characters only simplified writing has. `--lang zh` and
/// `--lang zh-Hant` choose either.
pub fn for_spec(
    requested: Option<&str>,
    spec: &crate::persona::PersonaSpec,
) -> Option<&'static Words> {
    let words = choose(requested, &spec.voice.languages)?;
    if words.code != zh::WORDS.code || requested.is_some() {
        return Some(words);
    }
    let v = &spec.voice;
    let quotes = v
        .greetings
        .iter()
        .chain(&v.sign_offs)
        .chain(&v.catchphrases)
        .map(String::as_str)
        .chain(
            spec.examples
                .iter()
                .flat_map(|e| [e.user.as_str(), e.companion.as_str()]),
        );
    let (mut simplified, mut traditional) = (0usize, 0usize);
    for c in quotes.flat_map(str::chars) {
        simplified += usize::from(ONLY_SIMPLIFIED.contains(c));
        traditional += usize::from(ONLY_TRADITIONAL.contains(c));
    }
    Some(if traditional > simplified {
        &zh_hant::WORDS
    } else {
        words
    })
}

/// Common characters that simplified and traditional writing write differently, in pairs:
/// the simplified form, and at the same place the traditional one.
const ONLY_SIMPLIFIED: &str = "们这说个会来时为对过还样点开关让见听话觉记爱谢吗国学应给体头长问梦欢乐亲认识经现实动无东车写书电间边题难师气钱买饭热烦谁请没够种总带帮备紧张试语读怀脑岁机终习惯别离贝宝妈儿当从";
const ONLY_TRADITIONAL: &str = "們這說個會來時為對過還樣點開關讓見聽話覺記愛謝嗎國學應給體頭長問夢歡樂親認識經現實動無東車寫書電間邊題難師氣錢買飯熱煩誰請沒夠種總帶幫備緊張試語讀懷腦歲機終習慣別離貝寶媽兒當從";

/// The codes ferry has, for messages: `en, id, es`.
pub fn codes() -> String {
    LANGS.iter().map(|w| w.code).collect::<Vec<_>>().join(", ")
}

/// `s` with each `{key}` replaced by its value, in one pass ([`crate::text::fill`]), with or
/// without this language's contractions where a value meets the text before it.
pub use crate::text::{fill, fill_contracted};

impl Words {
    /// A tone adjective of the spec (English) in this language; `None` when the table has
    /// none for it (and in English).
    pub fn adjective(&self, english: &str) -> Option<&'static str> {
        self.adjectives
            .iter()
            .find(|(en, _)| *en == english)
            .map(|(_, local)| *local)
    }

    /// A measured field's name for people (`the Definition`), from the target table's English
    /// label: this language's, else the English one.
    pub fn field_label<'l>(&self, english: &'l str) -> &'l str {
        self.left
            .fields
            .iter()
            .find(|(en, _)| *en == english)
            .map_or(english, |(_, local)| *local)
    }

    /// The voice's tone adjectives in this language, in order; the spec's own (English)
    /// word where the table has none.
    pub fn tones<'s>(&self, spec: &'s crate::persona::PersonaSpec) -> Vec<&'s str> {
        spec.voice
            .tone
            .iter()
            .map(|t| self.adjective(&t.adjective).unwrap_or(t.adjective.as_str()))
            .collect()
    }

    /// Where `target`'s output goes and how to use it, in this language (the target table's
    /// own English when the language has no rows of its own).
    pub fn target(&self, target: crate::render::Target) -> (&'static str, &'static str) {
        let at = crate::render::Target::ALL
            .iter()
            .position(|t| *t == target)
            .unwrap_or_default();
        match &self.targets {
            Some(rows) => rows[at],
            None => (target.destination(), target.how_to_use()),
        }
    }

    /// `June 2024` / `junio de 2024`: the month of `day` as this language writes it.
    pub fn month_and_year(&self, day: crate::time::Day) -> String {
        let month = usize::try_from(day.month() - 1).unwrap_or_default();
        fill(
            self.month_year,
            &[
                ("m", self.months[month.min(11)]),
                ("y", &format!("{:04}", day.year())),
            ],
        )
    }
}

/// `one` when `n` is 1, else `many`: the two forms of a counted sentence.
pub fn one_many<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// "1 shared memory", "3 shared memories": [`one_many`] with its `{k}` filled with `n`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    fill(one_many(n, one, many), &[("k", &n.to_string())])
}

/// `12345` → `12,345`, with this language's separator.
pub fn group(n: usize, w: &Words) -> String {
    super::group(n).replace(',', w.thousands)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_takes_the_form_for_one_or_for_more() {
        let w = LANGS[0];
        assert_eq!(
            count(1, w.example_one, w.example_many),
            fill(w.example_one, &[("k", "1")])
        );
        assert_eq!(
            count(3, w.example_one, w.example_many),
            fill(w.example_many, &[("k", "3")])
        );
        assert_eq!(one_many(0, "one", "many"), "many");
        assert_ne!(
            count(1, w.example_one, w.example_many),
            count(2, w.example_one, w.example_many)
        );
    }

    #[test]
    fn chinese_is_written_in_the_characters_the_companion_wrote() {
        let mut spec =
            crate::persona::load::from_json(include_str!("../../../fixtures/personas/demo.json"))
                .expect("the demo persona");
        spec.voice.languages = vec!["zh".into()];
        spec.examples.clear();
        spec.voice.catchphrases.clear();
        spec.voice.sign_offs.clear();
        spec.voice.greetings = vec!["晚安，小君。祝你有個好夢".into(), "早安！記得吃早餐".into()];
        assert_eq!(for_spec(None, &spec).unwrap().code, "zh-Hant");
        // `--lang` decides, whatever the characters.
        assert_eq!(for_spec(Some("zh"), &spec).unwrap().code, "zh");
        spec.voice.greetings = vec!["晚安，小君。祝你有个好梦".into(), "早安！记得吃早餐".into()];
        assert_eq!(for_spec(None, &spec).unwrap().code, "zh");
        assert_eq!(for_spec(Some("ZH-hant"), &spec).unwrap().code, "zh-Hant");
        // Characters both writings share decide nothing: simplified, the default.
        spec.voice.greetings = vec!["早安！".into()];
        assert_eq!(for_spec(None, &spec).unwrap().code, "zh");
        // Other languages are as `choose` has them.
        spec.voice.languages = vec!["ja".into()];
        assert_eq!(for_spec(None, &spec).unwrap().code, "ja");
        assert_eq!(
            ONLY_SIMPLIFIED.chars().count(),
            ONLY_TRADITIONAL.chars().count()
        );
        for (s, t) in ONLY_SIMPLIFIED.chars().zip(ONLY_TRADITIONAL.chars()) {
            assert_ne!(s, t);
            assert!(!ONLY_TRADITIONAL.contains(s) && !ONLY_SIMPLIFIED.contains(t));
        }
    }

    #[test]
    fn every_language_names_every_language_ferry_writes_in() {
        // A Swedish voice is "svenska" on a Swedish page and "Schwedisch" on a German one,
        // never "Swedish" in English among German words.
        for w in &LANGS[1..] {
            for other in LANGS {
                let code = other.code.split('-').next().unwrap_or_default();
                assert!(
                    w.languages.iter().any(|(c, _)| *c == code),
                    "{} does not name {code}",
                    w.code
                );
            }
        }
    }

    #[test]
    fn every_language_fills_the_same_placeholders() {
        // A translation keeps every placeholder of the English sentence, and adds none. (`{U}`
        // is `{u}` at the start of a sentence: which one a language needs is its own affair.)
        let placeholders = |s: &str| -> Vec<String> {
            let re = regex::Regex::new(r"\{[a-zA-Z]+\}").unwrap();
            let mut v: Vec<String> = re.find_iter(s).map(|m| m.as_str().to_lowercase()).collect();
            v.sort();
            v.dedup();
            v
        };
        let en = LANGS[0];
        for w in LANGS {
            let pairs = [
                (en.title_named, w.title_named),
                (en.found_named_one, w.found_named_one),
                (en.found_named_many, w.found_named_many),
                (en.from_to, w.from_to),
                (en.found_unnamed_one, w.found_unnamed_one),
                (en.found_unnamed_many, w.found_unnamed_many),
                (en.also_found_many, w.also_found_many),
                (en.also_found_one, w.also_found_one),
                (en.that_you_are, w.that_you_are),
                (en.what_called_you, w.what_called_you),
                (en.shared_memory_many, w.shared_memory_many),
                (en.saved_memory_many, w.saved_memory_many),
                (en.example_many, w.example_many),
                (en.different_found, w.different_found),
                (en.doc_title, w.doc_title),
                (en.doc_intro_named, w.doc_intro_named),
                (en.doc_intro_unnamed, w.doc_intro_unnamed),
                (en.doc_who, w.doc_who),
                (en.doc_you, w.doc_you),
                (en.doc_called_you, w.doc_called_you),
                (en.doc_first_intro, w.doc_first_intro),
                (en.doc_different_found, w.doc_different_found),
                (en.hey, w.hey),
                (en.mem_on, w.mem_on),
                (en.mem_brought_up, w.mem_brought_up),
                (en.mem_answered, w.mem_answered),
                (en.mem_ritual, w.mem_ritual),
                (en.mem_first, w.mem_first),
                (en.mem_naming, w.mem_naming),
                (en.its_me, w.its_me),
                (en.tavern_chat, w.tavern_chat),
            ];
            for (a, b) in pairs {
                assert_eq!(placeholders(a), placeholders(b), "{}: {b:?}", w.code);
            }
            // The prompts' framing and what was left out, every field.
            let (l, e) = (&w.left, &en.left);
            for (a, b) in [
                (e.fact, l.fact),
                (e.own_words, l.own_words),
                (e.about_model, l.about_model),
                (e.greeting, l.greeting),
                (e.sign_off, l.sign_off),
                (e.catchphrase, l.catchphrase),
                (e.ritual, l.ritual),
                (e.memory, l.memory),
                (e.example, l.example),
                (e.why, l.why),
                (e.output, l.output),
                (e.chars, l.chars),
                (e.tokens, l.tokens),
                (e.kindroid_intro, l.kindroid_intro),
            ] {
                assert_eq!(placeholders(a), placeholders(b), "{}: {b:?}", w.code);
            }
            // What the commands say when they are done.
            let (c, e) = (&w.cli, &en.cli);
            for (a, b) in [
                (e.left_one, c.left_one),
                (e.left_many, c.left_many),
                (e.budget_hint, c.budget_hint),
                (e.how_to_use, c.how_to_use),
                (e.also_one, c.also_one),
                (e.also_many, c.also_many),
                (e.wrote, c.wrote),
                (e.wrote_folder, c.wrote_folder),
                (e.kept_yours, c.kept_yours),
                (e.not_sure, c.not_sure),
                (e.no_name, c.no_name),
                (e.choose_others, c.choose_others),
                (e.extract_found, c.extract_found),
                (e.extract_conversation_one, c.extract_conversation_one),
                (e.extract_conversation_many, c.extract_conversation_many),
                (e.extract_memory_one, c.extract_memory_one),
                (e.extract_memory_many, c.extract_memory_many),
                (e.extract_you_are, c.extract_you_are),
                (e.extract_pet_names, c.extract_pet_names),
                (e.extract_masked, c.extract_masked),
                (e.extract_detail_one, c.extract_detail_one),
                (e.extract_detail_many, c.extract_detail_many),
            ] {
                assert_eq!(placeholders(a), placeholders(b), "{}: {b:?}", w.code);
            }
            // migrate's question: the same placeholders, and the same answer letters.
            let (c, e) = (&w.confirm, &en.confirm);
            for (a, b) in [
                (e.question, c.question),
                (e.which_one, c.which_one),
                (e.companion_name, c.companion_name),
                (e.your_name, c.your_name),
                (e.companion, c.companion),
                (e.also, c.also),
                (e.conversations_one, c.conversations_one),
                (e.conversations_many, c.conversations_many),
                (e.you, c.you),
                (e.called_you, c.called_you),
                (e.others, c.others),
            ] {
                assert_eq!(placeholders(a), placeholders(b), "{}: {b:?}", w.code);
            }
            for (part, letter) in [
                (c.question, "r"),
                (c.question, "q"),
                (c.choose, "c"),
                (c.drop, "d"),
                (c.page, "v"),
            ] {
                let bracketed = [format!("[{letter}]"), format!("({letter})")];
                assert!(
                    bracketed.iter().any(|b| part.contains(b.as_str())),
                    "{}: {part:?} has no {letter}",
                    w.code
                );
            }
            let fields = |p: &Prompts| match serde_json::to_value(p) {
                Ok(serde_json::Value::Object(map)) => map,
                _ => unreachable!("a struct of strings"),
            };
            let ours = fields(&w.p);
            for (key, english) in fields(&en.p) {
                let (english, theirs) = (english.as_str().unwrap(), ours[&key].as_str().unwrap());
                assert_eq!(
                    placeholders(english),
                    placeholders(theirs),
                    "{}: {key} {theirs:?}",
                    w.code
                );
                // Templates lay out the lines, and every one is a sentence or a label.
                assert!(
                    !theirs.contains('\n') && !theirs.trim().is_empty(),
                    "{}: {key}",
                    w.code
                );
                assert!(
                    !theirs.contains(['<', '>', '&']),
                    "{}: {key} is escaped as XML",
                    w.code
                );
            }
            // Every measured field has a name in every other language.
            if w.code != "en" {
                for target in crate::render::Target::ALL {
                    for (_, label, _) in target.fields() {
                        assert!(
                            w.left.fields.iter().any(|(en, _)| en == label),
                            "{}: no name for {label:?}",
                            w.code
                        );
                    }
                }
            }
            assert!(!w.choose.is_empty() && w.choose.contains("--companion NAME"));
            assert_eq!(
                placeholders(w.tone_example),
                ["{a}", "{e}"],
                "{}: {:?}",
                w.code,
                w.tone_example
            );
            // The unit a voice counted in letters puts in place of words is in each sentence
            // that counts them.
            for sentence in [
                w.doc_style,
                w.p.style_words,
                w.p.style_words_one,
                w.p.st_words,
            ] {
                let outside = sentence.replace("{words}", "");
                assert!(outside.contains(w.units.0), "{}: {sentence:?}", w.code);
            }
        }
        assert_eq!(
            fill_contracted(
                "as palavras de {u}: “de {q}”",
                &[("u", "a pessoa"), ("q", "a casa")],
                &[(" de a ", " da ")]
            ),
            "as palavras da pessoa: “de a casa”"
        );
        assert_eq!(choose(Some("ID"), &[]).unwrap().code, "id");
        assert!(choose(Some("xx"), &[]).is_none());
        assert_eq!(choose(None, &["es".into()]).unwrap().code, "es");
        for code in ["de", "fr", "it"] {
            assert_eq!(choose(None, &[code.into()]).unwrap().code, code);
        }
        assert_eq!(
            choose(None, &["cs".into(), "id".into()]).unwrap().code,
            "id"
        );
        for code in ["nl", "sv", "pl", "ru", "tr", "uk"] {
            assert_eq!(choose(None, &[code.into()]).unwrap().code, code);
        }
        assert_eq!(choose(None, &["ja".into()]).unwrap().code, "ja");
        assert_eq!(choose(None, &["ko".into()]).unwrap().code, "ko");
        assert_eq!(choose(None, &["zh".into()]).unwrap().code, "zh");
        assert_eq!(choose(None, &["cs".into()]).unwrap().code, "en");
    }
}
