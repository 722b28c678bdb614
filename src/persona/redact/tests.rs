//! Every value here is synthetic: example.com addresses, 555 and 7700 900xxx numbers, the
//! standard test card and the ISO example IBAN.

use super::*;

#[track_caller]
fn masks(input: &str, expected: &str) {
    assert_eq!(redact(input), expected, "input: {input:?}");
}

#[track_caller]
fn keeps(input: &str) {
    let out = redact(input);
    assert!(
        matches!(out, Cow::Borrowed(_)),
        "should be untouched: {input:?} -> {out:?}"
    );
}

#[test]
fn text_without_at_or_digits_is_borrowed() {
    keeps("");
    keeps("Good night, starlight. Sleep well and dream of the sea.");
    keeps(&"Tu m'appelles « ma belle » — c'est doux. ".repeat(50));
    keeps("Send it to Street Avenue Road, Calle Mayor, Hauptstraße.");
}

#[test]
fn emails() {
    masks(
        "write to name.surname+tag@sub.example.co.uk today",
        "write to [email] today",
    );
    masks("mira@example.com.", "[email].");
    masks("<a.b@example.org>, c_d@example.net", "<[email]>, [email]");
    masks("mailto:nova99@example.com", "mailto:[email]");
    masks("chloé.dupont@example.fr", "[email]");
    keeps("ping @nova on the forum");
    keeps("meet me @ 5");
    keeps("user@localhost");
    keeps("2 @ 3 = 6, or x@y");
}

#[test]
fn phones() {
    for (input, expected) in [
        ("call +44 7700 900123 now", "call [phone] now"),
        ("WA: +62 812-3456-7890.", "WA: [phone]."),
        ("(555) 123-4567", "[phone]"),
        ("at 555-123-4567 or 555.123.4567", "at [phone] or [phone]"),
        ("+1 (555) 123-4567", "[phone]"),
        ("1-555-123-4567", "[phone]"),
        ("06 12 34 56 78", "[phone]"),
        ("06.12.34.56.78", "[phone]"),
        ("mon portable : 0612345678", "mon portable : [phone]"),
        ("+33 (0)6 12 34 56 78", "[phone]"),
        ("+49 30 1234567", "[phone]"),
        ("Tel. 030 1234567", "Tel. [phone]"),
        ("Tel. 030/1234567", "Tel. [phone]"),
        ("07700 900123", "[phone]"),
        ("hubungi 0812-3456-7890 ya", "hubungi [phone] ya"),
        ("0812 3456 7890", "[phone]"),
        ("llámame al 612 345 678", "llámame al [phone]"),
        ("liga 912 34 56 78", "liga [phone]"),
        ("in 2024 555-123-4567 worked", "in 2024 [phone] worked"),
    ] {
        masks(input, expected);
    }
}

#[test]
fn not_phones() {
    for input in [
        "2024-05-04",
        "on 04/05/2024 at 10:30",
        "04.05.2024",
        "2024/05/04 10:30:00",
        "2024-05-04T10:30:00Z",
        "from 10.30 - 11.45",
        "in 2024 and 1999",
        "it costs $1,500.00 or €2.500,00",
        "Rp 1.500.000.000",
        "1 500 000 €",
        "version 1.2.3, v10.0.19045.2965, Python 3.12.1",
        "192.168.100.200",
        "42",
        "1,500",
        "+5 points",
        "3.14159265358979",
        "id 5551234567",
        "ISBN 978-0-12-345678-9",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "sha d41d8cd98f00b204e9800998ecf8427e",
        "x86_64, 1080p, 5pm, 10km",
        "timestamp 1714000000000",
    ] {
        keeps(input);
    }
}

#[test]
fn cards() {
    masks("card 4111 1111 1111 1111 exp", "card [card] exp");
    masks("4111-1111-1111-1111", "[card]");
    masks("4111111111111111", "[card]");
    masks("Amex 3782 822463 10005.", "Amex [card].");
    masks("5555 5555 5555 4444 12/28", "[card] 12/28");
    // Fails Luhn.
    keeps("4111 1111 1111 1112");
    keeps("order 4111111111111112");
    // Passes Luhn but no card starts with 1 or 0 (a millisecond timestamp).
    keeps("1111 1111 1111 1117");
    // A decimal's tail is not a card.
    keeps("0.4111111111111111");
    // Glued to letters.
    keeps("tok_4111111111111111");
}

#[test]
fn ibans() {
    masks(
        "IBAN GB82 WEST 1234 5698 7654 32, thanks",
        "IBAN [iban], thanks",
    );
    masks("GB82WEST12345698765432", "[iban]");
    masks(
        "to GB82 WEST 1234 5698 7654 32 AND more",
        "to [iban] AND more",
    );
    masks("(GB82 WEST 1234 5698 7654 32)", "([iban])");
    // Wrong checksum.
    keeps("GB82 WEST 1234 5698 7654 33");
    keeps("GB83WEST12345698765432");
    // Too short, or lower case, or glued.
    keeps("AB12 CDEF");
    keeps("xGB82WEST12345698765432");
}

