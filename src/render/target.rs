//! The targets: their names (a contract), limits, and where each output goes.

use std::fmt;

/// How a target's limit is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Unicode characters.
    Chars,
    /// Estimated tokens: characters / 4, rounded up.
    Tokens,
}

impl Unit {
    /// The size of `text` in this unit.
    pub fn measure(self, text: &str) -> usize {
        let chars = text.chars().count();
        match self {
            Unit::Chars => chars,
            Unit::Tokens => chars.div_ceil(4),
        }
    }

    /// `characters` or `tokens`.
    pub fn name(self) -> &'static str {
        match self {
            Unit::Chars => "characters",
            Unit::Tokens => "tokens",
        }
    }
}

/// A limit: how much fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max: usize,
    pub unit: Unit,
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            Unit::Chars => "characters",
            Unit::Tokens => "estimated tokens",
        };
        write!(f, "{} {unit}", group(self.max))
    }
}

impl Limit {
    /// `8,000 characters` in `words`.
    pub fn in_words(&self, words: &super::lang::Words) -> String {
        let n = super::lang::group(self.max, words);
        let unit = match self.unit {
            Unit::Chars => words.left.chars,
            Unit::Tokens => words.left.tokens,
        };
        super::lang::fill(unit, &[("n", &n)])
    }
}

/// `12345` → `12,345`.
pub(crate) fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Where a rendered persona is going. The names are a contract (`ferry render --target`);
/// clap spells them in kebab case (`character-ai`, `claude-memory`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Target {
    /// Claude Project instructions or API system prompt
    Claude,
    /// ChatGPT Custom Instructions, memories to teach, personality settings
    Chatgpt,
    /// OpenAI API instructions (Responses, Chat Completions)
    Openai,
    /// Gemini Gem instructions or system_instruction
    Gemini,
    /// An Ollama Modelfile
    Ollama,
    /// A SillyTavern Character Card V3 (JSON, or a PNG card with -o NAME.png)
    Sillytavern,
    /// Character.AI fields
    CharacterAi,
    /// Kindroid fields
    Kindroid,
    /// A continuity document for you to keep
    Markdown,
    /// Lines for Claude's memory import
    ClaudeMemory,
}

/// How persona text is made safe for a target's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Escape {
    /// Sections are XML tags: escape `&`, `<`, `>`.
    Xml,
    /// The app expands `{{char}}`-style macros: break up `{{` and `}}`.
    Macros,
    /// A Modelfile: values sit inside `"""…"""`.
    Modelfile,
    /// Markdown for people to read: no value may start a block or carry HTML.
    Markdown,
    /// Plain text: one line per item is enough.
    Plain,
}

/// One target, described once: adding a target is a [`Target`] variant, a row of [`TABLE`]
/// (in the same position), its template in `templates/`, and its snapshots.
pub(crate) struct Row {
    /// The name on the command line (a contract; clap's kebab case of the variant).
    pub(crate) name: &'static str,
    /// The file `migrate` writes it to.
    pub(crate) file: &'static str,
    /// Other files `migrate` writes from the same output, besides `file` (every file of
    /// `extras` is one of them).
    pub(crate) also: &'static [&'static str],
    /// Extra outputs rendered with everything kept: (file, template, escaping). A Claude
    /// Project's knowledge, Gemini's memory import.
    pub(crate) extras: &'static [(&'static str, &'static str, Escape)],
    /// The main limit (for targets with several fields, the first field's; see `fields`).
    pub(crate) limit: Limit,
    /// How persona text is made safe for its format.
    pub(crate) escape: Escape,
    /// The template, under `src/render/templates/`.
    pub(crate) template: &'static str,
    /// The parts with a limit of their own: (template, field name for people, fixed limit;
    /// `None` = the target's limit). The first one takes `--budget`. Empty: the whole output
    /// is measured.
    pub(crate) fields: &'static [(&'static str, &'static str, Option<usize>)],
    /// Where the output goes, in a few words (`ferry targets`).
    pub(crate) destination: &'static str,
    /// Two or three plain sentences on where to paste or load the output.
    pub(crate) how_to_use: &'static str,
}

const fn limit(max: usize, unit: Unit) -> Limit {
    Limit { max, unit }
}

