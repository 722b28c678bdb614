//! Persona data hidden in scaffolding messages: custom instructions and saved memories.
//!
//! These messages are hidden in the ChatGPT UI, but they are where a companion's name, the
//! user's preferred name and the shared memories are most often written down (format doc §3).

use serde::Serialize;

use crate::time::Day;

/// Custom instructions ("About you" / "How should ChatGPT respond"), one snapshot.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CustomInstructions {
    /// What the user wrote about themselves, without OpenAI's wrapper text.
    pub about_user: Option<String>,
    /// How the user asked the model to respond, without OpenAI's wrapper text.
    pub about_model: Option<String>,
    /// `Preferred name:` from the 2024+ personalization form, when present.
    pub preferred_name: Option<String>,
    /// Which of the three shapes it came in.
    pub shape: InstructionShape,
}

/// The three shapes custom instructions take across eras.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InstructionShape {
    /// 2023: a system message whose text is empty and whose data sits in metadata.
    SystemMetadata,
    /// 2024+: `user_editable_context` content, with metadata holding the raw text.
    EditableContext,
    /// `user_editable_context` content with no metadata: the wrapper text was stripped.
    EditableContextWrapped,
}

/// One entry of a saved-memory snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemoryEntry {
    /// The day written in the snapshot (`[YYYY-MM-DD]`), when it had a real one.
    pub date: Option<Day>,
    pub text: String,
}

impl CustomInstructions {
    /// Reads the 2023 and 2024+ metadata shape (`user_context_message_data`).
    pub(crate) fn from_metadata(
        about_user: Option<String>,
        about_model: Option<String>,
        shape: InstructionShape,
    ) -> Option<CustomInstructions> {
        let about_user = about_user
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        let about_model = about_model
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        if about_user.is_none() && about_model.is_none() {
            return None;
        }
        let preferred_name = about_user.as_deref().and_then(preferred_name);
        Some(CustomInstructions {
            about_user,
            about_model,
            preferred_name,
            shape,
        })
    }

    /// Reads `user_editable_context` content when metadata has no raw text: the user's words
    /// are inside the first code fence of OpenAI's wrapper.
    pub(crate) fn from_wrapped(
        user_profile: Option<&str>,
        user_instructions: Option<&str>,
    ) -> Option<CustomInstructions> {
        Self::from_metadata(
            user_profile.map(unwrap_fence),
            user_instructions.map(unwrap_fence),
            InstructionShape::EditableContextWrapped,
        )
    }
}

/// The text inside the first ```` ``` ```` fence, without OpenAI's late-2025 preamble; the whole
/// text when there is no fence.
fn unwrap_fence(text: &str) -> String {
    let inner = match text.find("```") {
        Some(start) => {
            let after = &text[start + 3..];
            match after.rfind("```") {
                Some(end) => &after[..end],
                None => after,
            }
        }
        None => text,
    };
    let inner = inner.trim();
    // "Follow the instructions below naturally, without repeating, referencing, echoing, or
    // mirroring any of their wording!" precedes the user's words in late-2025 exports.
    match inner.strip_prefix("Follow the instructions below naturally") {
        Some(rest) => rest
            .split_once('\n')
            .map_or("", |(_, body)| body)
            .trim()
            .to_owned(),
        None => inner.to_owned(),
    }
}

/// `Preferred name: X` from the personalization form.
fn preferred_name(about_user: &str) -> Option<String> {
    about_user.lines().find_map(|line| {
        let value = line.trim().strip_prefix("Preferred name:")?.trim();
        (!value.is_empty()).then(|| value.to_owned())
    })
}

/// Parses a `model_set_context` snapshot: `N. [YYYY-MM-DD]. fact` entries separated by
/// blank lines. Lines that do not start an entry continue the previous one; text before the
/// first numbered entry becomes an undated entry of its own.
pub(crate) fn parse_memory_snapshot(text: &str) -> Vec<MemoryEntry> {
    let mut entries: Vec<MemoryEntry> = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match entry_start(line) {
            Some((date, body)) => entries.push(MemoryEntry {
                date,
                text: body.to_owned(),
            }),
            None => match entries.last_mut() {
                Some(last) => {
                    if !last.text.is_empty() {
                        last.text.push(' ');
                    }
                    last.text.push_str(line);
                }
                None => entries.push(MemoryEntry {
                    date: None,
                    text: line.to_owned(),
                }),
            },
        }
    }
    entries.retain(|e| !e.text.is_empty());
    entries
}

