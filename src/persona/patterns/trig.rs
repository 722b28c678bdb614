//! The shapes of trigger phrases: how a name relates to the phrase that gives it away. The
//! phrases themselves are per language, in [`super::lang`].

/// How a name relates to a trigger phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Trigger, then the name: "call you Nova".
    Then,
    /// Trigger, optional comma, then the name: "Good morning, Nova".
    ThenComma,
    /// The name, then the trigger, then the end of the phrase: "Nova it is 💫".
    Before,
    /// Trigger, name, then the end of the phrase: "Va pour Lumi 💫".
    ThenEnd,
    /// German object pronoun, name, then a form of "nennen": "dich Nova nennen".
    Nennen,
    /// Only near the start of the text, then the end of the clause: "Hey, it's Mira", "Halo,
    /// ini Sari". In a message, the name waits for a reply that says it to the person ("It's
    /// London!"), unless a greeting comes before the phrase or it ends in a comma ("it's me,
    /// Mira").
    Start,
}
