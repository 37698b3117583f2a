//! Dates as news pages write them, resolved against an as-of time.
//!
//! [`parse_date`] tries, in order:
//! 1. RFC 3339 and RFC 2822 (chrono): what feeds and metadata carry;
//! 2. our own small grammar over a normalised token list, which knows the forms news pages
//!    print: ages ("3 days ago", "an hour ago", "Updated 2 mins ago", "5h ago", "yesterday",
//!    "just now"), absolute dates ("Feb 17, 2026", "17 February 2026", "Tuesday, 17th of
//!    February 2026", "February 17, 2026 10:30 AM EST", "Published 27 Nov 2026, 09:15",
//!    "2026-02-17", "17/02/2026"), a bare time ("10:30 AM IST") and labels ("Published",
//!    "Updated", "Last updated", "Posted", "on");
//! 3. the `parse_datetime` crate (GNU `date -d` grammar) at `as_of`, after the same
//!    normalisation, for anything else that contains a digit.
//!
//! [`is_date_line`] answers "is this whole line only a date?" with steps 1–2 only. The
//! grammar refuses any token it does not know, so "3 days of talks", "The 2 years ago story"
//! or "May the talks succeed" are not dates; the lenient fallback is kept out of line
//! detection because it accepts too much (a lone "2026" is a time of day to it).
//!
//! Conventions (documented choices):
//! - The wall clock is never read; everything is relative to `as_of`.
//! - A date without a time is midnight; without a zone, `as_of`'s offset.
//! - A date without a year ("Feb 17") is the latest such date not after `as_of`; a bare time
//!   is the latest such time not after `as_of`.
//! - "yesterday" is `as_of` minus one day (GNU semantics); month and year ages are calendar
//!   months ("2 years ago" = 24 months before `as_of`).
//! - Numeric dates: `yyyy-mm-dd` is ISO. `a/b/yyyy` (or `a-b-yyyy`) is read day-first when
//!   `a > 12`, month-first when `b > 12`; when both are ≤ 12 it is ambiguous and read
//!   **day-first** (the convention of most of the world's English-language press), unless
//!   that reading lies after `as_of` while the month-first one does not (a page cannot be
//!   dated in the future). `a.b.yyyy` is always day-first.
//! - Zone abbreviations are fixed offsets (IST = India, +05:30); the US "ET/CT/MT/PT" use
//!   the US daylight-saving rule for the date given.

use std::sync::LazyLock;

use chrono::{
    DateTime, Datelike, FixedOffset, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Weekday,
};

/// Longest input [`parse_date`] looks at (bytes); longer text is not a date.
const MAX_DATE_BYTES: usize = 200;
/// Longest line [`is_date_line`] accepts (characters).
const MAX_LINE_CHARS: usize = 80;

/// Parse an age or date line ("3 days ago", "yesterday", "Feb 17, 2026") against `as_of`.
/// Returns `None` when the line is not a date.
pub fn parse_date(text: &str, as_of: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let t = text.trim();
    if t.is_empty() || t.len() > MAX_DATE_BYTES {
        return None;
    }
    parse_strict(t, as_of).or_else(|| fallback(t, as_of))
}

/// Whether `line` is only a date or an age (and nothing else), e.g. "3 days ago",
/// "Updated 2 mins ago", "Feb 17, 2026", "Published 27 Nov 2026, 09:15".
pub fn is_date_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > MAX_LINE_CHARS * 4 || t.chars().count() > MAX_LINE_CHARS {
        return false;
    }
    parse_strict(t, *REFERENCE).is_some()
}

/// Any fixed time works for "is it a date": the grammar's acceptance does not depend on it.
static REFERENCE: LazyLock<DateTime<FixedOffset>> = LazyLock::new(|| {
    DateTime::from_timestamp(1_767_225_600, 0) // 2026-01-01T00:00:00Z
        .unwrap_or_default()
        .fixed_offset()
});

fn parse_strict(t: &str, as_of: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Some(d);
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(t) {
        return Some(d);
    }
    let lowered = tokenise(t);
    let tokens = strip_labels(&lowered);
    if tokens.is_empty() || tokens.len() > 24 {
        return None;
    }
    // "Posted Sep 26, 2013 3:47pm Updated Sep 27, 2013 6:56am": both halves must be dates;
    // the first one (publication) is the answer.
    if let Some(k) =
        tokens.iter().skip(1).position(|w| matches!(w.trim_end_matches(':'), "updated" | "modified" | "edited"))
    {
        let (first, second) = tokens.split_at(k + 1);
        let second = strip_labels(second);
        let parse = |x: &[String]| parse_relative(x, as_of).or_else(|| parse_absolute(x, as_of));
        parse(second)?;
        return parse(first);
    }
    if tokens.len() > 16 {
        return None;
    }
    parse_relative(tokens, as_of).or_else(|| parse_absolute(tokens, as_of))
}

