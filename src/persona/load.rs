//! Reading a persona spec back from JSON (an edited or shared `persona.json`), checked before
//! anything renders it: its types, its dates (`YYYY-MM-DD`), its languages (ISO 639-1) and
//! its numbers. Every error names the field by its path, as in `memories[3].date`.

use super::spec::{PersonaSpec, SPEC};

/// Why a persona file cannot be used. The caller adds which file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("it is not JSON ({0})")]
    NotJson(serde_json::Error),
    #[error("it is not a persona spec: its \"spec\" is not \"{SPEC}\"")]
    NotASpec,
    #[error("{path}: {problem}")]
    Field { path: String, problem: String },
}

impl LoadError {
    /// A line on what to do about it.
    pub fn hint(&self) -> Option<&'static str> {
        Some(match self {
            LoadError::NotJson(_) | LoadError::NotASpec => {
                "ferry render reads the persona.json that `ferry extract` or `ferry migrate` wrote"
            }
            LoadError::Field { .. } => {
                "correct that field in the file (README, \"The persona spec\"), or write a fresh one with `ferry extract`"
            }
        })
    }
}

/// Parses and checks a persona spec.
pub fn from_json(text: &str) -> Result<PersonaSpec, LoadError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(LoadError::NotJson)?;
    if value.get("spec").and_then(|s| s.as_str()) != Some(SPEC) {
        return Err(LoadError::NotASpec);
    }
    let spec: PersonaSpec = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        field_error(&path, &inner)
    })?;
    check(&spec)?;
    Ok(spec)
}

/// `companion` + "missing field `aliases`" → `companion.aliases: is missing`.
fn field_error(path: &str, inner: &str) -> LoadError {
    let join = |name: &str| {
        if path == "." || path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    let quoted = |s: &str| s.split('`').nth(1).map(str::to_owned);
    if let Some(name) = inner.strip_prefix("missing field ").and_then(quoted) {
        return LoadError::Field {
            path: join(&name),
            problem: "is missing".to_owned(),
        };
    }
    if let Some(name) = inner.strip_prefix("unknown field ").and_then(quoted) {
        return LoadError::Field {
            path: join(&name),
            problem: format!("is not a field of {SPEC}"),
        };
    }
    LoadError::Field {
        path: if path == "." {
            "the top level".to_owned()
        } else {
            path.to_owned()
        },
        problem: inner.to_owned(),
    }
}

/// `YYYY-MM-DD`, a real day.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) {
        return false;
    }
    if !digits(8..10) {
        return false;
    }
    let n = |r: std::ops::Range<usize>| s[r].parse::<i16>().unwrap_or(0);
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    i8::try_from(m)
        .ok()
        .zip(i8::try_from(d).ok())
        .is_some_and(|(m, d)| jiff::civil::Date::new(y, m, d).is_ok())
}