#[test]
fn addresses() {
    for (input, expected) in [
        (
            "I live at 221B Baker Street, London.",
            "I live at [address], London.",
        ),
        ("12 rue de la Paix, Paris", "[address], Paris"),
        ("au 5 bis avenue Foch", "au [address]"),
        (
            "vivo en la Calle Mayor 5, Madrid",
            "vivo en la [address], Madrid",
        ),
        ("Calle de Alcalá, 42", "[address]"),
        ("C/ Mayor nº 5", "[address]"),
        ("moro na Rua Augusta 274", "moro na [address]"),
        ("Avenida Paulista, 1578", "[address]"),
        ("Rua da Prata 80", "[address]"),
        ("Hauptstraße 12", "[address]"),
        (
            "in der Berliner Straße 5a wohnen",
            "in der [address] wohnen",
        ),
        ("Lindenweg 3", "[address]"),
        ("Hauptstr. 7", "[address]"),
        ("Jl. Sudirman No. 5, Jakarta", "[address], Jakarta"),
        ("Jalan Thamrin 10", "[address]"),
        (
            "1600 Pennsylvania Ave NW, Washington",
            "[address], Washington",
        ),
        ("10 Downing St.", "[address]"),
        ("350 5th Avenue", "[address]"),
        ("Jl. Jend. Sudirman Kav. 52-53", "[address]"),
        ("Calle Mayor 5/7, bajo", "[address], bajo"),
        ("Avenida\u{a0}Paulista 1578", "[address]"),
    ] {
        masks(input, expected);
    }
}

#[test]
fn not_addresses() {
    for input in [
        "I walked 5 blocks down the street",
        "we met at 5 on Main Street",
        "3 place settings",
        "set the table for 12 people",
        "Chapter 12 covers the main road ahead",
        "Er landete auf Platz 2",
        "jalan kaki 5 km",
        "gimme 5 minutes",
        "Season 2 was better",
        "I love Calle Mayor\n5 stars",
        "Chanel No. 5 and Apollo 11",
    ] {
        keeps(input);
    }
}

#[test]
fn mixed_text_keeps_everything_else() {
    masks(
        "Hi! I'm at 12 rue de la Paix until 10:30, call +44 7700 900123 or write \
         mira@example.com. Pay GB82 WEST 1234 5698 7654 32 (not 4111 1111 1111 1112).",
        "Hi! I'm at [address] until 10:30, call [phone] or write [email]. Pay [iban] \
         (not 4111 1111 1111 1112).",
    );
}

#[test]
fn digits_in_emails_are_not_numbers_again() {
    masks("5551234567@example.com", "[email]");
    masks("a@example.com 555-123-4567", "[email] [phone]");
}

#[test]
fn checksums() {
    assert!(mod97_ok(b"GB82 WEST 1234 5698 7654 32"));
    assert!(!mod97_ok(b"GB82 WEST 1234 5698 7654 23"));
    assert!(luhn_card(b"4111 1111 1111 1111"));
    assert!(!luhn_card(b"4111 1111 1111 1112"));
}