/// Lower-case, turn list punctuation into spaces and split. Tokenised text ("9 : 31 AM",
/// "22 . 34", "15 / 09 / 2013") is glued back together first.
fn tokenise(t: &str) -> Vec<String> {
    static SPACED: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"(\d) ?([:./]) ?(\d)").expect("regex"));
    let glued;
    let t = if t.contains(" : ") || t.contains(" . ") || t.contains(" / ") {
        // Twice, for "15 / 09 / 2013" (matches cannot overlap).
        let once = SPACED.replace_all(t, "$1$2$3");
        glued = SPACED.replace_all(&once, "$1$2$3").into_owned();
        glued.as_str()
    } else {
        t
    };
    let mut s = String::with_capacity(t.len());
    for ch in t.chars() {
        match ch {
            ',' | ';' | '(' | ')' | '[' | ']' | '|' | '·' | '•' => s.push(' '),
            c if c.is_whitespace() => s.push(' '),
            c => s.extend(c.to_lowercase()),
        }
    }
    s.split_whitespace().map(str::to_string).collect()
}

/// Drop leading labels: "Published", "Updated:", "Last updated on", "Posted", "on".
fn strip_labels(tokens: &[String]) -> &[String] {
    let mut rest = tokens;
    while let Some((first, tail)) = rest.split_first() {
        let w = first.trim_end_matches([':', '-']);
        let label = matches!(
            w,
            "published"
                | "updated"
                | "posted"
                | "first"
                | "last"
                | "modified"
                | "date"
                | "dated"
                | "created"
                | "edited"
                | "released"
                | "on"
                | "time"
                | "story"
                | "article"
                | ""
        );
        if !label || tail.is_empty() {
            break;
        }
        rest = tail;
    }
    rest
}

#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

fn unit(word: &str) -> Option<Unit> {
    Some(match word.trim_end_matches('.') {
        "s" | "sec" | "secs" | "second" | "seconds" => Unit::Second,
        "m" | "min" | "mins" | "minute" | "minutes" => Unit::Minute,
        "h" | "hr" | "hrs" | "hour" | "hours" => Unit::Hour,
        "d" | "day" | "days" => Unit::Day,
        "w" | "wk" | "wks" | "week" | "weeks" => Unit::Week,
        "mo" | "mos" | "mth" | "mths" | "month" | "months" => Unit::Month,
        "y" | "yr" | "yrs" | "year" | "years" => Unit::Year,
        _ => return None,
    })
}

