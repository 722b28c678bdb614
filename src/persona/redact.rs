//! Masks personal identifiers in free text, for `ferry extract --redact`.
//!
//! Identifiers are replaced by fixed tokens: `[email]`, `[phone]`, `[address]`, `[postcode]`,
//! `[id number]`, `[card]` and `[iban]`. Every one of them needs an `@` or an ASCII digit, so
//! in text with neither (most chat messages) one vectorisable byte scan rules them out. A
//! secret written out after its label ("my wifi password is Sunflower!2024", "PIN: 4821", "le
//! mot de passe est soleil") is `[password]`, found by one regex over every text ([`SECRET`]);
//! only the spec's fields are masked, so that regex never runs on a whole export.
//!
//! Otherwise e-mails come from one regex over the whole text (its inner `@` literal lets the
//! engine jump from `@` to `@`), and everything else is anchored on digit runs:
//!
//! - a run right after two capitals (`GB82…`) is tried as an IBAN (anchored regex, then the
//!   ISO 7064 mod-97 check, dropping trailing groups that the pattern swallowed);
//! - runs joined by short separators (` -./()`, plus a leading `+` or `(`) form a cluster;
//!   a cluster that is not glued to letters (`v1.2`, `x86`, hashes) and holds enough digits is
//!   checked for card numbers (13–19 digits in ` `/`-` groups, issuer digit 2–6, Luhn) and
//!   then for phone numbers (a regex of explicit formats run on the cluster alone);
//! - a run of at most five digits is tried as a house number: street word first and number
//!   last (`Calle Mayor 5`, `Hauptstraße 12`, `Jl. Sudirman No. 5`) with an end-anchored
//!   regex on a short window before it, number first (`221B Baker Street`, `12 rue de la
//!   Paix`) with a start-anchored regex after it.
//!
//! So the regexes only ever look at the neighbourhood of a digit, and the cost of text with
//! digits but no identifiers grows with the number of digit runs, not with its length.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// What a masked span was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Email,
    Phone,
    Address,
    Card,
    Iban,
    Id,
    Postcode,
    Secret,
}

impl Kind {
    fn token(self) -> &'static str {
        match self {
            Kind::Email => "[email]",
            Kind::Phone => "[phone]",
            Kind::Address => "[address]",
            Kind::Card => "[card]",
            Kind::Iban => "[iban]",
            Kind::Id => "[id number]",
            Kind::Postcode => "[postcode]",
            Kind::Secret => "[password]",
        }
    }
}

/// A byte range of the input to replace.
#[derive(Clone, Copy, Debug)]
struct Hit {
    start: usize,
    end: usize,
    kind: Kind,
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("redact pattern does not compile: {e}"))
}

/// `name.surname+tag@sub.example.co.uk`; letters may be non-ASCII.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)
        [\p{L}\p{N}_%+\-]+ (?: \. [\p{L}\p{N}_%+\-]+ )*
        @
        (?: [\p{L}\p{N}] (?: [\p{L}\p{N}\-]* [\p{L}\p{N}] )? \. )+
        \p{L}{2,}",
    )
});

/// Phone formats, run on one digit cluster at a time. Digit counts are checked afterwards:
/// 8–15 after a `+`, 9–12 otherwise.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)
          # international: +44 7700 900123, +62 812-3456-7890, +1 (555) 123-4567, +33 (0)6 …
          (?-u:\B) \+ [0-9]{1,3} (?: [\x20.\-]? \(? [0-9]{1,12} \)? ){1,6} (?-u:\b)
          # North American: (555) 123-4567, 555-123-4567, 1 555 123 4567
        | (?: (?-u:\b) 1 [\x20.\-] )?
          (?: (?-u:\B) \( [0-9]{3} \) \x20? | (?-u:\b) [0-9]{3} [\x20.\-] )
          [0-9]{3} [\x20.\-] [0-9]{4} (?-u:\b)
          # French style: 06 12 34 56 78, 06.12.34.56.78, 0612345678
        | (?-u:\b) 0 [1-9] (?: [\x20.\-]? [0-9]{2} ){4} (?-u:\b)
          # trunk 0 and groups: 07700 900123, 030 1234567, 0812-3456-7890
        | (?-u:\b) 0 [0-9]{1,4} [\x20\-] [0-9]{3,8} (?: [\x20\-] [0-9]{2,5} ){0,2} (?-u:\b)
          # German area code with a slash: 030/1234567 (a date's 04/05 has too few digits)
        | (?-u:\b) 0 [0-9]{2,4} / [0-9]{4,8} (?-u:\b)
          # trunk 0, no separators: 07700900123
        | (?-u:\b) 0 [0-9]{9,11} (?-u:\b)
          # Spanish / Portuguese nine digits: 612 345 678, 912 34 56 78
        | (?-u:\b) [6-9] [0-9]{2} (?: \x20 [0-9]{3} ){2} (?-u:\b)
        | (?-u:\b) [6-9] [0-9]{2} (?: \x20 [0-9]{2} ){3} (?-u:\b)",
    )
});