/// Every target, in [`Target`] order (a test checks the order and the names).
pub(crate) const TABLE: [Row; 10] = [
    Row {
        name: "claude",
        file: "claude.txt",
        also: &["claude-knowledge.md"],
        extras: &[(
            "claude-knowledge.md",
            "claude-knowledge.j2",
            Escape::Markdown,
        )],
        limit: limit(8_000, Unit::Chars),
        escape: Escape::Xml,
        template: "claude.j2",
        fields: &[],
        destination: "Claude Project instructions (and claude-knowledge.md for the Project's knowledge), or the API system prompt",
        how_to_use: "In Claude, create a Project, paste this text into its instructions, and add claude-knowledge.md to the Project's knowledge; every chat in that Project starts from them. Chats in a Project do not see what you import into Claude's own memory (claude-memory.txt), so the Project needs these two files. If you use the API, send this text as the system prompt.",
    },
    Row {
        name: "chatgpt",
        file: "chatgpt.md",
        also: &[],
        extras: &[],
        limit: limit(1_500, Unit::Chars),
        escape: Escape::Plain,
        template: "chatgpt.j2",
        fields: &[
            (
                "chatgpt/instructions.j2",
                "the Custom Instructions field",
                None,
            ),
            (
                "chatgpt/about-you.j2",
                "the “More about you” field",
                Some(1_500),
            ),
        ],
        destination: "ChatGPT Settings → Personalization (Custom Instructions, nickname, more about you, characteristics) and memories to teach",
        how_to_use: "In ChatGPT, open Settings → Personalization and paste each part into the field of the same name, then set the characteristics as suggested. Turn on memory and teach the memories by saying them in a chat, one at a time.",
    },
    Row {
        name: "openai",
        file: "openai.txt",
        also: &[],
        extras: &[],
        limit: limit(6_000, Unit::Tokens),
        escape: Escape::Xml,
        template: "openai.j2",
        fields: &[],
        destination: "instructions / developer message (Responses, Chat Completions)",
        how_to_use: "Send this text as the `instructions` of a Responses API call, or as the first `developer` (or `system`) message in Chat Completions. The Responses API does not carry instructions over with previous_response_id, so send them on every call.",
    },
    Row {
        name: "gemini",
        file: "gemini.txt",
        also: &["gemini-memory.txt"],
        extras: &[("gemini-memory.txt", "gemini-memory.j2", Escape::Plain)],
        limit: limit(6_000, Unit::Tokens),
        escape: Escape::Plain,
        template: "gemini.j2",
        fields: &[],
        destination: "Gemini Gem instructions (and gemini-memory.txt for Gemini's memory import), or system_instruction in the API",
        how_to_use: "In Gemini, create a Gem and paste this text into its instructions. To let Gemini itself remember you, open Settings → Import memory to Gemini and paste gemini-memory.txt where it asks for the other app's answer. With the API, send this text as `system_instruction` in each generateContent request.",
    },
    Row {
        name: "ollama",
        file: "Modelfile",
        also: &[],
        extras: &[],
        limit: limit(3_000, Unit::Tokens),
        escape: Escape::Modelfile,
        template: "ollama.j2",
        fields: &[],
        destination: "a Modelfile for `ollama create`",
        how_to_use: "Save this as a file named Modelfile, then run `ollama create NAME -f Modelfile` and `ollama run NAME`. Change the FROM line to use another local model.",
    },
    Row {
        name: "sillytavern",
        file: "sillytavern-card.json",
        also: &["sillytavern-card.png", super::tavern::FILE_NAME],
        extras: &[],
        limit: limit(1_500, Unit::Tokens),
        escape: Escape::Macros,
        template: "sillytavern.j2",
        fields: &[("sillytavern/description.j2", "the card's description", None)],
        destination: "a Character Card V3 (JSON) to import in SillyTavern, with the shared memories as its lorebook",
        how_to_use: "Save this as a .json file and import it in SillyTavern with the Import Character button, and accept when it offers to import the card's lorebook. Each shared memory is a lorebook entry that comes up when its words are said; the rituals and the few most important memories are always on.",
    },
    Row {
        name: "character-ai",
        file: "character-ai.md",
        also: &[],
        extras: &[],
        limit: limit(3_200, Unit::Chars),
        escape: Escape::Macros,
        template: "character-ai.j2",
        fields: &[
            ("character-ai/definition.j2", "the Definition", None),
            ("character-ai/greeting.j2", "the Greeting", Some(2_048)),
            ("character-ai/description.j2", "the Description", Some(500)),
            ("character-ai/tagline.j2", "the Tagline", Some(50)),
        ],
        destination: "Character.AI character fields (definition, greeting…)",
        how_to_use: "On Character.AI, create a character, set its visibility to Private so that only you can chat with it, and copy each part into the field of the same name. The site reads only about the first 3,200 characters of the Definition, and this one fits.",
    },
    Row {
        name: "kindroid",
        file: "kindroid.md",
        also: &[],
        extras: &[],
        limit: limit(5_500, Unit::Chars),
        escape: Escape::Macros,
        template: "kindroid.j2",
        fields: &[(
            "kindroid/persistent.j2",
            "Kindroid's persistent memory (Backstory, Key Memories, Example Messages and Response Directive together)",
            None,
        )],
        destination: "Kindroid Backstory, Key Memories, Example Messages, Directive",
        how_to_use: "In Kindroid, open your Kindroid's settings and paste each part into the field of the same name. The four parts together fit the 5,500 characters of persistent memory a free account has; subscribers have about 11,000, so render again with --budget 11000 to keep more.",
    },
    Row {
        name: "markdown",
        file: "continuity.md",
        also: &[],
        extras: &[],
        limit: limit(20_000, Unit::Tokens),
        escape: Escape::Markdown,
        template: "markdown.j2",
        fields: &[],
        destination: "a continuity document for you to read and keep",
        how_to_use: "This document is for you: who your companion is, what you shared, and what may feel different on a new model. Keep it somewhere safe, or add it to a Claude Project's knowledge or a custom GPT's files.",
    },
    Row {
        name: "claude-memory",
        file: "claude-memory.txt",
        also: &[],
        extras: &[],
        limit: limit(4_000, Unit::Tokens),
        escape: Escape::Plain,
        template: "claude-memory.j2",
        fields: &[],
        destination: "Claude Settings → Memory → import",
        how_to_use: "In Claude, open Settings → Capabilities → Memory and choose to import memory, then paste these lines. Claude may take up to a day to take them in.",
    },
];