fn quantity_word(word: &str) -> Option<u32> {
    Some(match word {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" | "few" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    })
}

fn small_number(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 6 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

/// "just now", "today", "yesterday", "3 days ago", "an hour and 5 mins ago", "5h ago".
fn parse_relative(tokens: &[String], as_of: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let words: Vec<&str> = tokens.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["now"] | ["just", "now"] | ["right", "now"] | ["moments", "ago"] | ["today"] => return Some(as_of),
        ["a", "moment", "ago"] | ["a", "few", "moments", "ago"] | ["few", "moments", "ago"] => return Some(as_of),
        ["yesterday"] => return as_of.checked_sub_signed(TimeDelta::try_days(1)?),
        _ => {}
    }
    let (last, body) = words.split_last()?;
    if *last != "ago" || body.is_empty() {
        return None;
    }
    let mut seconds: i64 = 0;
    let mut months: u32 = 0;
    let mut i = 0;
    let mut any = false;
    while i < body.len() {
        let w = body[i];
        if w == "and" && any {
            i += 1;
            continue;
        }
        // A quantity, then a unit; or a compact "5h" / "10mins".
        let (n, u) = if let Some(n) = small_number(w) {
            let u = unit(body.get(i + 1)?)?;
            i += 2;
            (n, u)
        } else if w == "a" && body.get(i + 1) == Some(&"few") {
            let u = unit(body.get(i + 2)?)?;
            i += 3;
            (3, u)
        } else if let Some(n) = quantity_word(w) {
            let u = unit(body.get(i + 1)?)?;
            i += 2;
            (n, u)
        } else {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 || digits > 6 {
                return None;
            }
            let n: u32 = w[..digits].parse().ok()?;
            let u = unit(&w[digits..])?;
            i += 1;
            (n, u)
        };
        any = true;
        let n64 = i64::from(n);
        match u {
            Unit::Second => seconds = seconds.checked_add(n64)?,
            Unit::Minute => seconds = seconds.checked_add(n64.checked_mul(60)?)?,
            Unit::Hour => seconds = seconds.checked_add(n64.checked_mul(3600)?)?,
            Unit::Day => seconds = seconds.checked_add(n64.checked_mul(86_400)?)?,
            Unit::Week => seconds = seconds.checked_add(n64.checked_mul(7 * 86_400)?)?,
            Unit::Month => months = months.checked_add(n)?,
            Unit::Year => months = months.checked_add(n.checked_mul(12)?)?,
        }
    }
    if !any {
        return None;
    }
    let t = as_of.checked_sub_months(Months::new(months))?;
    t.checked_sub_signed(TimeDelta::try_seconds(seconds)?)
}

/// A zone named in the text.
#[derive(Clone, Copy)]
enum Zone {
    /// Fixed offset east of UTC, in seconds.
    Fixed(i32),
    /// US zone with daylight saving: standard offset in hours ("ET" = -5).
    Us(i32),
}

#[derive(Default)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    /// A full date from a numeric token ("2026-02-17", "17/02/2026").
    date: Option<NaiveDate>,
    hour: Option<u32>,
    minute: u32,
    second: u32,
    nano: u32,
    pm: Option<bool>,
    zone: Option<Zone>,
    weekday: bool,
    /// "today" = 0, "yesterday" = 1.
    days_back: Option<u32>,
}

fn month_word(w: &str) -> Option<u32> {
    Some(match w.trim_end_matches('.') {
        "jan" | "january" => 1,
        "feb" | "february" => 2,
        "mar" | "march" => 3,
        "apr" | "april" => 4,
        "may" => 5,
        "jun" | "june" => 6,
        "jul" | "july" => 7,
        "aug" | "august" => 8,
        "sep" | "sept" | "september" => 9,
        "oct" | "october" => 10,
        "nov" | "november" => 11,
        "dec" | "december" => 12,
        _ => return None,
    })
}

fn weekday_word(w: &str) -> Option<Weekday> {
    Some(match w.trim_end_matches('.') {
        "mon" | "monday" => Weekday::Mon,
        "tue" | "tues" | "tuesday" => Weekday::Tue,
        "wed" | "weds" | "wednesday" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" => Weekday::Thu,
        "fri" | "friday" => Weekday::Fri,
        "sat" | "saturday" => Weekday::Sat,
        "sun" | "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn zone_word(w: &str) -> Option<Zone> {
    let h = |hours: i32| Some(Zone::Fixed(hours * 3600));
    match w {
        "utc" | "gmt" | "z" | "ut" | "wet" => h(0),
        "est" => h(-5),
        "edt" => h(-4),
        "cst" => h(-6),
        "cdt" => h(-5),
        "mst" => h(-7),
        "mdt" => h(-6),
        "pst" => h(-8),
        "pdt" => h(-7),
        "akst" => h(-9),
        "akdt" => h(-8),
        "hst" => h(-10),
        "et" => Some(Zone::Us(-5)),
        "ct" => Some(Zone::Us(-6)),
        "mt" => Some(Zone::Us(-7)),
        "pt" => Some(Zone::Us(-8)),
        "bst" | "cet" | "west" | "wat" => h(1),
        "cest" | "eet" | "sast" | "cat" => h(2),
        "eest" | "msk" | "eat" | "ast" => h(3),
        "gst" => h(4),
        "pkt" => h(5),
        "ist" => Some(Zone::Fixed(5 * 3600 + 1800)),
        "npt" => Some(Zone::Fixed(5 * 3600 + 2700)),
        "ict" | "wib" => h(7),
        "sgt" | "hkt" | "awst" | "pht" | "cst8" => h(8),
        "jst" | "kst" => h(9),
        "acst" => Some(Zone::Fixed(9 * 3600 + 1800)),
        "aest" => h(10),
        "aedt" => h(11),
        "nzst" => h(12),
        "nzdt" => h(13),
        "brt" | "art" => h(-3),
        _ => {
            // "utc+5:30", "gmt-5", "+0530", "+05:30", "-05"
            let rest = w.strip_prefix("utc").or_else(|| w.strip_prefix("gmt")).unwrap_or(w);
            offset_word(rest).map(Zone::Fixed)
        }
    }
}

/// "+0530", "+05:30", "-05", "+5", "z" -> seconds east of UTC.
fn offset_word(w: &str) -> Option<i32> {
    if w == "z" {
        return Some(0);
    }
    let sign = match w.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let body = &w[1..];
    let (h, m) = if let Some((h, m)) = body.split_once(':') {
        (h, m)
    } else if body.len() == 4 {
        body.split_at(2)
    } else {
        (body, "0")
    };
    if h.is_empty() || h.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i32 = h.parse().ok()?;
    let m: i32 = m.parse().ok()?;
    if h > 14 || m > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60))
}

fn ampm_word(w: &str) -> Option<bool> {
    match w {
        "am" | "a.m." | "a.m" => Some(false),
        "pm" | "p.m." | "p.m" => Some(true),
        _ => None,
    }
}

/// A time of day token: "10:30", "10:30:15", "10:30:15.250", "10:30am", "10am", "10.30pm",
/// optionally with an attached offset ("10:30:00+05:30", "10:30z").
/// Returns (hour, minute, second, nano, pm, zone).
type TimeToken = (u32, u32, u32, u32, Option<bool>, Option<Zone>);

fn time_word(w: &str) -> Option<TimeToken> {
    let mut s = w;
    let mut pm = None;
    for (suffix, is_pm) in [("a.m.", false), ("p.m.", true), ("a.m", false), ("p.m", true), ("am", false), ("pm", true)]
    {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest;
            pm = Some(is_pm);
            break;
        }
    }
    let mut zone = None;
    if pm.is_none() {
        if let Some(rest) = s.strip_suffix('z') {
            s = rest;
            zone = Some(Zone::Fixed(0));
        } else if let Some(pos) = s.rfind(['+', '-']) {
            if pos > 0 {
                zone = Some(Zone::Fixed(offset_word(&s[pos..])?));
                s = &s[..pos];
            }
        }
    }
    let digits_only = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = if s.contains(':') {
        s.split(':').collect()
    } else if pm.is_some() && s.contains('.') {
        s.split('.').collect()
    } else if pm.is_some() {
        vec![s]
    } else {
        return None;
    };
    if parts.is_empty() || parts.len() > 3 {
        return None;
    }
    let hour_s = parts[0];
    if !digits_only(hour_s) || hour_s.len() > 2 {
        return None;
    }
    let hour: u32 = hour_s.parse().ok()?;
    let mut minute = 0;
    let mut second = 0;
    let mut nano = 0;
    if let Some(m) = parts.get(1) {
        if !digits_only(m) || m.len() != 2 {
            return None;
        }
        minute = m.parse().ok()?;
    }
    if let Some(sec) = parts.get(2) {
        let (whole, frac) = sec.split_once('.').unwrap_or((sec, ""));
        if !digits_only(whole) || whole.len() != 2 {
            return None;
        }
        second = whole.parse().ok()?;
        if !frac.is_empty() {
            if !digits_only(frac) {
                return None;
            }
            let f: String = frac.chars().chain(std::iter::repeat('0')).take(9).collect();
            nano = f.parse().ok()?;
        }
    }
    if minute > 59 || second > 60 {
        return None;
    }
    Some((hour, minute, second.min(59), nano, pm, zone))
}

