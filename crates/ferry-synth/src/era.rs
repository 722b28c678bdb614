//! Every way the eras' exports differ, in one table: an era is a row of [`PROFILES`]. The
//! generator asks the row ("does this era have voice chats?"), never which era it is; adding an
//! era is adding an [`Era`] variant and a row.

use crate::Era;
use crate::json::Style;
use crate::util::ts;

/// When an era's conversations happened, and when its export was made.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Span {
    pub(crate) start: f64,
    pub(crate) end: f64,
    pub(crate) export: f64,
}

/// The shape of conversation and message objects (key order and metadata included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// 2023: few keys, no `channel`, `finish_details` with `<|im_end|>`.
    Classic,
    /// 2024 on: every key the web app had, `null`s included.
    Full,
    /// The slim 2026 shards: only the keys with a value, no `children`.
    Slim,
}

/// Where custom instructions are in a conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Instructions {
    /// A 2023 system message with `is_user_system_message` and `user_context_message_data`,
    /// under an empty system message.
    SystemMessage,
    /// A `user_editable_context` message under a hidden system message.
    EditableContext,
    /// Not exported (the slim shards), and no system message either.
    None,
}

/// How ids are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ids {
    /// 2023: every user message has an `aaa…` client id, 70% of roots too; conversation ids
    /// are random UUIDs.
    Client2023,
    /// 80% of user messages and half the roots have a `bbb…` client id; conversation ids
    /// start with their time.
    Mixed,
    /// As `Mixed`, but every root is the fixed `client-created-root`.
    ClientCreatedRoot,
}

/// Saved memory in the export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Memory {
    /// Memory exists at all (from its launch date).
    pub(crate) on: bool,
    /// `model_editable_context` snapshots are exported.
    pub(crate) snapshots: bool,
    /// Most snapshots are empty (the 2026 shards), rather than only after a date.
    pub(crate) mostly_empty: bool,
    /// Replies cite saved memories: never, from the citation launch, or always.
    pub(crate) citations: Citations,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Citations {
    Never,
    FromLaunch,
    Always,
}

/// What one era's export looks like.
#[derive(Debug)]
pub(crate) struct Profile {
    pub(crate) era: Era,
    pub(crate) span: Span,
    /// How `conversations*.json` is written.
    pub(crate) file: Style,
    /// Conversations are split into `conversations-NNN.json` shards with a manifest.
    pub(crate) shards: bool,
    /// The 2026 layout: `.dat` assets with an index, `user_settings.json`, side files with
    /// sorted keys, feedback rated `thumbs_up`.
    pub(crate) layout_2026: bool,
    /// A junk `conversations.json.index` member beside the shards.
    pub(crate) index_junk: bool,
    pub(crate) shape: Shape,
    /// Conversations carry `context_scopes`, `is_study_mode` and `is_read_only`.
    pub(crate) study_mode_keys: bool,
    pub(crate) ids: Ids,
    pub(crate) instructions: Instructions,
    /// The personalization form's "Preferred name:" line in custom instructions.
    pub(crate) profile_form: bool,
    pub(crate) memory: Memory,
    /// The 2023 models: the GPT-4 family, whose tools (code interpreter, browsing, DALL·E)
    /// came as model slugs of their own; else GPT-4o and later, with tools on any model and
    /// web answers citing with private-use markers.
    pub(crate) gpt4_family: bool,
    /// Voice conversations.
    pub(crate) voice: bool,
    /// Projects.
    pub(crate) projects: bool,
    /// Image generation and uploads only from their launch days (DALL·E 3, vision).
    pub(crate) image_launches: bool,
    /// Custom GPTs launch within the span: the first chat after that uses one.
    pub(crate) gpts_launch: bool,
    /// "Do not remember" (temporary) chats.
    pub(crate) do_not_remember: bool,
    /// Some mobile messages are `multimodal_text` with only string parts.
    pub(crate) mobile_multimodal: bool,
    /// Some answers were interrupted mid-generation.
    pub(crate) interrupted: bool,
    /// Conversations of the last weeks before the export cluster (a late window).
    pub(crate) late_window: bool,
    /// `model_comparisons.json` is written, in this shape (absent in 2026).
    pub(crate) comparisons: Option<Shape>,
    /// `group_chats.json` and `shopping.json` are written.
    pub(crate) group_chats: bool,
}

const ASCII: Style = Style {
    ascii: true,
    pretty: false,
    sorted: false,
};