/// An IBAN starting exactly at the haystack's start: country, check digits, then either
/// space-separated groups of four (last one shorter) or one compact block.
static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)
        \A [A-Z]{2} [0-9]{2}
        (?: (?: \x20 [A-Z0-9]{4} ){2,7} (?: \x20 [A-Z0-9]{1,3} )? | [A-Z0-9]{11,30} )
        (?-u:\b)",
    )
});

/// Horizontal space inside an address (an address never spans lines).
const SP: &str = r"[\t\x20\xA0]";
/// A capitalised word of a street name (`Baker`, `Alcalá`, `Saint-Germain`, `Dr.`).
const NAME: &str = r"\p{Lu}[\p{L}\p{M}'’\-]*\.?";
/// Particles between street-name words (`de la`, `do`, `d'`).
const PART: &str = r"(?:(?i:de|del|la|las|los|le|les|da|do|das|dos|du|des|e|y|di|van|von|der|den|el)[\t\x20\xA0]+|[dDlL]['’])";

/// Number first, anchored at the number: English and French.
static ADDR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?x)
        \A [0-9]{{1,5}}
        (?:
            # 221B Baker Street, 1600 Pennsylvania Ave NW, 350 5th Avenue
            [A-Za-z]? ,? {SP}+
            (?: (?: {NAME} | [0-9]{{1,3}}(?:st|nd|rd|th) ) {SP}+ ){{1,4}}
            (?: (?i: street|avenue|road|boulevard|lane|drive|court|place|terrace|way|close
                   |crescent|square|highway|parkway|circle|row|mews|gardens|grove )
              | St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Sq|Hwy|Pkwy )
            (?-u:\b) \.?
            (?: {SP}+ (?: NE|NW|SE|SW|N|S|E|W ) (?-u:\b) )?
          |
            # 12 rue de la Paix, 5 bis avenue Foch, 3, place Vendôme
            (?: {SP}? (?: bis|ter ) (?-u:\b) | [A-Za-z] )? ,? {SP}+
            (?: (?i: rue|avenue|boulevard|place|impasse|allée|chemin|quai|cours|route|passage
                   |square ) {SP}+
              | (?i: av|bd ) \. {SP}* )
            {PART}* {NAME} (?: {SP}+ {PART}* {NAME} ){{0,3}}
        )"
    );
    compile(&pattern)
});

/// Street word first, number last, anchored at the number's end: Spanish, Portuguese,
/// Indonesian and German.
static ADDR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"(?x)
        (?:
            # Calle Mayor 5, Rua Augusta 274, Avenida Paulista, 1578, Jl. Sudirman No. 5
            (?-u:\b)
            (?: (?i: calle|avenida|avda|paseo|plaza|camino|carrera|ronda|travesía|travesia|rua
                   |travessa|praça|praca|largo|estrada|alameda|rodovia|jalan|jln|jl|gg|av )
                (?: \. {SP}* | {SP}+ )
              | C/ {SP}* | R\. {SP}* )
            {PART}* {NAME} (?: {SP}+ {PART}* {NAME} ){{0,4}}
            ,? {SP}*
          |
            # Hauptstraße 12, Lindenweg 3a, Hauptstr. 5
            \p{{Lu}}[\p{{L}}\-]*
            (?: straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad
              |markt )
            {SP}*
          |
            # Berliner Straße 5, Lange Gasse 9
            \p{{Lu}}[\p{{L}}\-]* {SP}+ (?: Straße|Strasse|Str\.|Allee|Gasse|Chaussee ) {SP}*
        )
        (?: (?i: n\.?{SP}?[º°o]\.? | núm\.? | número | no\.? | nr\.? | nomor | kav\.? ) {SP}* )?
        [0-9]{{1,5}} [A-Za-z]? \z"
    );
    compile(&pattern)
});