/// "17th", "1st", "2nd", "3rd" -> day.
fn ordinal_word(w: &str) -> Option<u32> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    if !matches!(&w[digits..], "st" | "nd" | "rd" | "th") {
        return None;
    }
    w[..digits].parse().ok()
}

/// Numeric dates: "2026-02-17", "2026/02/17", "17/02/2026", "02/17/2026", "17.02.2026",
/// "17-feb-2026". An ISO date may carry a time after "t".
fn numeric_date(w: &str, as_of: NaiveDate) -> Option<(NaiveDate, Option<TimeToken>)> {
    let (date_part, time_part) = match w.find('t') {
        Some(i) if i >= 8 && w.as_bytes()[..i].iter().all(|b| b.is_ascii_digit() || *b == b'-') => {
            (&w[..i], Some(&w[i + 1..]))
        }
        _ => (w, None),
    };
    let sep = if date_part.contains('-') {
        '-'
    } else if date_part.contains('/') {
        '/'
    } else if date_part.contains('.') {
        '.'
    } else {
        return None;
    };
    let fields: Vec<&str> = date_part.split(sep).collect();
    if fields.len() != 3 {
        return None;
    }
    let num = |x: &str| -> Option<u32> {
        if x.is_empty() || x.len() > 4 || !x.bytes().all(|b| b.is_ascii_digit()) {
            None
        } else {
            x.parse().ok()
        }
    };
    let date = if fields[0].len() == 4 {
        // ISO order.
        let y = num(fields[0])? as i32;
        let (m, d) = (num(fields[1])?, num(fields[2])?);
        if fields[1].len() > 2 || fields[2].len() > 2 {
            return None;
        }
        NaiveDate::from_ymd_opt(y, m, d)?
    } else if fields[2].len() == 4 {
        let y = num(fields[2])? as i32;
        if fields[0].len() > 2 {
            return None;
        }
        let a = num(fields[0])?;
        if let Some(m) = month_word(fields[1]) {
            // 17-feb-2026
            NaiveDate::from_ymd_opt(y, m, a)?
        } else {
            if fields[1].len() > 2 {
                return None;
            }
            let b = num(fields[1])?;
            let day_first = NaiveDate::from_ymd_opt(y, b, a);
            let month_first = NaiveDate::from_ymd_opt(y, a, b);
            if sep == '.' {
                day_first?
            } else {
                match (day_first, month_first) {
                    (Some(d), None) | (None, Some(d)) => d,
                    (Some(d), Some(m)) => {
                        if d > as_of && m <= as_of {
                            m
                        } else {
                            d
                        }
                    }
                    (None, None) => return None,
                }
            }
        }
    } else {
        return None;
    };
    let time = match time_part {
        Some(t) => Some(time_word(t)?),
        None => None,
    };
    Some((date, time))
}

fn is_filler(w: &str) -> bool {
    matches!(w, "at" | "on" | "of" | "-" | "–" | "—" | "/" | "@" | ":" | "the")
}

