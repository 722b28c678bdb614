//! Ids, dates and small random helpers. Everything is driven by a seeded [`fastrand::Rng`].

use fastrand::Rng;

/// Picks one element of a non-empty slice.
pub(crate) fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

/// Picks one string of a non-empty list.
pub(crate) fn word(rng: &mut Rng, items: &[&'static str]) -> &'static str {
    items[rng.usize(..items.len())]
}

/// Seconds since the Unix epoch of a UTC date (proleptic Gregorian).
pub(crate) const fn ts(y: i64, m: i64, d: i64) -> f64 {
    (days_from_civil(y, m, d) * 86_400) as f64
}

const fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil UTC date and time of an epoch second: (year, month, day, hour, minute, second).
pub(crate) fn civil(t: f64) -> (i64, i64, i64, i64, i64, i64) {
    let secs = t.floor() as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, rem / 3600, rem % 3600 / 60, rem % 60)
}

/// `YYYY-MM-DD`.
pub(crate) fn date(t: f64) -> String {
    let (y, m, d, ..) = civil(t);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Python `datetime.isoformat()` with microseconds and `+00:00`.
pub(crate) fn iso(t: f64) -> String {
    let (y, m, d, hh, mm, ss) = civil(t);
    let micros = ((t - t.floor()) * 1e6).round().min(999_999.0) as i64;
    format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}.{micros:06}+00:00")
}

/// A timestamp with microsecond noise, like the float epochs in exports.
pub(crate) fn jitter_secs(rng: &mut Rng, t: f64) -> f64 {
    // Integer microseconds divided once: the nearest double to a 6-decimal value, so the
    // shortest representation has at most six decimals (like real exports).
    let micros = t.floor() as i64 * 1_000_000 + i64::from(rng.u32(0..1_000_000));
    micros as f64 / 1e6
}

fn hex(rng: &mut Rng, n: usize) -> String {
    const H: &[u8; 16] = b"0123456789abcdef";
    (0..n).map(|_| H[rng.usize(..16)] as char).collect()
}

fn base62(rng: &mut Rng, n: usize) -> String {
    const B: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    (0..n).map(|_| B[rng.usize(..62)] as char).collect()
}

/// A random version-4 UUID.
pub(crate) fn uuid4(rng: &mut Rng) -> String {
    let variant = ['8', '9', 'a', 'b'][rng.usize(..4)];
    format!(
        "{}-{}-4{}-{}{}-{}",
        hex(rng, 8),
        hex(rng, 4),
        hex(rng, 3),
        variant,
        hex(rng, 3),
        hex(rng, 12)
    )
}

/// Client-created message id: `aaa1…`/`aaa2…` (2023–24) or `bbb2…` (2024+).
pub(crate) fn client_id(rng: &mut Rng, prefix: &str) -> String {
    let u = uuid4(rng);
    let digit = if prefix == "bbb" || rng.bool() {
        '2'
    } else {
        '1'
    };
    format!("{prefix}{digit}{}", &u[4..])
}

/// Time-ordered conversation id (2024+): the first 8 hex digits are the epoch seconds.
pub(crate) fn time_id(rng: &mut Rng, t: f64) -> String {
    format!(
        "{:08x}-{}-8{}-{}{}-{}",
        t as u64 & 0xffff_ffff,
        hex(rng, 4),
        hex(rng, 3),
        ['8', '9', 'a', 'b'][rng.usize(..4)],
        hex(rng, 3),
        hex(rng, 12)
    )
}

/// `file_00000000<24 hex>` (sediment asset id, 2025+).
pub(crate) fn sediment_id(rng: &mut Rng) -> String {
    format!("file_00000000{}", hex(rng, 24))
}

/// `file-<22 base62>` (file-service asset id, ≤ 2024).
pub(crate) fn file_service_id(rng: &mut Rng) -> String {
    format!("file-{}", base62(rng, 22))
}

/// `g-<9 base62>` custom GPT id.
pub(crate) fn gizmo_id(rng: &mut Rng) -> String {
    format!("g-{}", base62(rng, 9))
}

/// `g-p-<32 hex>` project id.
pub(crate) fn project_id(rng: &mut Rng) -> String {
    format!("g-p-{}", hex(rng, 32))
}

/// `user-<24 base62>` account id.
pub(crate) fn user_id(rng: &mut Rng) -> String {
    format!("user-{}", base62(rng, 24))
}

/// Plain lowercase hex of length `n`.
pub(crate) fn hex_n(rng: &mut Rng, n: usize) -> String {
    hex(rng, n)
}

/// Fills `{key}` placeholders from `vars`; unknown keys are left as they are.
pub(crate) fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match vars.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        let t = ts(2026, 2, 13);
        assert_eq!(date(t), "2026-02-13");
        assert_eq!(civil(t + 3661.5), (2026, 2, 13, 1, 1, 1));
        assert_eq!(
            iso(ts(2024, 5, 2) + 0.25),
            "2024-05-02T00:00:00.250000+00:00"
        );
        assert_eq!(date(ts(2000, 2, 29)), "2000-02-29");
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill("Hi {c}, {p}! {x}", &[("c", "Nova"), ("p", "love")]),
            "Hi Nova, love! {x}"
        );
    }
}