/// A secret after its label and "is", ":" or "=" in the languages ferry reads: a password,
/// a passphrase, a PIN, a door or alarm code. The word after it is the secret (group 1).
static SECRET: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?xi)
        (?: ^ | [^\p{L}\p{N}] )
        (?: password | passwort | passcode | passphrase | pin | pin[\x20-]code | mot\x20de\x20passe
          | mdp | contraseña | contrasena | senha | hasło | haslo | пароль | şifre | sifre | şifrem
          | parola | wachtwoord | lösenord | losenord | kata\x20sandi | door\x20code | gate\x20code
          | alarm\x20code | security\x20code | passwd )
        (?: [\t\x20\xA0]+ (?: is | was | es | era | est | ist | war | é | è | jest | är | var
                              | adalah | это | — | = ) [\t\x20\xA0]+
          | [\t\x20\xA0]* [:=] [\t\x20\xA0]* )
        ([^\s]+)",
    )
});

/// Secrets written out after their label ([`SECRET`]): the word after it, without the quotes
/// or the sentence's mark around it, unless it is an ordinary word of letters ("my password
/// is wrong", "the PIN is the same").
fn secrets(text: &str, hits: &mut Vec<Hit>) {
    for c in SECRET.captures_iter(text) {
        let Some(m) = c.get(1) else { continue };
        let word = m.as_str();
        let quotes = ['"', '\'', '«', '»', '“', '”', '‘', '’', '`', '(', ')'];
        let opened = word.trim_start_matches(quotes);
        let inner =
            opened.trim_end_matches(|ch: char| quotes.contains(&ch) || ".,;!?".contains(ch));
        // A mask already there ("password: [email]") is left as it is.
        if inner.is_empty()
            || (inner.starts_with('[') && inner.ends_with(']'))
            || (inner.chars().all(char::is_alphabetic)
                && crate::persona::patterns::common_word(inner))
        {
            continue;
        }
        let start = m.start() + (word.len() - opened.len());
        hits.push(Hit {
            start,
            end: start + inner.len(),
            kind: Kind::Secret,
        });
    }
}

/// How far before a house number the street words may start.
const STREET_WINDOW: usize = 96;

/// Masks personal identifiers in free text, for `ferry extract --redact`.
///
/// Returns the input borrowed when nothing matched, which is the common case.
#[cfg(test)]
pub(crate) fn redact(text: &str) -> Cow<'_, str> {
    redact_counted(text).0
}

/// Masks personal identifiers in free text, for `ferry extract --redact`, and says how many it
/// masked. Returns the input borrowed when nothing matched, which is the common case.
pub(crate) fn redact_counted(text: &str) -> (Cow<'_, str>, usize) {
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    secrets(text, &mut hits);
    if let Some(first) = find(bytes, |b| b.is_ascii_digit() || b == b'@') {
        identifiers(text, first, &mut hits);
    }
    if hits.is_empty() {
        return (Cow::Borrowed(text), 0);
    }
    let (out, n) = apply(text, hits);
    (Cow::Owned(out), n)
}

/// The identifiers of `text`, whose first digit or `@` is at `first`.
fn identifiers(text: &str, first: usize, hits: &mut Vec<Hit>) {
    if memchr::memchr(b'@', &text.as_bytes()[first..]).is_some() {
        hits.extend(EMAIL.find_iter(text).map(|m| Hit {
            start: m.start(),
            end: m.end(),
            kind: Kind::Email,
        }));
    }
    scan_numbers(text, first, hits);
    national_ids(text, hits);
    postcodes(text, hits);
}

/// National identity numbers: Brazil's CPF (`123.456.789-09`, or eleven digits after the
/// label, with both check digits), the US SSN (`123-45-6789`, valid area and group) and
/// Indonesia's NIK (sixteen digits after the label `NIK`, `KTP` or `nomor induk`).
static NATIONAL_ID: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)
          (?-u:\b) (?P<cpf> [0-9]{3} \. [0-9]{3} \. [0-9]{3} - [0-9]{2} ) (?-u:\b)
        | (?i: cpf ) [:\x20\#º°n.]* (?P<cpf2> [0-9]{11} | [0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2} ) (?-u:\b)
        | (?-u:\b) (?P<ssn> [0-9]{3} - [0-9]{2} - [0-9]{4} ) (?-u:\b)
        | (?i: ssn | social \x20 security (?: \x20 number )? ) [:\x20\#]* (?P<ssn2> [0-9]{9} ) (?-u:\b)
        | (?-u:\b) (?P<nik> [0-9]{16} ) (?-u:\b)",
    )
});