/// Absolute dates and times, all tokens must be understood.
fn parse_absolute(tokens: &[String], as_of: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let mut p = Parts::default();
    let mut prev_was_time = false;
    let mut i = 0;
    let as_of_date = as_of.date_naive();
    while i < tokens.len() {
        let w = tokens[i].as_str();
        let next = tokens.get(i + 1).map(String::as_str);
        i += 1;
        let was_time = std::mem::replace(&mut prev_was_time, false);
        if w == "the" {
            // Only "the 17th" style; "the" before anything else is prose.
            if next.is_none_or(|n| ordinal_word(n).is_none()) {
                return None;
            }
            continue;
        }
        if is_filler(w) {
            continue;
        }
        if matches!(w, "today" | "yesterday") {
            if p.days_back.is_some() {
                return None;
            }
            p.days_back = Some(u32::from(w == "yesterday"));
            continue;
        }
        if weekday_word(w).is_some() {
            if p.weekday {
                return None;
            }
            p.weekday = true;
            continue;
        }
        if let Some(m) = month_word(w) {
            if p.month.is_some() || p.date.is_some() {
                return None;
            }
            p.month = Some(m);
            continue;
        }
        if was_time && matches!(w, "hrs" | "hours" | "h" | "hr") {
            continue;
        }
        if let Some(pm) = ampm_word(w) {
            if p.hour.is_none() || p.pm.is_some() {
                return None;
            }
            p.pm = Some(pm);
            continue;
        }
        if let Some(n) = small_number(w) {
            if w.len() <= 2 && next.and_then(ampm_word).is_some() {
                // "10 am"
                if p.hour.is_some() {
                    return None;
                }
                p.hour = Some(n);
                continue;
            }
            if w.len() <= 2 {
                if p.day.is_some() || p.date.is_some() || n == 0 || n > 31 {
                    return None;
                }
                p.day = Some(n);
                continue;
            }
            let dateless = p.month.is_none() && p.day.is_none() && p.date.is_none();
            if w.len() == 4
                && p.hour.is_none()
                && (dateless || p.year.is_some())
                && next.is_some_and(|n| zone_word(n).is_some())
            {
                // "2000 GMT", "1945 BST": military-style time before a zone ("Feb 17, 2026
                // GMT" keeps 2026 as the year).
                let (h, m) = (n / 100, n % 100);
                if h <= 23 && m <= 59 {
                    p.hour = Some(h);
                    p.minute = m;
                    prev_was_time = true;
                    continue;
                }
            }
            if w.len() == 4 {
                if p.year.is_some() || p.date.is_some() || !(1000..=9999).contains(&n) {
                    return None;
                }
                p.year = Some(n as i32);
                continue;
            }
            return None;
        }
        if let Some(d) = ordinal_word(w) {
            if p.day.is_some() || p.date.is_some() || d == 0 || d > 31 {
                return None;
            }
            p.day = Some(d);
            continue;
        }
        if let Some((h, m)) = w.split_once('.') {
            // "22.34 BST": a dotted time, only before a zone (else "12.50" is a number).
            let zone_next = next.is_some_and(|n| zone_word(n).is_some());
            if zone_next && p.hour.is_none() && h.len() <= 2 && m.len() == 2 {
                if let (Some(h), Some(m)) = (small_number(h), small_number(m)) {
                    if h <= 23 && m <= 59 {
                        p.hour = Some(h);
                        p.minute = m;
                        prev_was_time = true;
                        continue;
                    }
                }
            }
        }
        if let Some((h, m, s, ns, pm, zone)) = time_word(w) {
            if p.hour.is_some() {
                return None;
            }
            p.hour = Some(h);
            p.minute = m;
            p.second = s;
            p.nano = ns;
            p.pm = pm;
            if zone.is_some() {
                p.zone = zone;
            }
            prev_was_time = true;
            continue;
        }
        if let Some((d, t)) = numeric_date(w, as_of_date) {
            if p.date.is_some() || p.day.is_some() || p.month.is_some() || p.year.is_some() {
                return None;
            }
            p.date = Some(d);
            if let Some((h, m, s, ns, pm, zone)) = t {
                p.hour = Some(h);
                p.minute = m;
                p.second = s;
                p.nano = ns;
                p.pm = pm;
                p.zone = zone;
                prev_was_time = true;
            }
            continue;
        }
        if let Some(z) = zone_word(w) {
            if p.zone.is_some() {
                return None;
            }
            p.zone = Some(z);
            continue;
        }
        return None;
    }
    build(p, as_of)
}

