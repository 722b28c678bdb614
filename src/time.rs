//! Export times are float seconds since the Unix epoch; ferry reports them as UTC days.

use jiff::Timestamp;
use jiff::tz::TimeZone;

fn timestamp(t: f64) -> Option<Timestamp> {
    if !t.is_finite() {
        return None;
    }
    Timestamp::from_second(t.floor() as i64).ok()
}

/// `YYYY-MM-DD` in UTC; `None` before year 0, which has no such form (jiff writes
/// `-000044-03-15`, a date the persona loader rightly refuses).
pub fn date(t: f64) -> Option<String> {
    let d = TimeZone::UTC.to_datetime(timestamp(t)?).date();
    (d.year() >= 0).then(|| d.to_string())
}

/// `YYYY-MM-DDTHH:MM:SSZ` in UTC, whole seconds; `None` where [`date`] has none.
pub fn instant(t: f64) -> Option<String> {
    let ts = timestamp(t)?;
    date(t)?;
    Some(ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// A number that is the same for every moment of one UTC calendar month.
pub fn month_index(t: f64) -> Option<i32> {
    let d = TimeZone::UTC.to_datetime(timestamp(t)?).date();
    Some(i32::from(d.year()) * 12 + i32::from(d.month()) - 1)
}

/// `YYYY-MM-DD` (UTC midnight) as epoch seconds.
pub fn parse_date(s: &str) -> Option<f64> {
    let d: jiff::civil::Date = s.trim().parse().ok()?;
    let ts = TimeZone::UTC
        .to_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
        .ok()?;
    Some(ts.as_second() as f64)
}

/// Today's date (UTC), `YYYY-MM-DD`.
pub fn today() -> Option<String> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    date(now.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_days_and_months() {
        // 2026-02-13T23:59:59Z and one second later.
        assert_eq!(date(1_771_027_199.9).as_deref(), Some("2026-02-13"));
        assert_eq!(date(1_771_027_200.0).as_deref(), Some("2026-02-14"));
        assert_eq!(month_index(1_771_027_200.0), Some(2026 * 12 + 1));
        assert_eq!(date(f64::NAN), None);
        // Every date written is a `YYYY-MM-DD` the persona loader accepts, or none at all.
        assert_eq!(date(-62_167_219_200.0).as_deref(), Some("0000-01-01"));
        assert_eq!(date(-62_167_219_201.0), None);
        assert_eq!(date(-1e11), None);
        assert_eq!(date(2e11).map(|d| d.len()), Some(10));
        assert_eq!(date(1e20), None);
        assert_eq!(parse_date("2026-02-14"), Some(1_771_027_200.0));
        assert_eq!(parse_date("14/02/2026"), None);
    }
}