/// The checks serde's types cannot make.
fn check(spec: &PersonaSpec) -> Result<(), LoadError> {
    let mut problems = Checker::default();
    let c = &spec.companion;
    problems.date("companion.first_date", c.first_date.as_deref());
    problems.date("companion.last_date", c.last_date.as_deref());
    problems.share("companion.confidence", c.confidence);
    if let Some(n) = &c.named {
        problems.date("companion.named.date", n.date.as_deref());
    }
    for (i, e) in c.evidence.iter().enumerate() {
        problems.date(&format!("companion.evidence[{i}].date"), e.date.as_deref());
    }
    for (i, m) in c.models.iter().enumerate() {
        problems.share(&format!("companion.models[{i}].share"), m.share);
    }
    for (i, f) in spec.user.facts.iter().enumerate() {
        problems.date(&format!("user.facts[{i}].date"), f.date.as_deref());
    }
    for (i, lang) in spec.voice.languages.iter().enumerate() {
        if !(lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase())) {
            problems.fail(
                format!("voice.languages[{i}]"),
                format!("{lang:?} is not a two-letter ISO 639-1 language code such as \"en\""),
            );
        }
    }
    for (i, t) in spec.voice.tone.iter().enumerate() {
        for (j, e) in t.evidence.iter().enumerate() {
            problems.date(
                &format!("voice.tone[{i}].evidence[{j}].date"),
                e.date.as_deref(),
            );
        }
    }
    let s = &spec.voice.style;
    for (name, value) in [
        ("exclamation_rate", s.exclamation_rate),
        ("question_rate", s.question_rate),
        ("list_rate", s.list_rate),
        ("heading_rate", s.heading_rate),
        ("lowercase_start_rate", s.lowercase_start_rate),
        ("address_rate", s.address_rate),
    ] {
        problems.share(&format!("voice.style.{name}"), value);
    }
    for (name, value) in [
        ("words_per_reply", s.words_per_reply),
        ("sentences_per_reply", s.sentences_per_reply),
        ("emoji_per_reply", s.emoji_per_reply),
    ] {
        if !(value.is_finite() && value >= 0.0) {
            problems.fail(
                format!("voice.style.{name}"),
                format!("{value} is not a count (0 or more)"),
            );
        }
    }
    for (i, m) in spec.memories.iter().enumerate() {
        problems.date(&format!("memories[{i}].date"), m.date.as_deref());
        if m.priority > 100 {
            problems.fail(
                format!("memories[{i}].priority"),
                format!("{} is over 100", m.priority),
            );
        }
    }
    for (i, m) in spec.removed_memories.iter().enumerate() {
        problems.date(&format!("removed_memories[{i}].date"), m.date.as_deref());
        problems.date(
            &format!("removed_memories[{i}].removed_by"),
            m.removed_by.as_deref(),
        );
    }
    for (i, e) in spec.examples.iter().enumerate() {
        problems.date(&format!("examples[{i}].date"), e.date.as_deref());
    }
    problems.date(
        "custom_instructions.as_of",
        spec.custom_instructions.as_of.as_deref(),
    );
    let p = &spec.provenance;
    problems.date("provenance.first_date", p.first_date.as_deref());
    problems.date("provenance.last_date", p.last_date.as_deref());
    problems.date("provenance.filters.since", p.filters.since.as_deref());
    problems.date("provenance.filters.until", p.filters.until.as_deref());
    match problems.first {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Keeps the first problem found, in the file's order.
#[derive(Default)]
struct Checker {
    first: Option<LoadError>,
}

impl Checker {
    fn fail(&mut self, path: String, problem: String) {
        if self.first.is_none() {
            self.first = Some(LoadError::Field { path, problem });
        }
    }

    fn date(&mut self, path: &str, date: Option<&str>) {
        if let Some(d) = date
            && !is_date(d)
        {
            self.fail(
                path.to_owned(),
                format!("{d:?} is not a date written YYYY-MM-DD, such as \"2024-06-01\""),
            );
        }
    }

    fn share(&mut self, path: &str, value: f64) {
        if !(0.0..=1.0).contains(&value) {
            self.fail(
                path.to_owned(),
                format!("{value} is not a share between 0 and 1"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_written_before_months_and_edited_still_read() {
        // As ferry wrote ferry.persona/1 before `companion.months`, `provenance.edited` and
        // `provenance.redactions`: the same file, those fields taken out.
        let mut v: serde_json::Value =
            serde_json::from_str(include_str!("../../fixtures/personas/demo.json")).unwrap();
        v["companion"].as_object_mut().unwrap().remove("months");
        v["provenance"]
            .as_object_mut()
            .unwrap()
            .remove("redactions");
        v["provenance"].as_object_mut().unwrap().remove("edited");
        let spec = from_json(&v.to_string()).unwrap();
        assert!(spec.companion.months.is_empty());
        assert_eq!(spec.provenance.edited, None);
        // An unknown memory kind is refused with its path.
        v["memories"][2]["kind"] = serde_json::Value::String("dream".into());
        let err = from_json(&v.to_string()).unwrap_err().to_string();
        assert!(err.starts_with("memories[2].kind"), "{err}");
    }

    #[test]
    fn dates() {
        assert!(is_date("2024-06-01"));
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2024-6-01"));
        assert!(!is_date("2024-06-01</voice>"));
        assert!(!is_date("2024-13-01"));
        assert!(!is_date("२०२४-06-01"));
    }

    #[test]
    fn field_paths() {
        let e = field_error("companion", "missing field `aliases`");
        assert_eq!(e.to_string(), "companion.aliases: is missing");
        let e = field_error(
            "memories[3].date",
            "invalid type: integer `5`, expected a string",
        );
        assert_eq!(
            e.to_string(),
            "memories[3].date: invalid type: integer `5`, expected a string"
        );
    }
}