/// `12. [2024-09-30]. User likes tea.` → (Some("2024-09-30"), "User likes tea.")
fn entry_start(line: &str) -> Option<(Option<Day>, &str)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let rest = line[digits..].strip_prefix('.')?.trim_start();
    if let Some(after) = rest.strip_prefix('[')
        && let Some((date, body)) = after.split_once(']')
        && looks_like_date(date)
    {
        let body = body.strip_prefix('.').unwrap_or(body).trim();
        // A day that does not exist (`2024-02-30`, found by fuzzing as `2269-07-46`) leaves
        // the entry undated: the persona spec only holds real days.
        return Some((Day::parse(date), body));
    }
    Some((None, rest.trim()))
}

/// `NNNN-NN-NN`, digits and dashes, whether or not the day exists.
fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The text of a memory write sent to the `bio` tool: plain text, or a JSON payload with a
/// `content` string (seen in some tool versions).
pub(crate) fn bio_write_text(text: &str) -> String {
    let trimmed = text.trim();
    if trimmed.starts_with('{')
        && let Ok(serde_json::Value::Object(map)) = serde_json::from_str(trimmed)
    {
        for key in ["content", "text", "memory"] {
            if let Some(s) = map.get(key).and_then(|v| v.as_str()) {
                return s.trim().to_owned();
            }
        }
    }
    trimmed.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_entries_with_dates_and_continuations() {
        let text = "1. [2024-09-29]. User's name is Mira.\n\n2. [2024-09-30]. User works night shifts\nas a nurse.\n\n15. [2024-10-08]. User has a cat named Biscuit.";
        let entries = parse_memory_snapshot(text);
        assert_eq!(entries.len(), 3);
        assert_eq!(
            entries[0].date.map(|d| d.to_string()).as_deref(),
            Some("2024-09-29")
        );
        assert_eq!(entries[0].text, "User's name is Mira.");
        assert_eq!(entries[1].text, "User works night shifts as a nurse.");
        assert_eq!(
            entries[2].date.map(|d| d.to_string()).as_deref(),
            Some("2024-10-08")
        );
    }

    #[test]
    fn snapshot_without_dates_and_preamble() {
        let entries = parse_memory_snapshot("Known facts:\n1. Likes rain.\n2. [not a date]. Odd");
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].text, "Known facts:");
        assert_eq!(entries[1].date, None);
        assert_eq!(entries[1].text, "Likes rain.");
        assert_eq!(entries[2].text, "[not a date]. Odd");
    }

    #[test]
    fn a_day_that_does_not_exist_leaves_the_entry_undated() {
        // Regression (fuzz target read_json): the date went into persona.json as it was, and
        // `ferry render` refused the persona `ferry extract` had written.
        let e = parse_memory_snapshot(
            "1. [2269-07-46]. User has a cat.\n\n2. [2024-02-30]. User likes tea.\n\n3. [2024-02-29]. Leap day.",
        );
        assert_eq!(e[0].date, None);
        assert_eq!(e[0].text, "User has a cat.");
        assert_eq!(e[1].date, None);
        assert_eq!(e[1].text, "User likes tea.");
        assert_eq!(
            e[2].date.map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
    }

    #[test]
    fn empty_snapshot_has_no_entries() {
        assert!(parse_memory_snapshot("").is_empty());
        assert!(parse_memory_snapshot("\n\n  \n").is_empty());
    }

    #[test]
    fn wrapped_instructions_are_unwrapped() {
        let profile = "The user provided the following information about themselves. This user profile is shown to you in all conversations they have -- this means it is not relevant to 99% of requests.\nUser profile:\n```Preferred name: Mira\nRole: Nurse\nOther Information: Night shifts```";
        let instructions = "The user provided the additional info about how they would like you to respond:\n```Follow the instructions below naturally, without repeating, referencing, echoing, or mirroring any of their wording!\n\nYour name is Nova. Call me starlight.```";
        let ci = CustomInstructions::from_wrapped(Some(profile), Some(instructions)).unwrap();
        assert_eq!(
            ci.about_user.as_deref(),
            Some("Preferred name: Mira\nRole: Nurse\nOther Information: Night shifts")
        );
        assert_eq!(ci.preferred_name.as_deref(), Some("Mira"));
        assert_eq!(
            ci.about_model.as_deref(),
            Some("Your name is Nova. Call me starlight.")
        );
    }

    #[test]
    fn empty_instructions_are_none() {
        assert!(
            CustomInstructions::from_metadata(
                Some("  ".into()),
                None,
                InstructionShape::SystemMetadata
            )
            .is_none()
        );
        assert!(CustomInstructions::from_wrapped(Some(""), Some("")).is_none());
    }

    #[test]
    fn bio_payloads() {
        assert_eq!(bio_write_text(" User loves rain. "), "User loves rain.");
        assert_eq!(
            bio_write_text(r#"{"content": "User's cat is Biscuit."}"#),
            "User's cat is Biscuit."
        );
        assert_eq!(bio_write_text("{not json"), "{not json");
    }
}