fn build(p: Parts, as_of: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let time = match p.hour {
        None => NaiveTime::MIN,
        Some(h) => {
            let hour = match p.pm {
                Some(pm) => {
                    if h == 0 || h > 12 {
                        return None;
                    }
                    (h % 12) + if pm { 12 } else { 0 }
                }
                None => h,
            };
            NaiveTime::from_hms_nano_opt(hour, p.minute, p.second, p.nano)?
        }
    };
    // The offset to read the local time in: named zone, else as_of's.
    let offset_for = |date: NaiveDate| -> Option<FixedOffset> {
        match p.zone {
            None => Some(*as_of.offset()),
            Some(Zone::Fixed(secs)) => FixedOffset::east_opt(secs),
            Some(Zone::Us(std)) => {
                let dst = us_dst(NaiveDateTime::new(date, time));
                FixedOffset::east_opt((std + i32::from(dst)) * 3600)
            }
        }
    };
    let at = |date: NaiveDate| -> Option<DateTime<FixedOffset>> {
        let off = offset_for(date)?;
        off.from_local_datetime(&NaiveDateTime::new(date, time)).single()
    };
    let local_today = |zone_date: Option<NaiveDate>| -> Option<NaiveDate> {
        let off = offset_for(zone_date.unwrap_or(as_of.date_naive()))?;
        Some(as_of.with_timezone(&off).date_naive())
    };

    if let Some(back) = p.days_back {
        if p.date.is_some() || p.month.is_some() || p.day.is_some() || p.year.is_some() {
            return None;
        }
        let today = local_today(None)?;
        let date = today.checked_sub_days(chrono::Days::new(u64::from(back)))?;
        if p.hour.is_none() {
            return as_of.checked_sub_signed(TimeDelta::try_days(i64::from(back))?);
        }
        return at(date);
    }
    if let Some(date) = p.date {
        return at(date);
    }
    match (p.year, p.month, p.day) {
        (Some(y), Some(m), Some(d)) => at(NaiveDate::from_ymd_opt(y, m, d)?),
        (Some(y), Some(m), None) => {
            if p.hour.is_some() {
                return None;
            }
            at(NaiveDate::from_ymd_opt(y, m, 1)?)
        }
        (None, Some(m), Some(d)) => {
            // Latest such date not after as_of (looking back far enough for 29 February).
            let start = local_today(None)?.year();
            (0..9).find_map(|back| {
                let date = NaiveDate::from_ymd_opt(start - back, m, d)?;
                at(date).filter(|t| *t <= as_of)
            })
        }
        (None, None, None) => {
            // A bare time: the latest such time not after as_of.
            p.hour?;
            if p.weekday {
                return None;
            }
            let today = local_today(None)?;
            let t = at(today)?;
            if t <= as_of {
                Some(t)
            } else {
                at(today.pred_opt()?)
            }
        }
        _ => None,
    }
}

/// US daylight saving: from the second Sunday of March to the first Sunday of November, 2 am.
fn us_dst(local: NaiveDateTime) -> bool {
    let year = local.year();
    let nth_sunday = |month: u32, n: u8| NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n);
    let (Some(start), Some(end)) = (nth_sunday(3, 2), nth_sunday(11, 1)) else {
        return false;
    };
    let two = NaiveTime::from_hms_opt(2, 0, 0).unwrap_or(NaiveTime::MIN);
    local >= NaiveDateTime::new(start, two) && local < NaiveDateTime::new(end, two)
}

/// Normalised text for the `parse_datetime` crate: labels stripped, "an"/"a" -> "1",
/// "hrs"/"mins"/"secs" spelled out.
fn normalise_for_fallback(t: &str) -> String {
    let tokens = tokenise(t);
    let tokens = strip_labels(&tokens);
    let mut out: Vec<&str> = Vec::with_capacity(tokens.len());
    for (i, w) in tokens.iter().enumerate() {
        let next_is_unit = tokens.get(i + 1).is_some_and(|n| unit(n).is_some());
        let word = match w.as_str() {
            "a" | "an" if next_is_unit => "1",
            "hrs" | "hr" | "h" => "hours",
            "mins" | "min" | "m" => "minutes",
            "secs" | "sec" | "s" => "seconds",
            "yrs" | "yr" => "years",
            "wks" | "wk" => "weeks",
            other => other,
        };
        out.push(word);
    }
    out.join(" ")
}

fn fallback(t: &str, as_of: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let norm = normalise_for_fallback(t);
    // Without a digit the GNU grammar mostly finds zone letters and weekdays in prose;
    // all digits is a number, not a date (it would read "2026" as 20:26).
    if !norm.bytes().any(|b| b.is_ascii_digit()) || norm.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let base = to_zoned(as_of)?;
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        parse_datetime::parse_datetime_at_date(base, norm.as_str())
    }))
    .ok()?
    .ok()?;
    from_zoned(&parsed.into_zoned()?)
}

fn to_zoned(t: DateTime<FixedOffset>) -> Option<jiff::Zoned> {
    let ts = jiff::Timestamp::new(t.timestamp(), t.timestamp_subsec_nanos() as i32).ok()?;
    let off = jiff::tz::Offset::from_seconds(t.offset().local_minus_utc()).ok()?;
    Some(ts.to_zoned(jiff::tz::TimeZone::fixed(off)))
}