fn cpf_ok(digits: &[u8]) -> bool {
    if digits.len() != 11 || digits.iter().all(|d| *d == digits[0]) {
        return false;
    }
    let check = |n: usize| {
        let sum: u32 = digits[..n]
            .iter()
            .enumerate()
            .map(|(i, d)| u32::from(*d) * (n as u32 + 1 - i as u32))
            .sum();
        let r = (sum * 10) % 11;
        (if r == 10 { 0 } else { r }) as u8
    };
    check(9) == digits[9] && check(10) == digits[10]
}

fn ssn_ok(digits: &[u8]) -> bool {
    let area = u32::from(digits[0]) * 100 + u32::from(digits[1]) * 10 + u32::from(digits[2]);
    let group = u32::from(digits[3]) * 10 + u32::from(digits[4]);
    let serial = digits[5..].iter().fold(0u32, |a, d| a * 10 + u32::from(*d));
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

fn nik_ok(text: &str, start: usize, digits: &[u8]) -> bool {
    let labelled = {
        let from = start.saturating_sub(24);
        let mut from = from;
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = text[from..start].to_lowercase();
        before.contains("nik") || before.contains("ktp") || before.contains("nomor induk")
    };
    // Sixteen bare digits are too often an order or tracking number: only after the label.
    labelled && digits[0] != 0
}

fn national_ids(text: &str, hits: &mut Vec<Hit>) {
    for caps in NATIONAL_ID.captures_iter(text) {
        let digits = |m: regex::Match<'_>| -> Vec<u8> {
            m.as_str()
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect()
        };
        let (m, ok) = if let Some(m) = caps.name("cpf").or_else(|| caps.name("cpf2")) {
            (m, cpf_ok(&digits(m)))
        } else if let Some(m) = caps.name("ssn").or_else(|| caps.name("ssn2")) {
            (m, ssn_ok(&digits(m)))
        } else if let Some(m) = caps.name("nik") {
            (m, nik_ok(text, m.start(), &digits(m)))
        } else {
            continue;
        };
        if ok {
            push_uncovered(hits, m, Kind::Id);
        }
    }
}

/// Adds a hit for `m` unless an earlier one already covers part of it.
fn push_uncovered(hits: &mut Vec<Hit>, m: regex::Match<'_>, kind: Kind) {
    if !hits.iter().any(|h| h.start < m.end() && m.start() < h.end) {
        hits.push(Hit {
            start: m.start(),
            end: m.end(),
            kind,
        });
    }
}

/// Postcodes: UK (`LS6 2QT`), Brazil's CEP (`01310-100`), a US state and ZIP (`CA 94110`),
/// and four- or five-digit codes after a label (`PLZ 10115`, `kode pos 40115`) or right after
/// a masked street address (`Calle Mayor 5, 28013 Madrid`).
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)
          (?-u:\b) (?P<uk> [A-Z]{1,2} [0-9] [A-Z0-9]? \x20? [0-9] [A-Z]{2} ) (?-u:\b)
        | (?-u:\b) (?P<cep> [0-9]{5} - [0-9]{3} ) (?-u:\b)
        | (?-u:\b) [A-Z]{2} \x20 (?P<zip> [0-9]{5} (?: - [0-9]{4} )? ) (?-u:\b)
        | (?i: postcode | post \x20 code | postal \x20 code | zip (?: \x20 code )? | plz | cep
             | kode \x20 pos | código \x20 postal | code \x20 postal | cap )
          [:\x20\#]* (?P<label> [0-9]{5} - [0-9]{3} | [0-9]{4,5} ) (?-u:\b)
        | (?-u:\b) (?P<bare> [0-9]{4,5} ) (?-u:\b)",
    )
});