/// Throughput on ordinary chat text (the generator's demo conversations, which hold times,
/// dates, quantities and code but no identifiers). Run with
/// `cargo test --release redact_throughput -- --ignored --nocapture`.
#[test]
#[ignore]
#[allow(clippy::print_stderr)]
fn redact_throughput() {
    use std::time::Instant;
    // First call compiles every regex.
    let started = Instant::now();
    let first = redact("a@example.com, +44 7700 900123, 12 rue de la Paix, Calle Mayor 5");
    eprintln!(
        "first call (compiles the regexes): {:.1} ms -> {first}",
        started.elapsed().as_secs_f64() * 1e3
    );
    let dir = tempfile::tempdir().unwrap();
    let mut spec = ferry_synth::demo_spec();
    spec.conversations = 400;
    ferry_synth::write_dir(&spec, dir.path()).unwrap();
    let raw = std::fs::read(dir.path().join("conversations.json")).unwrap();
    let convs: Vec<serde_json::Value> = serde_json::from_slice(&raw).unwrap();
    let mut messages: Vec<String> = Vec::new();
    for c in &convs {
        for node in c["mapping"].as_object().unwrap().values() {
            let m = &node["message"];
            let role = m["author"]["role"].as_str().unwrap_or("");
            if role != "user" && role != "assistant" {
                continue;
            }
            for part in m["content"]["parts"].as_array().into_iter().flatten() {
                if let Some(s) = part.as_str().filter(|s| !s.is_empty()) {
                    messages.push(s.to_string());
                }
            }
        }
    }
    let total: usize = messages.len();
    let with_digits: Vec<&String> = messages
        .iter()
        .filter(|m| m.bytes().any(|b| b.is_ascii_digit()))
        .collect();
    let changed: Vec<String> = messages
        .iter()
        .filter_map(|m| match redact(m) {
            Cow::Owned(o) => Some(o),
            Cow::Borrowed(_) => None,
        })
        .collect();
    let bytes: usize = messages.iter().map(String::len).sum();
    eprintln!(
        "{total} messages, {bytes} bytes, {} with digits, {} changed",
        with_digits.len(),
        changed.len()
    );
    for c in changed.iter().take(10) {
        eprintln!("  changed: {}", c.chars().take(160).collect::<String>());
    }
    let digit_free: Vec<&String> = messages
        .iter()
        .filter(|m| !m.bytes().any(|b| b.is_ascii_digit() || b == b'@'))
        .collect();
    let blob = messages.join("\n");
    let digit_runs = |t: &str| {
        let b = t.as_bytes();
        (0..b.len())
            .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
            .count()
    };
    // Number-heavy chat: times, dates, prices, quantities, versions, street-ish words.
    let busy = [
        "I slept 5 hours, woke at 6:40 and had 2 coffees before my shift at 7.",
        "The 2024-05-04 appointment moved to 04/05/2024 at 10:30, room 12, floor 3.",
        "It costs $1,500.00 or €2.500,00 — about 23% more than last year (2023).",
        "Python 3.12.1 broke my build on Windows 10.0.19045; pinning 3.11 fixed it.",
        "Walk 5 blocks down the street, turn left at Main Street, it's the 3rd door.",
        "Mix 200 g flour, 2 eggs and 250 ml milk; bake 25 minutes at 180 °C.",
        "Day 1: old town. Day 2: the market. Day 3: a 45-minute train to the coast.",
        "Er landete auf Platz 2, sie auf Platz 5; 12 von 30 Punkten fehlen noch.",
    ]
    .join(" ")
    .repeat(64);
    eprintln!(
        "digit runs per KB: demo {:.1}, number-heavy {:.1}",
        digit_runs(&blob) as f64 * 1000.0 / blob.len() as f64,
        digit_runs(&busy) as f64 * 1000.0 / busy.len() as f64
    );
    assert!(
        matches!(redact(&busy), Cow::Borrowed(_)),
        "{}",
        redact(&busy)
    );
    let runs: [(&str, Vec<&str>); 5] = [
        (
            "all messages",
            messages.iter().map(String::as_str).collect(),
        ),
        (
            "messages with digits",
            with_digits.iter().map(|s| s.as_str()).collect(),
        ),
        (
            "messages without digits",
            digit_free.iter().map(|s| s.as_str()).collect(),
        ),
        ("one joined blob", vec![blob.as_str()]),
        ("number-heavy prose", vec![busy.as_str()]),
    ];
    for (label, texts) in runs {
        let n: usize = texts.iter().map(|t| t.len()).sum();
        let reps = (200_000_000 / n.max(1)).max(1);
        let started = Instant::now();
        let mut owned = 0usize;
        for _ in 0..reps {
            for t in &texts {
                owned += usize::from(matches!(redact(std::hint::black_box(t)), Cow::Owned(_)));
            }
        }
        let secs = started.elapsed().as_secs_f64();
        eprintln!(
            "{label:>24}: {:>8.0} MB/s ({} texts, {n} bytes, x{reps}, {owned} owned)",
            (n * reps) as f64 / secs / 1e6,
            texts.len()
        );
    }
}

#[test]
fn national_ids_and_postcodes() {
    masks("CPF 529.982.247-25, obrigado", "CPF [id number], obrigado");
    masks("meu cpf: 52998224725", "meu cpf: [id number]");
    keeps("protocolo 529.982.247-26");
    masks("SSN 123-45-6789 on file", "SSN [id number] on file");
    keeps("ticket 000-12-3456");
    masks("NIK saya 3273011204890003", "NIK saya [id number]");
    keeps("resi 3273011204890003");
    masks("flat 2, Leeds LS6 2QT", "flat 2, Leeds [postcode]");
    masks("CEP 01310-100, São Paulo", "CEP [postcode], São Paulo");
    masks(
        "Calle Mayor 5, 28013 Madrid",
        "[address], [postcode] Madrid",
    );
    keeps("we walked 10115 steps today");
}

#[test]
fn secrets_written_out_after_their_label() {
    masks(
        "my wifi password is Sunflower!2024 lol in case I forget",
        "my wifi password is [password] lol in case I forget",
    );
    masks("PIN: 4821.", "PIN: [password].");
    masks("the door code is 1379#", "the door code is [password]");
    masks("Password = \"hunter2\"", "Password = \"[password]\"");
    masks(
        "le mot de passe est soleil42 !",
        "le mot de passe est [password] !",
    );
    masks("das Passwort ist Hund_Katze", "das Passwort ist [password]");
    masks("mi contraseña es gatito99", "mi contraseña es [password]");
    masks("пароль — зима2024", "пароль — [password]");
    // An ordinary word after the label tells of the password; it is not one.
    keeps("my password is wrong again, ugh");
    keeps("the PIN is the same as before");
    keeps("I forgot my password, can you help?");
    keeps("Pinterest: lovely boards");
    keeps("a spinning top");
    keeps("my password is [password]");
}