fn from_zoned(z: &jiff::Zoned) -> Option<DateTime<FixedOffset>> {
    let ts = z.timestamp();
    let mut secs = ts.as_second();
    let mut nanos = ts.subsec_nanosecond();
    if nanos < 0 {
        secs -= 1;
        nanos += 1_000_000_000;
    }
    let utc = DateTime::from_timestamp(secs, u32::try_from(nanos).ok()?)?;
    let off = FixedOffset::east_opt(z.offset().seconds())?;
    Some(utc.with_timezone(&off))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_of() -> DateTime<FixedOffset> {
        // Friday 2026-02-20 12:00 UTC
        DateTime::parse_from_rfc3339("2026-02-20T12:00:00+00:00").unwrap()
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn p(s: &str) -> Option<String> {
        parse_date(s, as_of()).map(|d| d.to_rfc3339())
    }

    #[test]
    fn machine_formats() {
        assert_eq!(p("2026-02-17T10:30:00+05:30"), Some("2026-02-17T10:30:00+05:30".into()));
        assert_eq!(p("Tue, 17 Feb 2026 10:30:00 GMT"), Some("2026-02-17T10:30:00+00:00".into()));
        assert_eq!(p("2026-02-17T10:30:00"), Some("2026-02-17T10:30:00+00:00".into()));
        assert_eq!(p("2026-02-17 10:30:00 +0100"), Some("2026-02-17T10:30:00+01:00".into()));
        assert_eq!(p("2026-02-17T10:30:00.250Z"), Some("2026-02-17T10:30:00.250+00:00".into()));
    }

    #[test]
    fn ages() {
        let cases = [
            ("3 days ago", "2026-02-17T12:00:00+00:00"),
            ("yesterday", "2026-02-19T12:00:00+00:00"),
            ("Yesterday", "2026-02-19T12:00:00+00:00"),
            ("today", "2026-02-20T12:00:00+00:00"),
            ("just now", "2026-02-20T12:00:00+00:00"),
            ("5 hrs ago", "2026-02-20T07:00:00+00:00"),
            ("an hour ago", "2026-02-20T11:00:00+00:00"),
            ("a day ago", "2026-02-19T12:00:00+00:00"),
            ("Updated 2 mins ago", "2026-02-20T11:58:00+00:00"),
            ("Last updated: 10 minutes ago", "2026-02-20T11:50:00+00:00"),
            ("2 years ago", "2024-02-20T12:00:00+00:00"),
            ("3 months ago", "2025-11-20T12:00:00+00:00"),
            ("1 week ago", "2026-02-13T12:00:00+00:00"),
            ("5h ago", "2026-02-20T07:00:00+00:00"),
            ("30 secs ago", "2026-02-20T11:59:30+00:00"),
            ("1 hour and 30 mins ago", "2026-02-20T10:30:00+00:00"),
            ("a few minutes ago", "2026-02-20T11:57:00+00:00"),
            ("Two days ago", "2026-02-18T12:00:00+00:00"),
            ("Posted 4 HOURS AGO", "2026-02-20T08:00:00+00:00"),
        ];
        for (s, want) in cases {
            assert_eq!(p(s).as_deref(), Some(want), "{s}");
            assert!(is_date_line(s), "{s} should be a date line");
        }
    }

    #[test]
    fn absolute_dates() {
        let cases = [
            ("Feb 17, 2026", "2026-02-17T00:00:00+00:00"),
            ("17 February 2026", "2026-02-17T00:00:00+00:00"),
            ("17 Feb 2026", "2026-02-17T00:00:00+00:00"),
            ("Tuesday, 17th of February 2026", "2026-02-17T00:00:00+00:00"),
            ("February 17, 2026 10:30 AM EST", "2026-02-17T10:30:00-05:00"),
            ("Feb. 17, 2026, 3:05 p.m. ET", "2026-02-17T15:05:00-05:00"),
            ("July 4, 2026 9:00 AM ET", "2026-07-04T09:00:00-04:00"),
            ("Published 27 Nov 2026, 09:15", "2026-11-27T09:15:00+00:00"),
            ("Updated: Feb 17, 2026 | 10:30 IST", "2026-02-17T10:30:00+05:30"),
            ("17 Feb 2026 09:15 hrs IST", "2026-02-17T09:15:00+05:30"),
            ("2026-02-17", "2026-02-17T00:00:00+00:00"),
            ("17/02/2026", "2026-02-17T00:00:00+00:00"),
            ("02/17/2026", "2026-02-17T00:00:00+00:00"),
            ("17.02.2026", "2026-02-17T00:00:00+00:00"),
            ("17-Feb-2026", "2026-02-17T00:00:00+00:00"),
            ("on 17 February 2026 at 10am GMT+1", "2026-02-17T10:00:00+01:00"),
            ("February 2026", "2026-02-01T00:00:00+00:00"),
            ("yesterday at 10:30 pm", "2026-02-19T22:30:00+00:00"),
            ("Tuesday 17 February 2026 22.34 GMT", "2026-02-17T22:34:00+00:00"),
            ("UPDATED : TUESDAY , FEBRUARY 17 , 2026 , 9 : 31 AM", "2026-02-17T09:31:00+00:00"),
            ("Last updated 15 : 48 17 / 02 / 2026", "2026-02-17T15:48:00+00:00"),
            ("Posted Feb 16, 2026 3:47pm Updated Feb 17, 2026 6:56am", "2026-02-16T15:47:00+00:00"),
            ("Feb 17, 2026 GMT", "2026-02-17T00:00:00+00:00"),
            ("17 Feb 2026 1430 GMT", "2026-02-17T14:30:00+00:00"),
            ("Story Created: Feb 3, 2026 at 9:56 AM AKST", "2026-02-03T09:56:00-09:00"),
            ("Published: 2026.02.08 09:01 AM", "2026-02-08T09:01:00+00:00"),
            ("PUBLISHED FRIDAY, FEBRUARY 13, 2026 AT 12:46 PM / UPDATED AT 12:48 PM", "2026-02-13T12:46:00+00:00"),
            ("Tue Feb 17 2026, 14:58 hrs", "2026-02-17T14:58:00+00:00"),
            ("Posted on Thu Feb 12, 2026 08:45 AM PST", "2026-02-12T08:45:00-08:00"),
            ("APR 28", "2025-04-28T00:00:00+00:00"),
        ];
        for (s, want) in cases {
            assert_eq!(p(s).as_deref(), Some(want), "{s}");
            assert!(is_date_line(s), "{s} should be a date line");
        }
    }

    #[test]
    fn ambiguous_numeric_dates_prefer_day_first_unless_future() {
        // 05/02/2026: day-first is 5 Feb (past) -> day-first.
        assert_eq!(p("05/02/2026").as_deref(), Some("2026-02-05T00:00:00+00:00"));
        // 02/05/2026: day-first is 2 May (after as_of), month-first 5 Feb is not.
        assert_eq!(p("02/05/2026").as_deref(), Some("2026-02-05T00:00:00+00:00"));
        // Both readings in the past: day-first.
        assert_eq!(p("03/01/2026").as_deref(), Some("2026-01-03T00:00:00+00:00"));
        assert_eq!(p("31/31/2026"), None);
    }

    #[test]
    fn missing_year_takes_latest_not_after_as_of() {
        assert_eq!(p("Feb 17").as_deref(), Some("2026-02-17T00:00:00+00:00"));
        // 25 Feb is after as_of (20 Feb 2026) -> last year.
        assert_eq!(p("Feb 25").as_deref(), Some("2025-02-25T00:00:00+00:00"));
        assert_eq!(p("Dec 31").as_deref(), Some("2025-12-31T00:00:00+00:00"));
        // 29 February: latest leap year not after as_of.
        assert_eq!(p("29 Feb").as_deref(), Some("2024-02-29T00:00:00+00:00"));
        // A bare time later than as_of's clock is yesterday's.
        assert_eq!(p("10:30 AM").as_deref(), Some("2026-02-20T10:30:00+00:00"));
        assert_eq!(p("11:45 PM").as_deref(), Some("2026-02-19T23:45:00+00:00"));
        // A military-style time alone: today's, or yesterday's if later than as_of.
        assert_eq!(p("2000 GMT").as_deref(), Some("2026-02-19T20:00:00+00:00"));
        assert_eq!(p("0930 BST").as_deref(), Some("2026-02-20T09:30:00+01:00"));
    }

    #[test]
    fn as_of_offset_is_used_not_wall_clock() {
        let kolkata = at("2026-02-20T09:00:00+05:30");
        let d = parse_date("Feb 17, 2026", kolkata).unwrap();
        assert_eq!(d.to_rfc3339(), "2026-02-17T00:00:00+05:30");
        let d = parse_date("3 days ago", kolkata).unwrap();
        assert_eq!(d.to_rfc3339(), "2026-02-17T09:00:00+05:30");
        // Far past as_of: still relative to it.
        let old = at("2001-05-01T00:00:00+00:00");
        assert_eq!(parse_date("yesterday", old).unwrap().to_rfc3339(), "2001-04-30T00:00:00+00:00");
    }

    #[test]
    fn not_dates() {
        let cases = [
            "3 days of talks",
            "The 2 years ago story was about something else",
            "May the talks succeed",
            "May",
            "2026",
            "17",
            "Tuesday",
            "March on Washington",
            "A day to remember",
            "Days ago, the talks began",
            "In 2026 the talks resumed",
            "Talks ended 3 days ago in Geneva",
            "By Jane Doe",
            "With inputs from BBC",
            "",
            "   ",
            "ago",
            "3 ago",
            "an ago",
            "Feb 30, 2026",
            "25:00",
            "31/31/2026",
            "Geneva",
            "The talks",
            "10 Downing Street",
            "1 2 3",
            "12.50",
            "Posted Feb 16, 2026 and updated later",
        ];
        for s in cases {
            assert!(!is_date_line(s), "{s:?} must not be a date line");
        }
        for s in ["3 days of talks", "May the talks succeed", "2026", "Geneva", "The talks"] {
            assert_eq!(p(s), None, "{s:?} must not parse");
        }
    }

    #[test]
    fn fallback_reaches_parse_datetime() {
        // Not in our grammar but in GNU date's: a relative shift from an ISO date.
        assert_eq!(p("2026-02-10 +3 days").as_deref(), Some("2026-02-13T00:00:00+00:00"));
        assert!(!is_date_line("2026-02-10 +3 days"));
    }

    #[test]
    fn long_or_odd_input_is_bounded() {
        let long = "3 days ago ".repeat(1000);
        assert_eq!(p(&long), None);
        assert!(!is_date_line(&long));
        assert_eq!(p("99999999 years ago"), None);
        assert_eq!(p("\u{0}\u{1}"), None);
        assert_eq!(p("+99:99"), None);
    }
}
