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

/// The checks serde's types cannot make.
fn check(spec: &PersonaSpec) -> Result<(), LoadError> {
    let mut problems = Checker::default();
    let c = &spec.companion;
    problems.share("companion.confidence", c.confidence);
    for (i, m) in c.models.iter().enumerate() {
        problems.share(&format!("companion.models[{i}].share"), m.share);
    }
    for (i, lang) in spec.voice.languages.iter().enumerate() {
        if !(lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase())) {
            problems.fail(
                format!("voice.languages[{i}]"),
                format!("{lang:?} is not a two-letter ISO 639-1 language code such as \"en\""),
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
        if m.priority > 100 {
            problems.fail(
                format!("memories[{i}].priority"),
                format!("{} is over 100", m.priority),
            );
        }
    }
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
    fn dates_are_days_and_a_wrong_one_is_named_by_its_path() {
        let v: serde_json::Value =
            serde_json::from_str(include_str!("../../fixtures/personas/demo.json")).unwrap();
        for (path, bad) in [
            ("/memories/0/date", "2023-02-29"),
            ("/provenance/first_date", "2024-6-01"),
            ("/companion/evidence/1/date", "2024-06-01</voice>"),
            ("/last_conversation/date", "yesterday"),
        ] {
            let mut v = v.clone();
            *v.pointer_mut(path).expect(path) = serde_json::Value::String(bad.into());
            let err = from_json(&v.to_string()).unwrap_err().to_string();
            let dotted =
                path[1..]
                    .split('/')
                    .fold(String::new(), |acc, part| match part.parse::<usize>() {
                        Ok(i) => format!("{acc}[{i}]"),
                        Err(_) if acc.is_empty() => part.to_owned(),
                        Err(_) => format!("{acc}.{part}"),
                    });
            assert_eq!(
                err,
                format!(
                    "{dotted}: {bad:?} is not a date written YYYY-MM-DD, such as \"2024-06-01\""
                )
            );
        }
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