fn postcodes(text: &str, hits: &mut Vec<Hit>) {
    let addresses: Vec<usize> = hits
        .iter()
        .filter(|h| h.kind == Kind::Address)
        .map(|h| h.end)
        .collect();
    for caps in POSTCODE.captures_iter(text) {
        let m = if let Some(m) = caps
            .name("uk")
            .or_else(|| caps.name("cep"))
            .or_else(|| caps.name("zip"))
            .or_else(|| caps.name("label"))
        {
            m
        } else if let Some(m) = caps.name("bare") {
            // Only right after an address: ", 28013 Madrid", " Leeds 10115".
            let near = addresses.iter().any(|&end| {
                end <= m.start() && m.start() - end <= 40 && !text[end..m.start()].contains('\n')
            });
            if !near {
                continue;
            }
            m
        } else {
            continue;
        };
        push_uncovered(hits, m, Kind::Postcode);
    }
}

/// First index in `h` whose byte satisfies `pred`. Whole chunks are tested without an early
/// exit so the compiler can vectorise the common miss.
fn find(h: &[u8], pred: impl Fn(u8) -> bool + Copy) -> Option<usize> {
    const CHUNK: usize = 64;
    let mut chunks = h.chunks_exact(CHUNK);
    let mut base = 0;
    for chunk in &mut chunks {
        if chunk.iter().fold(false, |any, &b| any | pred(b)) {
            return chunk.iter().position(|&b| pred(b)).map(|p| base + p);
        }
        base += CHUNK;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| pred(b))
        .map(|p| base + p)
}

/// ASCII letter, digit or `_` (non-ASCII bytes count as not glued).
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn digit_run_end(b: &[u8], from: usize) -> usize {
    from + b[from..].iter().take_while(|c| c.is_ascii_digit()).count()
}

/// Digit runs joined by short separators, with a leading `+` or `(`.
struct Cluster {
    start: usize,
    end: usize,
    digits: usize,
}

fn is_sep(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')')
}

fn cluster(b: &[u8], first_digit: usize) -> Cluster {
    let mut start = first_digit;
    if start > 0 && matches!(b[start - 1], b'+' | b'(') {
        start -= 1;
    }
    let mut end = digit_run_end(b, first_digit);
    let mut digits = end - first_digit;
    loop {
        let seps = b[end..].iter().take(4).take_while(|&&c| is_sep(c)).count();
        let next = end + seps;
        if seps == 0 || seps > 3 || next >= b.len() || !b[next].is_ascii_digit() {
            break;
        }
        let run_end = digit_run_end(b, next);
        digits += run_end - next;
        end = run_end;
    }
    Cluster { start, end, digits }
}

/// Digit runs of `b[start..end]`.
fn runs(b: &[u8], start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = start;
    std::iter::from_fn(move || {
        while i < end && !b[i].is_ascii_digit() {
            i += 1;
        }
        if i >= end {
            return None;
        }
        let s = i;
        i = digit_run_end(&b[..end], i);
        Some((s, i))
    })
}

fn scan_numbers(text: &str, from: usize, hits: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let emails = hits.len();
    let mut email = 0;
    let mut pos = from;
    while let Some(off) = find(&b[pos..], |c| c.is_ascii_digit()) {
        let p = pos + off;
        while email < emails && hits[email].end <= p {
            email += 1;
        }
        if email < emails && hits[email].start <= p {
            pos = hits[email].end;
            continue;
        }
        if p >= 2
            && b[p - 2].is_ascii_uppercase()
            && b[p - 1].is_ascii_uppercase()
            && (p == 2 || !is_word(b[p - 3]))
            && let Some(end) = iban_at(text, p - 2)
        {
            hits.push(Hit {
                start: p - 2,
                end,
                kind: Kind::Iban,
            });
            pos = end;
            continue;
        }
        let c = cluster(b, p);
        let found = hits.len();
        let glued =
            (c.start > 0 && is_word(b[c.start - 1])) || (c.end < b.len() && is_word(b[c.end]));
        if !glued && c.digits >= 8 {
            cards(b, &c, hits);
            if hits.len() == found {
                phones(text, &c, hits);
            }
        }
        for (rs, re) in runs(b, c.start, c.end) {
            if re - rs > 5 || hits[found..].iter().any(|h| h.start < re && rs < h.end) {
                continue;
            }
            if let Some((start, end)) = address_at(text, rs, re) {
                hits.push(Hit {
                    start,
                    end,
                    kind: Kind::Address,
                });
            }
        }
        pos = hits[found..].iter().map(|h| h.end).fold(c.end, usize::max);
    }
}