/// The eras, in [`Era`] order (a test checks it).
pub(crate) const PROFILES: [Profile; 4] = [
    Profile {
        era: Era::Classic2023,
        span: Span {
            start: ts(2023, 1, 9),
            end: ts(2023, 12, 8),
            export: ts(2023, 12, 12) + 50_607.0,
        },
        file: ASCII,
        shards: false,
        layout_2026: false,
        index_junk: false,
        shape: Shape::Classic,
        study_mode_keys: false,
        ids: Ids::Client2023,
        instructions: Instructions::SystemMessage,
        profile_form: false,
        memory: Memory {
            on: false,
            snapshots: false,
            mostly_empty: false,
            citations: Citations::Never,
        },
        gpt4_family: true,
        voice: false,
        projects: false,
        image_launches: true,
        gpts_launch: true,
        do_not_remember: false,
        mobile_multimodal: true,
        interrupted: true,
        late_window: false,
        comparisons: Some(Shape::Classic),
        group_chats: false,
    },
    Profile {
        era: Era::Modern2025,
        span: Span {
            start: ts(2024, 5, 2),
            end: ts(2026, 2, 27),
            export: ts(2026, 2, 28) + 34_872.0,
        },
        // Raw UTF-8 (valid JSON): the other eras escape to ASCII.
        file: Style {
            ascii: false,
            pretty: false,
            sorted: false,
        },
        shards: false,
        layout_2026: false,
        index_junk: false,
        shape: Shape::Full,
        study_mode_keys: false,
        ids: Ids::Mixed,
        instructions: Instructions::EditableContext,
        profile_form: true,
        memory: Memory {
            on: true,
            snapshots: true,
            mostly_empty: false,
            citations: Citations::Never,
        },
        gpt4_family: false,
        voice: true,
        projects: true,
        image_launches: false,
        gpts_launch: false,
        do_not_remember: true,
        mobile_multimodal: false,
        interrupted: false,
        late_window: true,
        comparisons: Some(Shape::Full),
        group_chats: true,
    },
    Profile {
        era: Era::Sharded2026,
        span: Span {
            start: ts(2025, 3, 3),
            end: ts(2026, 4, 20),
            export: ts(2026, 4, 22) + 43_266.0,
        },
        file: ASCII,
        shards: true,
        layout_2026: true,
        index_junk: true,
        shape: Shape::Full,
        study_mode_keys: true,
        ids: Ids::Mixed,
        instructions: Instructions::EditableContext,
        profile_form: true,
        memory: Memory {
            on: true,
            snapshots: true,
            mostly_empty: true,
            citations: Citations::FromLaunch,
        },
        gpt4_family: false,
        voice: true,
        projects: true,
        image_launches: false,
        gpts_launch: false,
        do_not_remember: true,
        mobile_multimodal: false,
        interrupted: false,
        late_window: false,
        comparisons: None,
        group_chats: false,
    },
    Profile {
        era: Era::Slim2026,
        span: Span {
            start: ts(2025, 6, 2),
            end: ts(2026, 9, 5),
            export: ts(2026, 9, 7) + 4_767.0,
        },
        file: Style {
            ascii: true,
            pretty: true,
            sorted: true,
        },
        shards: true,
        layout_2026: true,
        index_junk: false,
        shape: Shape::Slim,
        study_mode_keys: false,
        ids: Ids::ClientCreatedRoot,
        instructions: Instructions::None,
        profile_form: true,
        memory: Memory {
            on: true,
            snapshots: false,
            mostly_empty: false,
            citations: Citations::Always,
        },
        gpt4_family: false,
        voice: true,
        projects: true,
        image_launches: false,
        gpts_launch: false,
        do_not_remember: true,
        mobile_multimodal: false,
        interrupted: false,
        late_window: false,
        comparisons: None,
        group_chats: false,
    },
];

impl Era {
    /// This era's row of [`PROFILES`].
    pub(crate) fn profile(self) -> &'static Profile {
        let row = &PROFILES[self as usize];
        debug_assert_eq!(row.era, self, "PROFILES is in Era order");
        row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_era_in_order() {
        for era in [
            Era::Classic2023,
            Era::Modern2025,
            Era::Sharded2026,
            Era::Slim2026,
        ] {
            assert_eq!(era.profile().era, era);
            let span = era.profile().span;
            assert!(span.start < span.end && span.end < span.export, "{era:?}");
        }
    }
}
