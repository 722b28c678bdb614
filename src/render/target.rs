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

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Target::Claude => "claude",
            Target::Chatgpt => "chatgpt",
            Target::Openai => "openai",
            Target::Gemini => "gemini",
            Target::Ollama => "ollama",
            Target::Sillytavern => "sillytavern",
            Target::CharacterAi => "character-ai",
            Target::Kindroid => "kindroid",
            Target::Markdown => "markdown",
            Target::ClaudeMemory => "claude-memory",
        }
    }

    /// The target with this command-line name.
    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }

    /// What is measured against the limit, and the limit. For targets with several fields,
    /// each field has its own limit (see [`Target::fields`]); this is the main one.
    pub fn limit(self) -> Limit {
        let (max, unit) = match self {
            Target::Claude => (8_000, Unit::Tokens),
            Target::Chatgpt => (1_500, Unit::Chars),
            Target::Openai => (6_000, Unit::Tokens),
            Target::Gemini => (6_000, Unit::Tokens),
            Target::Ollama => (3_000, Unit::Tokens),
            Target::Sillytavern => (8_000, Unit::Tokens),
            Target::CharacterAi => (3_200, Unit::Chars),
            Target::Kindroid => (5_500, Unit::Chars),
            Target::Markdown => (20_000, Unit::Tokens),
            Target::ClaudeMemory => (4_000, Unit::Tokens),
        };
        Limit { max, unit }
    }

    /// The parts of the output that have a limit: the template that renders each and what it
    /// may hold. The first one takes `--budget`. Targets with one field measure the whole output.
    pub(crate) fn fields(self) -> &'static [(&'static str, &'static str, Option<usize>)] {
        // (template, field name for people, fixed limit; None = the target's limit)
        match self {
            Target::Chatgpt => &[
                (
                    "chatgpt/about-user.j2",
                    "the “What should ChatGPT know about you?” box",
                    None,
                ),
                (
                    "chatgpt/about-model.j2",
                    "the “How should ChatGPT respond?” box",
                    None,
                ),
            ],
            Target::CharacterAi => &[
                ("character-ai/definition.j2", "the Definition", None),
                ("character-ai/greeting.j2", "the Greeting", Some(2_048)),
                ("character-ai/description.j2", "the Description", Some(500)),
                ("character-ai/tagline.j2", "the Tagline", Some(50)),
            ],
            _ => &[],
        }
    }

    /// Where the output goes, in a few words (`ferry targets`).
    pub fn destination(self) -> &'static str {
        match self {
            Target::Claude => "Claude Project instructions, or the API system prompt",
            Target::Chatgpt => "ChatGPT Settings → Personalization → Custom Instructions",
            Target::Openai => "instructions / developer message (Responses, Chat Completions)",
            Target::Gemini => "Gemini Gem instructions, or system_instruction in the API",
            Target::Ollama => "a Modelfile for `ollama create`",
            Target::Sillytavern => "a Character Card V3 (JSON) to import in SillyTavern",
            Target::CharacterAi => "Character.AI character fields (definition, greeting…)",
            Target::Kindroid => "Kindroid Backstory, Key Memories, Example Messages, Directive",
            Target::Markdown => "a continuity document for you to read and keep",
            Target::ClaudeMemory => "Claude Settings → Memory → import",
        }
    }

    /// Two or three plain sentences on where to paste or load the output.
    pub fn how_to_use(self) -> &'static str {
        match self {
            Target::Claude => {
                "In Claude, create a Project and paste this text into its instructions; every chat in that Project will start from it. If you use the API, send it as the system prompt. You can add the markdown document to the Project's knowledge too."
            }
            Target::Chatgpt => {
                "In ChatGPT, open Settings → Personalization → Custom Instructions and paste each box into its field. Choose the suggested personality, then teach the memories by saying them in a chat, one at a time (for example \"Please remember that…\")."
            }
            Target::Openai => {
                "Send this text as the `instructions` of a Responses API call, or as the first `developer` (or `system`) message in Chat Completions. The Responses API does not carry instructions over with previous_response_id, so send them on every call."
            }
            Target::Gemini => {
                "In Gemini, create a Gem and paste this text into its instructions. With the API, send it as `system_instruction` in each generateContent request."
            }
            Target::Ollama => {
                "Save this as a file named Modelfile, then run `ollama create NAME -f Modelfile` and `ollama run NAME`. Change the FROM line to use another local model."
            }
            Target::Sillytavern => {
                "Save this as a .json file and import it in SillyTavern with the Import Character button. The shared memories come along as the card's lorebook, and a short note keeps the voice steady in long chats."
            }
            Target::CharacterAi => {
                "On Character.AI, create a character and copy each part into the field of the same name. Keep the Definition as it is; the site uses only about its first 3,200 characters."
            }
            Target::Kindroid => {
                "In Kindroid, open your Kindroid's settings and paste each part into the field of the same name. Subscribers have room for about 11,000 characters; render again with --budget 11000 to keep more."
            }
            Target::Markdown => {
                "This document is for you: who your companion is, what you shared, and what may feel different on a new model. Keep it somewhere safe, or add it to a Claude Project's knowledge or a custom GPT's files."
            }
            Target::ClaudeMemory => {
                "In Claude, open Settings → Capabilities → Memory and choose to import memory, then paste these lines. Claude may take up to a day to take them in."
            }
        }
    }

    /// How persona text is made safe for this target.
    pub(crate) fn escape(self) -> Escape {
        match self {
            Target::Claude | Target::Openai => Escape::Xml,
            Target::Sillytavern | Target::CharacterAi | Target::Kindroid => Escape::Macros,
            Target::Ollama => Escape::Modelfile,
            Target::Markdown => Escape::Markdown,
            Target::Chatgpt | Target::Gemini | Target::ClaudeMemory => Escape::Plain,
        }
    }

    /// The template file, under `src/render/templates/`.
    pub(crate) fn template(self) -> &'static str {
        match self {
            Target::Claude => "claude.j2",
            Target::Chatgpt => "chatgpt.j2",
            Target::Openai => "openai.j2",
            Target::Gemini => "gemini.j2",
            Target::Ollama => "ollama.j2",
            Target::Sillytavern => "sillytavern.j2",
            Target::CharacterAi => "character-ai.j2",
            Target::Kindroid => "kindroid.j2",
            Target::Markdown => "markdown.j2",
            Target::ClaudeMemory => "claude-memory.j2",
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
