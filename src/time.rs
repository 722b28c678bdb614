//! Export times are float seconds since the Unix epoch; ferry reports them as UTC days.

use jiff::Timestamp;
use jiff::tz::TimeZone;

fn timestamp(t: f64) -> Option<Timestamp> {
    if !t.is_finite() {
        return None;
    }
    Timestamp::from_second(t.floor() as i64).ok()
}

/// A calendar day (UTC), written `YYYY-MM-DD` wherever ferry writes or reads one: the
/// persona spec's dates, `inspect --json`'s, and the `--since`/`--until` flags. Only years 0
/// to 9999 have that form, so only they are days here; comparing two days compares the dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(jiff::civil::Date);

impl Day {
    /// The day of `t` seconds since the Unix epoch, in UTC.
    pub fn from_seconds(t: f64) -> Option<Day> {
        Day::from_date(TimeZone::UTC.to_datetime(timestamp(t)?).date())
    }

    fn from_date(d: jiff::civil::Date) -> Option<Day> {
        (0..=9999).contains(&d.year()).then_some(Day(d))
    }

    /// `YYYY-MM-DD`, exactly (ASCII digits, a real day); anything else is `None`.
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if !digits(0..4) || !digits(5..7) || !digits(8..10) {
            return None;
        }
        let n = |r: std::ops::Range<usize>| s[r].parse::<i16>().ok();
        let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
        let date = jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
        Day::from_date(date)
    }

    /// Midnight at the start of the day (UTC), as epoch seconds.
    pub fn seconds(self) -> f64 {
        TimeZone::UTC
            .to_timestamp(self.0.to_datetime(jiff::civil::Time::midnight()))
            .map_or(0.0, |ts| ts.as_second() as f64)
    }

    pub fn year(self) -> i16 {
        self.0.year()
    }

    /// 1 to 12.
    pub fn month(self) -> i8 {
        self.0.month()
    }

    /// Today (UTC).
    pub fn today() -> Option<Day> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        Day::from_seconds(now.as_secs_f64())
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = self.0;
        write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    }
}

impl std::str::FromStr for Day {
    type Err = NotADay;

    fn from_str(s: &str) -> Result<Day, NotADay> {
        Day::parse(s).ok_or_else(|| NotADay(s.to_owned()))
    }
}

/// A text that is not a `YYYY-MM-DD` day.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0:?} is not a date written YYYY-MM-DD, such as \"2024-06-01\"")]
pub struct NotADay(pub String);

impl serde::Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Day {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A calendar day (UTC), YYYY-MM-DD.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

/// The day of `t` seconds since the Unix epoch (UTC); `None` outside years 0 to 9999, which
/// have no `YYYY-MM-DD` form.
pub fn date(t: f64) -> Option<Day> {
    Day::from_seconds(t)
}

/// `YYYY-MM-DDTHH:MM:SSZ` in UTC, whole seconds; `None` where [`date`] has none.
pub fn instant(t: f64) -> Option<String> {
    let d = TimeZone::UTC.to_datetime(timestamp(t)?);
    // Where [`date`] has a day: years 0 to 9999, four digits as `%Y` writes them.
    Day::from_date(d.date())?;
    // Written from the fields, digit by digit: `strftime` reads its format anew at each call
    // (and `format!` of six numbers took more instructions still), and every message of the
    // last conversations has one.
    let mut text = *b"0000-00-00T00:00:00Z";
    let fields = [
        (0, 4, i32::from(d.year())),
        (5, 2, i32::from(d.month())),
        (8, 2, i32::from(d.day())),
        (11, 2, i32::from(d.hour())),
        (14, 2, i32::from(d.minute())),
        (17, 2, i32::from(d.second())),
    ];
    for (at, width, mut n) in fields {
        for digit in text[at..at + width].iter_mut().rev() {
            *digit = b'0' + (n % 10) as u8;
            n /= 10;
        }
    }
    String::from_utf8(text.to_vec()).ok()
}

/// A number that is the same for every moment of one UTC calendar month.
pub fn month_index(t: f64) -> Option<i32> {
    let d = TimeZone::UTC.to_datetime(timestamp(t)?).date();
    Some(i32::from(d.year()) * 12 + i32::from(d.month()) - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The same text as `strftime`, from year 0 to 9999 and a little beyond on each side.
        #[test]
        fn instants_are_written_as_strftime_writes_them(t in -62_200_000_000.0f64..253_500_000_000.0) {
            let expected = date(t).and_then(|_| {
                Some(timestamp(t)?.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
            });
            proptest::prop_assert_eq!(instant(t), expected);
        }
    }

    #[test]
    fn utc_days_and_months() {
        // 2026-02-13T23:59:59Z and one second later.
        assert_eq!(date(1_771_027_199.9), Day::parse("2026-02-13"));
        assert_eq!(date(1_771_027_200.0), Day::parse("2026-02-14"));
        assert_eq!(month_index(1_771_027_200.0), Some(2026 * 12 + 1));
        assert_eq!(date(f64::NAN), None);
        // Every date written is a `YYYY-MM-DD` the persona loader accepts, or none at all.
        assert_eq!(
            date(-62_167_219_200.0).map(|d| d.to_string()).as_deref(),
            Some("0000-01-01")
        );
        assert_eq!(date(-62_167_219_201.0), None);
        assert_eq!(
            instant(-62_167_219_200.0).as_deref(),
            Some("0000-01-01T00:00:00Z")
        );
        assert_eq!(instant(-62_167_219_201.0), None);
        assert_eq!(
            instant(1_771_027_199.9).as_deref(),
            Some("2026-02-13T23:59:59Z")
        );
        assert_eq!(date(-1e11), None);
        assert_eq!(date(2e11).map(|d| d.to_string().len()), Some(10));
        assert_eq!(date(1e20), None);
        assert_eq!(
            Day::parse("2026-02-14").map(Day::seconds),
            Some(1_771_027_200.0)
        );
        assert_eq!(Day::parse("14/02/2026"), None);
    }

    #[test]
    fn days_are_exactly_yyyy_mm_dd() {
        for good in ["2024-06-01", "2024-02-29", "0000-01-01", "9999-12-31"] {
            assert_eq!(Day::parse(good).unwrap().to_string(), good);
        }
        for bad in [
            "2023-02-29",
            "2024-6-01",
            "2024-06-01</voice>",
            "2024-13-01",
            "२०२४-06-01",
            " 2024-06-01",
            "+2024-06-01",
            "",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
        let json = serde_json::to_string(&Day::parse("2024-08-12")).unwrap();
        assert_eq!(json, "\"2024-08-12\"");
        let err = serde_json::from_str::<Day>("\"2024-8-12\"").unwrap_err();
        assert!(
            err.to_string().contains("is not a date written YYYY-MM-DD"),
            "{err}"
        );
        assert!(Day::parse("2024-01-31") < Day::parse("2024-02-01"));
    }
}