/// An IBAN starting at `start` (its country code) that passes mod 97: its end.
fn iban_at(text: &str, start: usize) -> Option<usize> {
    let m = IBAN.find(&text[start..])?;
    let s = &text.as_bytes()[start..start + m.end()];
    // Candidate ends: the full match, then (for the spaced form) before each later group, in
    // case the pattern swallowed a following word or number.
    let mut end = s.len();
    loop {
        let chars = s[..end].iter().filter(|c| **c != b' ').count();
        if chars < 15 {
            return None;
        }
        if chars <= 34 && mod97_ok(&s[..end]) {
            return Some(start + end);
        }
        end = s[..end].iter().rposition(|&c| c == b' ')?;
    }
}

/// ISO 13616 check: country and check digits moved to the end, letters as 10–35, mod 97 = 1.
fn mod97_ok(iban: &[u8]) -> bool {
    let chars: Vec<u8> = iban.iter().copied().filter(|&c| c != b' ').collect();
    let (head, tail) = chars.split_at(4);
    let mut rem = 0u32;
    for &c in tail.iter().chain(head) {
        rem = match c {
            b'0'..=b'9' => (rem * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => (rem * 100 + u32::from(c - b'A') + 10) % 97,
            _ => return false,
        };
    }
    rem == 1
}

/// Card numbers among the cluster's runs: 13–19 digits in card-style groups joined by single
/// spaces or dashes, issuer digit 2–6 (Mastercard, Amex/Diners/JCB, Visa, Maestro/Discover/UnionPay),
/// Luhn. The issuer rule keeps millisecond timestamps (`17…`) and decimals' tails out.
fn cards(b: &[u8], c: &Cluster, hits: &mut Vec<Hit>) {
    let runs: Vec<(usize, usize)> = runs(b, c.start, c.end).collect();
    let mut i = 0;
    while i < runs.len() {
        let (s, _) = runs[i];
        // A card starts the cluster or follows a group separator, never a decimal point.
        let starts_ok = s == c.start || s == c.start + 1 || matches!(b[s - 1], b' ');
        let mut best = None;
        let mut digits = 0;
        for j in i..runs.len() {
            if j > i {
                let gap = &b[runs[j - 1].1..runs[j].0];
                if gap != b" " && gap != b"-" {
                    break;
                }
            }
            digits += runs[j].1 - runs[j].0;
            if digits > 19 {
                break;
            }
            let e = runs[j].1;
            let ends_ok = e == c.end || matches!(b[e], b' ' | b'-');
            if starts_ok
                && ends_ok
                && digits >= 13
                && card_groups(&runs[i..=j])
                && luhn_card(&b[s..e])
            {
                best = Some(j);
            }
        }
        match best {
            Some(j) => {
                hits.push(Hit {
                    start: s,
                    end: runs[j].1,
                    kind: Kind::Card,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

/// Whether the groups are written the way cards are: one block, fours with a shorter or equal
/// last group (4-4-4-4, 4-4-4-4-3), or Amex / Diners 4-6-5 and 4-6-4. This keeps a year next
/// to a phone number (`2024 555-123-4567`) from passing as a card.
fn card_groups(runs: &[(usize, usize)]) -> bool {
    let len = |r: &(usize, usize)| r.1 - r.0;
    match runs {
        [_] => true,
        [a, b, c] if len(a) == 4 && len(b) == 6 && (4..=5).contains(&len(c)) => true,
        [init @ .., last] => init.iter().all(|r| len(r) == 4) && (1..=4).contains(&len(last)),
        [] => false,
    }
}

/// Issuer digit 2–6 and the Luhn checksum over the digits of `s`.
fn luhn_card(s: &[u8]) -> bool {
    let first = s.iter().find(|c| c.is_ascii_digit()).copied();
    if !matches!(first, Some(b'2'..=b'6')) {
        return false;
    }
    let mut sum = 0u32;
    for (k, &c) in s.iter().rev().filter(|c| c.is_ascii_digit()).enumerate() {
        let mut d = u32::from(c - b'0');
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum.is_multiple_of(10)
}

fn phones(text: &str, c: &Cluster, hits: &mut Vec<Hit>) {
    for m in PHONE.find_iter(&text[c.start..c.end]) {
        let digits = m.as_str().bytes().filter(u8::is_ascii_digit).count();
        let ok = if m.as_str().starts_with('+') {
            (8..=15).contains(&digits)
        } else {
            (9..=12).contains(&digits)
        };
        if ok {
            hits.push(Hit {
                start: c.start + m.start(),
                end: c.start + m.end(),
                kind: Kind::Phone,
            });
        }
    }
}

/// A street address whose house number is the digit run `rs..re`: its span.
fn address_at(text: &str, rs: usize, re: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if rs > 0 && is_word(b[rs - 1]) {
        return None;
    }
    // A house letter (221B, 12a) belongs to the number.
    let mut e = re;
    if e < b.len() && b[e].is_ascii_alphabetic() && (e + 1 == b.len() || !is_word(b[e + 1])) {
        e += 1;
    }
    if e < b.len() && is_word(b[e]) {
        return None; // 5pm, 10km
    }
    if rs > 0
        && matches!(b[rs - 1], b' ' | b'\t' | b'.' | b',' | 0x80..)
        && capital_before(text, rs)
    {
        let ws = street_window(b, rs);
        if let Some(m) = ADDR_BEFORE.find(&text[ws..e]) {
            return Some((ws + m.start(), number_range_end(b, e)));
        }
    }
    if e < b.len() && matches!(b[e], b' ' | b'\t' | b',') {
        let m = ADDR_AFTER.find(&text[rs..])?;
        return Some((rs, rs + m.end()));
    }
    None
}

/// Extends a house number ending at `e` over a range or second number (`52-53`, `5/7`).
fn number_range_end(b: &[u8], e: usize) -> usize {
    if e + 1 < b.len() && matches!(b[e], b'-' | b'/') && b[e + 1].is_ascii_digit() {
        let end = digit_run_end(b, e + 1);
        let end = if end < b.len() && b[end].is_ascii_alphabetic() {
            end + 1
        } else {
            end
        };
        if end - e <= 7 && (end == b.len() || !is_word(b[end])) {
            return end;
        }
    }
    e
}

/// Whether the word before a house number at `rs` (skipping `No.`, `nº`, `Nr.`… and a comma)
/// starts with a capital, as every street-first pattern needs: a cheap test that spares the
/// regex most numbers in prose ("slept 5 hours").
fn capital_before(text: &str, rs: usize) -> bool {
    let b = text.as_bytes();
    let mut word = last_word(b, rs);
    let w = &b[word.clone()];
    let w = w.strip_suffix(b".").unwrap_or(w);
    let prefix = [
        &b"no"[..],
        b"nr",
        b"kav",
        b"nomor",
        "nº".as_bytes(),
        "n°".as_bytes(),
        "n.º".as_bytes(),
        "n.°".as_bytes(),
        b"n.o",
        "núm".as_bytes(),
        "número".as_bytes(),
    ]
    .iter()
    .any(|p| w.eq_ignore_ascii_case(p));
    if prefix {
        word = last_word(b, word.start);
    }
    !word.is_empty()
        && text[word.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// The last word of `b[..end]`, skipping trailing spaces and commas.
fn last_word(b: &[u8], end: usize) -> std::ops::Range<usize> {
    let gap = |c: &u8| c.is_ascii_whitespace() || *c == b',';
    let end = b[..end].iter().rposition(|c| !gap(c)).map_or(0, |p| p + 1);
    let start = b[..end].iter().rposition(gap).map_or(0, |p| p + 1);
    start..end
}

/// Where the street words before a house number at `rs` may start: just after a whitespace
/// byte at most [`STREET_WINDOW`] bytes back (or the text's start).
fn street_window(b: &[u8], rs: usize) -> usize {
    if rs <= STREET_WINDOW {
        return 0;
    }
    let from = rs - STREET_WINDOW;
    b[from..rs]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(rs, |p| from + p + 1)
}

/// Replaces the hits (merging overlaps; the earlier hit's kind wins).
fn apply(text: &str, mut hits: Vec<Hit>) -> (String, usize) {
    let mut count = 0;
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i < hits.len() {
        let Hit {
            start,
            mut end,
            kind,
        } = hits[i];
        i += 1;
        while i < hits.len() && hits[i].start < end {
            end = end.max(hits[i].end);
            i += 1;
        }
        out.push_str(&text[last..start]);
        out.push_str(kind.token());
        count += 1;
        last = end;
    }
    out.push_str(&text[last..]);
    (out, count)
}

#[cfg(test)]
mod tests;