impl Target {
    /// Every target, in the order `ferry targets` lists them.
    pub const ALL: [Target; 10] = [
        Target::Claude,
        Target::Chatgpt,
        Target::Openai,
        Target::Gemini,
        Target::Ollama,
        Target::Sillytavern,
        Target::CharacterAi,
        Target::Kindroid,
        Target::Markdown,
        Target::ClaudeMemory,
    ];

    /// This target's row of [`TABLE`].
    pub(crate) fn row(self) -> &'static Row {
        &TABLE[self as usize]
    }

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        self.row().name
    }

    /// The target with this command-line name.
    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }

    /// What is measured against the limit, and the limit. For targets with several fields,
    /// each field has its own limit (see [`Target::fields`]); this is the main one.
    pub fn limit(self) -> Limit {
        self.row().limit
    }

    /// The parts of the output that have a limit: the template that renders each and what it
    /// may hold. The first one takes `--budget`. Targets with one field measure the whole output.
    pub(crate) fn fields(self) -> &'static [(&'static str, &'static str, Option<usize>)] {
        self.row().fields
    }

    /// Where the output goes, in a few words (`ferry targets`).
    pub fn destination(self) -> &'static str {
        self.row().destination
    }

    /// Two or three plain sentences on where to paste or load the output.
    pub fn how_to_use(self) -> &'static str {
        self.row().how_to_use
    }

    /// The file `migrate` writes this target to.
    pub fn file_name(self) -> &'static str {
        self.row().file
    }

    /// Other files written from the same output (the SillyTavern PNG card, the Claude
    /// knowledge document, the Gemini memory text).
    pub fn also_writes(self) -> &'static [&'static str] {
        self.row().also
    }

    /// The extra outputs rendered with everything kept: (file, template, escaping).
    pub(crate) fn extras(self) -> &'static [(&'static str, &'static str, Escape)] {
        self.row().extras
    }

    /// How persona text is made safe for this target.
    pub(crate) fn escape(self) -> Escape {
        self.row().escape
    }

    /// The template file, under `src/render/templates/`.
    pub(crate) fn template(self) -> &'static str {
        self.row().template
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
