//! Numeric claims: numbers (digits and words), money, percentages, ranges, tallies,
//! qualifiers, the counted thing and who claims it.

use crate::attrib::{Ctx, Who};
use crate::lexicon::{word_value, LEX, PARTICIPLES};
use crate::text::{is_possessive, Kind};
use crate::Claim;
use std::cell::OnceCell;
use std::collections::HashSet;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct Num {
    pub a: usize,
    pub b: usize,
    pub value: f64,
    pub high: Option<f64>,
    pub unit: Option<String>,
    pub vague: bool,
    pub tally: bool,
    pub qual_after: Option<&'static str>,
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mn" | "m" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

fn vague_word(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 12.0,
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "tens" => 10.0,
        "scores" => 20.0,
        _ => return None,
    })
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "euro" | "euros" => "EUR",
        "dollar" | "dollars" => "USD",
        "pound" | "pounds" => "GBP",
        "kronor" | "krona" | "kroner" | "krone" => "SEK",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "rupee" | "rupees" => "INR",
        "franc" | "francs" => "CHF",
        "peso" | "pesos" => "MXN",
        "rand" => "ZAR",
        "hryvnia" | "hryvnias" => "UAH",
        "reais" => "BRL",
        "rupiah" => "IDR",
        "baht" => "THB",
        "shekel" | "shekels" => "ILS",
        "zloty" | "zlotys" => "PLN",
        "ringgit" => "MYR",
        "naira" => "NGN",
        "dirham" | "dirhams" => "AED",
        "pence" => "GBp",
        _ => return None,
    })
}

fn currency_sym(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        // a currency sign lost to a wrong decoding ("\u{FFFD}32m"): money, currency unknown
        "\u{FFFD}" => "XXX",
        _ => return None,
    })
}

/// Verbs and adverbs of movement before a change ("rose 5p to 120p").
const MOVES: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "fell",
    "fall",
    "falls",
    "falling",
    "up",
    "down",
    "climbed",
    "gained",
    "lost",
    "jumped",
    "dropped",
    "slipped",
    "added",
    "shed",
    "increased",
    "decreased",
    "grew",
    "soared",
    "plunged",
    "slumped",
    "surged",
    "tumbled",
    "eased",
    "edged",
    "cut",
    "raised",
];

/// Words after "800m" and the like that make it a race or event name, not a distance.
const RACE_WORDS: &[&str] = &[
    "hurdles",
    "freestyle",
    "backstroke",
    "butterfly",
    "breaststroke",
    "sprint",
    "relay",
    "race",
    "dash",
    "final",
    "title",
    "titles",
    "races",
    "records",
    "event",
    "events",
    "medals",
    "champions",
    "runner",
    "runners",
    "favourite",
    "favourites",
    "specialist",
    "medley",
];

const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "secs",
    "sec",
    "minute",
    "minutes",
    "mins",
    "min",
    "hour",
    "hours",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "fortnight",
    "fortnights",
    "quarter",
    "quarters",
    "year-old",
    "year-olds",
    "month-old",
    "week-old",
    "day-old",
    "season",
    "seasons",
    "night",
    "nights",
    "weekend",
    "weekends",
    "yr",
    "yrs",
    "millennium",
    "minute-long",
    "hour-long",
    "day-long",
    "year-long",
    "week-long",
    "month-long",
];
const TIME_ADJ: &[&str] = &[
    "consecutive",
    "straight",
    "successive",
    "full",
    "more",
    "further",
    "extra",
    "additional",
    "long",
    "short",
    "hard",
    "difficult",
    "solid",
    "whole",
    "first",
    "final",
    "remaining",
    "working",
    "calendar",
    "financial",
    "fiscal",
    "lost",
    "wasted",
    "years'",
];
const MEASURE_SUFFIX: &[&str] = &[
    "gb", "mb", "tb", "kb", "kg", "km", "cm", "mm", "ft", "mph", "kmh", "mw", "gw", "kw", "ghz", "mhz", "mbps", "kbps",
    "lb", "lbs", "oz", "ml", "mw", "bhp", "hp", "m", "bn", "k", "mn", "tn", "s", "x", "mp", "mg", "kph", "gbps", "mah",
];

/// A length, weight or speed ("2,500km", "1,500 miles"): its conversion in brackets repeats it.
fn is_measure(cx: &Ctx, num: &Num) -> bool {
    const UNITS: &[&str] = &["km", "m", "cm", "mm", "ft", "kg", "mg", "lb", "lbs", "mph", "kmh", "oz", "tn"];
    const WORDS: &[&str] = &[
        "miles",
        "mile",
        "km",
        "kilometres",
        "kilometers",
        "feet",
        "metres",
        "meters",
        "kg",
        "lb",
        "pounds",
        "tonnes",
        "tons",
        "mph",
        "inches",
        "yards",
        "acres",
        "hectares",
    ];
    num.unit.as_deref().is_some_and(|u| UNITS.contains(&u))
        || cx.low.get(num.b).is_some_and(|w| WORDS.contains(&w.as_str()))
}

/// Parse the numeric expression starting at token `i`.
pub fn parse_at(cx: &Ctx, i: usize) -> Option<Num> {
    parse_in(cx, i, &OnceCell::new())
}

/// "A$68m", "US$5bn", "HK$3": a dollar sign glued to a country prefix.
fn dollar_prefix(cx: &Ctx, i: usize) -> Option<&'static str> {
    if i == 0 || cx.toks[i - 1].kind != Kind::Word || cx.toks[i - 1].e != cx.toks[i].s {
        return None;
    }
    Some(match cx.toks[i - 1].text(cx.t) {
        "A" | "AU" => "AUD",
        "US" => "USD",
        "C" | "CA" | "Can" => "CAD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" => "SGD",
        "NT" => "TWD",
        _ => return None,
    })
}

/// "Australian dollars", "Hong Kong dollars": the currency of a named dollar at tokens `j..`,
/// with the number of tokens it takes.
fn named_dollar(low: &[String], j: usize) -> Option<(&'static str, usize)> {
    let w = |k: usize| low.get(k).map(|x| x.as_str()).unwrap_or("");
    let (code, len) = match (w(j), w(j + 1)) {
        ("australian", _) => ("AUD", 1),
        ("canadian", _) => ("CAD", 1),
        ("us", _) | ("american", _) => ("USD", 1),
        ("singapore", _) => ("SGD", 1),
        ("taiwan" | "taiwanese", _) => ("TWD", 1),
        ("jamaican", _) => ("JMD", 1),
        ("zimbabwe" | "zimbabwean", _) => ("ZWD", 1),
        ("hong", "kong") => ("HKD", 2),
        ("new", "zealand") => ("NZD", 2),
        _ => return None,
    };
    matches!(w(j + len), "dollars" | "dollar").then_some((code, len + 1))
}

fn parse_in(cx: &Ctx, i: usize, sport: &OnceCell<bool>) -> Option<Num> {
    let toks = cx.toks;
    let t = cx.t;
    let low = &cx.low;
    let n = toks.len();
    let mut a = i;
    let mut j = i;
    let mut unit: Option<String> = None;
    // currency symbol
    if toks[j].kind == Kind::Punct {
        let c = currency_sym(toks[j].text(t))?;
        if j + 1 >= n || toks[j + 1].kind != Kind::Num || toks[j + 1].s != toks[j].e && toks[j + 1].s != toks[j].e + 1 {
            return None;
        }
        unit = Some(dollar_prefix(cx, j).filter(|_| c == "USD").unwrap_or(c).to_string());
        j += 1;
    }
    let mut vague = false;
    let mut value;
    let tk = toks[j];
    let w = low[j].as_str();
    if tk.kind == Kind::Num {
        let txt = tk.text(t);
        let digits_end = txt.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(txt.len());
        let (num, suffix) = txt.split_at(digits_end);
        let suffix = suffix.to_ascii_lowercase();
        value = parse_digits(num)?;
        // "during the 30's": a decade written with an apostrophe
        if suffix.is_empty()
            && (t[tk.e..].starts_with("'s") || t[tk.e..].starts_with("’s"))
            && (num.len() == 2 || num.len() == 4)
            && num.ends_with('0')
            && num.bytes().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        if suffix.is_empty() && num.len() <= 3 && num.bytes().all(|c| c.is_ascii_digit()) {
            let (v, k) = spaced_digits(cx, j, value);
            value = v;
            j = k;
        }
        match suffix.as_str() {
            "" => {}
            // "300p a share", "a 1p rise", "rose 5p to 120p": pence (not video resolutions)
            "p" if unit.is_none()
                && value < 100_000.0
                && ![240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 2160.0].contains(&value) =>
            {
                unit = Some("GBp".into());
            }
            "st" | "nd" | "rd" | "th" | "am" | "pm" | "g" | "d" | "p" if suffix != "p" || unit.is_none() => {
                return None
            }
            "p" => value /= 100.0,
            "s" => {
                // 10s, 100s, 1,000s are vague magnitudes; 1950s / 80s are decades
                let is_pow10 = value >= 10.0 && (value.log10().fract()).abs() < 1e-9;
                if is_pow10 {
                    vague = true;
                } else {
                    return None;
                }
            }
            s if scale_word(s).is_some() => {
                let sc = scale_word(s).unwrap_or(1.0);
                // "won the 800m and 1500m": race distances
                let distance_prev = j > 0
                    && (matches!(low[j - 1].as_str(), "the" | "men's" | "women's" | "boys'" | "girls'")
                        || matches!(low[j - 1].as_str(), "and" | "or" | ",")
                            && j > 2
                            && low[j - 2].ends_with('m')
                            && toks[j - 2].kind == Kind::Num
                            && low[j - 3] == "the");
                // a standard race distance with a bare "m" and no currency ("the indoor 800m
                // title", "over 1500m in"): an event name, not a quantity of millions
                let money = (i.saturating_sub(1)..=i)
                    .any(|x| toks[x].text(cx.t).contains(['£', '$', '€']) || currency_word(&low[x]).is_some());
                let race = !money
                    && [60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0].contains(&value);
                let nx = low.get(j + 1).map(|x| x.as_str()).unwrap_or("");
                let race_next = RACE_WORDS.contains(&nx)
                    || matches!(
                        nx,
                        "record"
                            | "champion"
                            | "gold"
                            | "silver"
                            | "bronze"
                            | "in"
                            | "at"
                            | "and"
                            | "or"
                            | "."
                            | ","
                            | ")"
                            | "world"
                            | "indoor"
                            | "indoors"
                            | "olympic"
                            | "finals"
                            | "heat"
                            | "heats"
                            | "crown"
                            | "medal"
                            | "runner"
                            | "specialist"
                            | "personal"
                            | "season"
                            | "victory"
                            | "win"
                            | "triumph"
                            | "winner"
                    );
                // "the Olympic 100m and 200m finals": a second distance after a first
                let race_pair = race
                    && j > 1
                    && matches!(low[j - 1].as_str(), "and" | "or" | ",")
                    && low[j - 2].ends_with('m')
                    && toks[j - 2].kind == Kind::Num;
                if s == "m" && unit.is_none() && distance_prev && value >= 50.0 && value.fract() == 0.0
                    || s == "m" && unit.is_none() && race && (race_next || race_pair)
                {
                    // an event name ("the 800m"), not a quantity
                    return None;
                } else if s == "m"
                    && unit.is_none()
                    && race
                    && *sport.get_or_init(|| crate::entities::is_sport(cx.t, cx.toks))
                {
                    // "over the last 200m", "the top three 800m runners": a race distance in a
                    // sports report
                    return None;
                } else if s == "m" && unit.is_none() {
                    // "with 500m to go": a distance
                    let to_go = nx == "to" && low.get(j + 2).is_some_and(|w| w == "go");
                    // "3.7m/h", "1.3m (4.2ft) tall": metres
                    let speed = nx == "/" && toks.get(j + 1).is_some_and(|k| k.s == toks[j].e);
                    let feet = nx == "("
                        && (low.get(j + 2).is_some_and(|w| w.ends_with("ft") || w.ends_with("in"))
                            || low.get(j + 3).is_some_and(|w| matches!(w.as_str(), "ft" | "feet" | "foot" | "inches")));
                    // a bare "4.88m" in a sports report is a height or distance ("a world mark of
                    // 4.88m", "the 5m barrier"), unless a counted plural follows ("1.5m fans")
                    let plural_next = toks.get(j + 1).is_some_and(|k| {
                        k.kind == Kind::Word && !k.cap && nx.len() > 3 && nx.ends_with('s') && !nx.ends_with("ss")
                    });
                    let sport_measure = value < 100.0
                        && !money
                        && !plural_next
                        && *sport.get_or_init(|| crate::entities::is_sport(cx.t, cx.toks));
                    // "426m per minute", "50m taller", "a world record of 4.91m": lengths
                    let length_context = matches!(
                        nx,
                        "per" | "taller" | "higher" | "longer" | "deeper" | "wider" | "shorter" | "above" | "below"
                    ) || !money
                        && value < 100.0
                        && (i >= 2
                            && low[i - 1] == "of"
                            && matches!(
                                low[i - 2].as_str(),
                                "record" | "mark" | "best" | "throw" | "throws" | "leap" | "jump" | "vault" | "height"
                            )
                            || i >= 1
                                && matches!(
                                    low[i - 1].as_str(),
                                    "jumping"
                                        | "jumped"
                                        | "cleared"
                                        | "clearing"
                                        | "clear"
                                        | "vaulted"
                                        | "threw"
                                        | "leapt"
                                        | "attempt"
                                        | "attempted"
                                        | "attempting"
                                ));
                    if RACE_WORDS.contains(&nx)
                        || sport_measure
                        || to_go
                        || speed
                        || feet
                        || length_context
                        || matches!(nx, "high" | "deep" | "long" | "wide" | "tall" | "away")
                    {
                        unit = Some("m".into());
                    } else {
                        value = scaled(value, sc);
                    }
                } else {
                    value = scaled(value, sc);
                }
            }
            // "a 4x400m squad": a relay, not a multiplier
            "x" if toks.get(j + 1).is_some_and(|k| k.kind == Kind::Num && k.s == tk.e) => return None,
            s if MEASURE_SUFFIX.contains(&s) => {
                // "the 10km race", "record holder at 3km, 5km and 10km", "the 10K race": distances
                // naming events
                if s == "km" || s == "k" && low.get(j + 1).is_some_and(|x| RACE_WORDS.contains(&x.as_str())) {
                    let nx = low.get(j + 1).map(|x| x.as_str()).unwrap_or("");
                    let distance_at = |k: usize| {
                        toks.get(k).is_some_and(|x| x.kind == Kind::Num)
                            && low.get(k).is_some_and(|u| u.ends_with("km") || u.ends_with('m'))
                    };
                    let listed = matches!(nx, "," | "and" | "or") && distance_at(j + 2)
                        || j >= 2 && matches!(low[j - 1].as_str(), "," | "and" | "or") && distance_at(j - 2);
                    let event_next = RACE_WORDS.contains(&nx)
                        || matches!(nx, "victory" | "win" | "record" | "champion" | "title" | "road" | "run");
                    if event_next || listed {
                        return None;
                    }
                }
                unit = Some(s.to_string());
            }
            _ => return None,
        }
        j += 1;
    } else if tk.kind == Kind::Word && !tk.cap
        || tk.kind == Kind::Word
            && cx.toks[j].cap
            && (word_value(w).is_some()
                || w.split_once('-').is_some_and(|(x, y)| word_value(x).is_some() && y == "time"))
        || vague_word(w).is_some()
    {
        if w.starts_with("one-") && word_value(w).is_none() {
            return None;
        }
        let hy = w.split_once('-').filter(|(x, y)| word_value(x).is_some() && word_value(y).is_none() && !y.is_empty());
        if let Some((x, y)) = hy {
            // "two-thirds", "three-quarters": fractions are not claims
            if matches!(y, "third" | "thirds" | "quarter" | "quarters" | "fifth" | "fifths" | "half" | "halves") {
                return None;
            }
            // ("a three-and-a-half-year contract": the unit closes the compound)
            let tail = w.rsplit('-').next().unwrap_or(y);
            // ("the two-time champion": how often someone won counts, unlike "a two-hour delay")
            if [y, tail].iter().any(|y| {
                *y != "time"
                    && (TIME_UNITS.contains(y)
                        || ["year", "month", "day", "week", "hour", "minute", "second", "time", "nil", "all"]
                            .iter()
                            .any(|p| y.starts_with(p)))
            }) {
                return None;
            }
            return Some(Num {
                a: i,
                b: j + 1,
                value: word_value(x).unwrap_or(0.0),
                high: None,
                unit: None,
                vague: false,
                tally: false,
                qual_after: None,
            });
        }
        if let Some(v) = word_value(w) {
            value = v;
            j += 1;
            // "Fifty nine percent", "twenty one people": tens and a unit without the hyphen
            if v >= 20.0
                && v % 10.0 == 0.0
                && j < n
                && toks[j].kind == Kind::Word
                && toks[j].s == toks[j - 1].e + 1
                && word_value(&low[j]).is_some_and(|u| u < 10.0)
            {
                value += word_value(&low[j]).unwrap_or(0.0);
                j += 1;
            }
        } else if matches!(w, "twice" | "thrice") && !cx.toks[j].cap {
            // "at least twice": a count of occurrences ("twice as many" stays a multiplier)
            value = if w == "twice" { 2.0 } else { 3.0 };
            unit = Some("times".into());
            j += 1;
        } else if let Some(v) = vague_word(w) {
            // "scores of residents" is a vague count; "the scores were level" is not
            if w == "scores" && !(low.get(j + 1).is_some_and(|x| x == "of") && (j == 0 || low[j - 1] != "the")) {
                return None;
            }
            value = v;
            vague = true;
            j += 1;
            // "thousands and thousands", "millions upon millions": one vague quantity
            if j + 1 < n && matches!(low[j].as_str(), "and" | "upon" | "of") && low[j + 1] == w {
                j += 2;
            }
        } else if let Some(sc) = (matches!(w, "several" | "few") && j + 1 < n)
            .then(|| scale_word(&low[j + 1]).filter(|_| low[j + 1].len() > 2))
            .flatten()
        {
            // "several hundred people", "a few thousand": as vague as "hundreds of people"
            value = sc;
            vague = true;
            j += 2;
        } else if (w == "a" || w == "an") && j + 1 < n {
            let nx = low[j + 1].as_str();
            if nx == "dozen" {
                value = 12.0;
                j += 2;
            } else if let Some(sc) = scale_word(nx).filter(|_| nx.len() > 2) {
                value = sc;
                j += 2;
                // "half a million": 500,000
                if j >= 3 && low[j - 3] == "half" && !toks[j - 3].cap && cx.toks[j - 3].kind == Kind::Word {
                    value *= 0.5;
                    a = j - 3;
                }
            } else {
                return None;
            }
        } else if w == "dozen" {
            value = 12.0;
            j += 1;
        } else if bare_scale(cx, j) {
            // "the first million customers"
            value = scale_word(w).unwrap_or(1.0);
            j += 1;
        } else {
            return None;
        }
    } else {
        return None;
    }
    a = a.min(i);
    // "and a half"
    if j + 2 < n && low[j] == "and" && low[j + 1] == "a" && low[j + 2] == "half" {
        value += 0.5;
        j += 3;
    }
    // "a 17-million population": a hyphenated scale
    if j + 1 < n
        && low[j] == "-"
        && matches!(low[j + 1].as_str(), "million" | "billion" | "trillion")
        && toks[j].s == toks[j - 1].e
        && toks[j + 1].s == toks[j].e
    {
        j += 1;
    }
    // scale words
    let mut plus = false;
    // "1.5 million-2 million": a scale glued by a hyphen to the top of a range
    let mut glued_high: Option<f64> = None;
    while j < n {
        let w = low[j].as_str();
        if let Some((sc, top)) =
            w.split_once('-').filter(|(_, top)| top.bytes().all(|c| c.is_ascii_digit() || c == b'.'))
        {
            if let (Some(scv), Ok(topv)) = (scale_word(sc).filter(|_| sc.len() > 2), top.parse::<f64>()) {
                value = scaled(value, scv);
                let top_scale = low.get(j + 1).and_then(|x| scale_word(x).filter(|_| x.len() > 2));
                glued_high = Some(scaled(topv, top_scale.unwrap_or(scv)));
                j += if top_scale.is_some() { 2 } else { 1 };
                break;
            }
        }
        // "$1 billion-plus": a scale with "-plus" is a floor
        let (w, w_plus) = match w.strip_suffix("-plus") {
            Some(head) if scale_word(head).is_some() => (head, true),
            _ => (w, false),
        };
        // "£22 billions worth of savings": a plural scale right after a figure (not "billions of")
        let plural_scale = matches!(w, "millions" | "billions" | "trillions")
            && toks[j].kind == Kind::Word
            && toks[j - 1].kind == Kind::Num
            && low.get(j + 1).is_none_or(|x| x != "of");
        let w = if plural_scale { &w[..w.len() - 1] } else { w };
        if let Some(sc) = scale_word(w).filter(|_| w.len() > 2 || w == "bn" || w == "m" || w == "mn") {
            if w == "m" && toks[j].s != toks[j - 1].e {
                break;
            }
            value = scaled(value, sc);
            plus |= w_plus;
            j += 1;
        } else if w == "dozen" {
            value *= 12.0;
            j += 1;
        } else {
            break;
        }
    }
    // vague "of thousands"
    if j + 1 < n && low[j] == "of" {
        if let Some(v) =
            vague_word(&low[j + 1]).filter(|_| vague || low[j + 1] == "thousands" || low[j + 1] == "millions")
        {
            if vague || value <= 100.0 {
                value *= v;
                vague = true;
                j += 2;
            }
        }
    }
    // "billions of dollars", "thousands of pounds": a vague amount of money
    if vague && j + 1 < n && low[j] == "of" && unit.is_none() {
        if let Some(c) = currency_word(&low[j + 1]).filter(|c| c.len() == 3) {
            unit = Some(c.into());
            j += 2;
        }
    }
    // fractions: "two thirds", "three quarters"
    if j < n
        && matches!(
            low[j].as_str(),
            "third" | "thirds" | "quarter" | "quarters" | "half" | "halves" | "fifth" | "fifths"
        )
        && !toks[j].cap
    {
        if low[j].starts_with("quarter") && j + 1 < n && low[j + 1] == "-" {
            // quarter-point handled by tokenizer; fallthrough
        } else {
            return None;
        }
    }
    // percent / currency / times
    if j < n && low[j] == "%" {
        unit = Some("percent".into());
        j += 1;
    } else if j < n && (low[j] == "percent" || low[j] == "pc" && toks[j].text(t) != "PC") {
        unit = Some("percent".into());
        j += 1;
    } else if j + 1 < n && low[j] == "per" && low[j + 1] == "cent" {
        unit = Some("percent".into());
        j += 2;
    } else if j + 1 < n && low[j] == "percentage" && (low[j + 1] == "points" || low[j + 1] == "point") {
        unit = Some("percentage points".into());
        j += 2;
    } else if let Some((c, len)) = named_dollar(low, j).filter(|_| unit.is_none()) {
        unit = Some(c.into());
        j += len;
    } else if j < n {
        if let Some(c) = currency_word(&low[j]) {
            if unit.is_none() {
                unit = Some(c.into());
            }
            j += 1;
        } else if low[j] == "times" {
            unit = Some("times".into());
            j += 1;
        }
    }
    let mut num =
        Num { a, b: j, value, high: glued_high, unit, vague, tally: false, qual_after: plus.then_some("more than") };
    if glued_high.is_some() {
        return Some(num);
    }
    // ranges, tallies, ratios
    if j + 1 < n {
        let sep = low[j].as_str();
        // ("A$7.17 to A$8.24": past the country prefix glued to the second dollar sign)
        let k = if j + 2 < n && dollar_prefix(cx, j + 2).is_some() { j + 2 } else { j + 1 };
        if (sep == "-" || sep == "–" || sep == "to" || sep == "and" && i > 0 && low[i - 1] == "between")
            && (toks[k].kind == Kind::Num || currency_sym(toks[k].text(t)).is_some() || word_value(&low[k]).is_some())
        {
            if let Some(m) = parse_in(cx, k, sport) {
                let same_unit = m.unit.is_none() || num.unit.is_none() || m.unit == num.unit;
                let prev = if i > 0 { low[i - 1].as_str() } else { "" };
                if same_unit
                    // "from 5 to 10" is a change, not a range; "from 5-2 down" may be a score
                    && (prev != "from" || sep == "-")
                    && !(sep == "to" && prev == "by" && m.value > num.value)
                    && !(sep == "to" && low.get(j + 2).map(|w| w == "-").unwrap_or(false))
                    // "rose 5p to 293.5p", "up 6%, or 16.75 pence to 293.5p": a change, then a level
                    && !(sep == "to"
                        && prev != "by"
                        && (i.saturating_sub(2)..i).any(|k| MOVES.contains(&low[k].as_str()))
                        || sep == "to" && prev == "or" && i >= 2 && low[i - 2] == ",")
                {
                    let ctx_words = [
                        "beat",
                        "beating",
                        "won",
                        "win",
                        "wins",
                        "victory",
                        "defeat",
                        "defeated",
                        "lost",
                        "lose",
                        "losing",
                        "draw",
                        "drew",
                        "score",
                        "scored",
                        "trounced",
                        "humiliation",
                        "thrashed",
                        "passed",
                        "vote",
                        "voted",
                        "votes",
                        "margin",
                        "lead",
                        "led",
                        "down",
                        "up",
                        "trail",
                        "trailing",
                        "set",
                        "against",
                        "by",
                        "win",
                        "triumph",
                        "loss",
                        "thrashing",
                        "scoreline",
                        "result",
                        "routed",
                        "edged",
                    ];
                    let near = (i.saturating_sub(4)..(m.b + 3).min(n)).any(|k| ctx_words.contains(&low[k].as_str()));
                    // set scores follow each other: "6-4 3-6 7-5"
                    let after_score = i >= 3 && toks[i - 1].kind == Kind::Num && low[i - 2] == "-" && toks[i - 3].kind == Kind::Num
                            || low.get(m.b).map(|w| w == "-").unwrap_or(false)
                                && toks.get(m.b + 1).map(|k| k.kind == Kind::Num).unwrap_or(false)
                            // "3-6 7-6 6-1": another set score follows
                            || toks.get(m.b).is_some_and(|k| k.kind == Kind::Num)
                                && low.get(m.b + 1).is_some_and(|w| w == "-")
                                && toks.get(m.b + 2).is_some_and(|k| k.kind == Kind::Num);
                    let is_tally = num.unit.is_none()
                        && m.unit.is_none()
                        && !num.vague
                        && (sep == "-" && (m.value < num.value || near || after_score)
                            || sep == "to" && near && prev == "by");
                    if is_tally {
                        num.tally = true;
                        num.unit = Some("tally".into());
                        num.b = m.b;
                        return Some(num);
                    }
                    if (sep == "-" || sep == "–" || sep == "and" || sep == "to") && prev != "from" {
                        // "$10-25m": the high end's scale applies to a bare low end
                        let m_last = toks[m.b - 1].text(t);
                        let m_suffix = m_last[m_last.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len()..]
                            .to_ascii_lowercase();
                        let low_bare = toks[j - 1].text(t).chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
                        if sep != "and" && low_bare && !num.vague {
                            if let Some(sc) = scale_word(&m_suffix).filter(|_| m_suffix.len() <= 2) {
                                if m.value / sc > num.value {
                                    num.value = scaled(num.value, sc);
                                }
                            }
                        }
                        if m.value > num.value {
                            num.high = Some(m.value);
                            if num.unit.is_none() {
                                num.unit = m.unit.clone();
                            }
                            num.b = m.b;
                            // scale of the high end applies to the low end ("3 to 4 million")
                            return Some(num);
                        }
                    }
                }
            }
        }
        if sep == "in" && num.unit.is_none() && !num.vague {
            if let Some(den) = word_value(&low[j + 1]).or_else(|| {
                if toks[j + 1].kind == Kind::Num {
                    parse_digits(toks[j + 1].text(t))
                } else {
                    None
                }
            }) {
                // ("one in 10,000 consoles": a rare rate may have a large denominator; "number
                // one in 2000" is a year, written without a thousands comma)
                let year = (1800.0..=2100.0).contains(&den)
                    && toks[j + 1].kind == Kind::Num
                    && !toks[j + 1].text(t).contains(',');
                // ("his third number one in three weeks": a chart position, then a duration)
                let chart = num.a > 0 && low[num.a - 1] == "number"
                    || low.get(j + 2).is_some_and(|w| TIME_UNITS.contains(&w.as_str()));
                if den > num.value && !year && !chart && (den <= 1000.0 || num.value <= 1.0 && den <= 1_000_000.0) {
                    num.value /= den;
                    num.unit = Some("ratio".into());
                    num.b = j + 2;
                    return Some(num);
                }
            }
        }
        if sep == "out" && low[j + 1] == "of" && j + 2 < n {
            if let Some(den) = parse_digits(toks[j + 2].text(t)).or_else(|| word_value(&low[j + 2])) {
                // "nine out of 10 separations": a share of a counted population is a ratio; a
                // mark ("a rare 10 out of 10 mark") keeps its score
                let counted = toks.get(j + 3).is_some_and(|k| {
                    let w = low[j + 3].as_str();
                    k.kind == Kind::Word
                        && !k.cap
                        && w.len() > 2
                        && !matches!(
                            w,
                            "mark"
                                | "marks"
                                | "points"
                                | "stars"
                                | "rating"
                                | "score"
                                | "for"
                                | "in"
                                | "on"
                                | "at"
                                | "and"
                                | "to"
                                | "from"
                                | "with"
                                | "by"
                                | "of"
                                | "the"
                                | "was"
                                | "is"
                                | "were"
                                | "are"
                        )
                });
                num.b = j + 3;
                if counted && den > num.value && num.unit.is_none() && !num.vague {
                    num.value /= den;
                    num.unit = Some("ratio".into());
                } else {
                    num.unit = Some(format!("out of {den}"));
                }
                return Some(num);
            }
        }
        // "four or five", "10 or 12%": an approximate range
        if sep == "or"
            && !num.vague
            && (toks[j + 1].kind == Kind::Num) == (toks[j].kind == Kind::Num || toks[i].kind == Kind::Num)
            && (toks[j + 1].kind == Kind::Num || word_value(&low[j + 1]).is_some())
            && !low[j + 1].contains('-')
        {
            if let Some(m) = parse_in(cx, j + 1, sport) {
                let same_unit = m.unit.is_none() || num.unit.is_none() || m.unit == num.unit;
                if same_unit && m.value > num.value && m.value <= num.value * 10.0 && m.high.is_none() && !m.tally {
                    num.high = Some(m.value);
                    if num.unit.is_none() {
                        num.unit = m.unit.clone();
                    }
                    num.b = m.b;
                    return Some(num);
                }
            }
        }
        if sep == "or" && j + 1 < n {
            match low[j + 1].as_str() {
                "so" => num.qual_after = Some("approximately"),
                w => num.qual_after = or_bound(w).or(num.qual_after),
            }
        }
        // "80-odd resorts": roughly 80
        if sep == "-" && low[j + 1] == "odd" && toks[j].s == toks[j - 1].e {
            num.qual_after = Some("approximately");
            num.b = j + 2;
        }
        if sep == "-" && low[j + 1] == "plus" {
            num.qual_after = Some("at least");
            num.b = j + 2;
        } else if sep == "+" {
            num.qual_after = Some("at least");
            num.b = j + 1;
        }
    }
    Some(num)
}

/// Pre-tokenised text (ECB+) spaces its separators: "430 , 000" is one figure when a
/// three-digit group follows a comma with single spaces around it, and "6 . 1" is a decimal
/// when a single-digit fraction follows a dot with single spaces and a magnitude or measure
/// word comes next or before ("a 6 . 1 magnitude quake", "magnitude 6 . 1"). Returns the
/// value and the index of the figure's last token.
fn spaced_digits(cx: &Ctx, j: usize, value: f64) -> (f64, usize) {
    let toks = cx.toks;
    let t = cx.t;
    let spaced = |k: usize, sep: &str| {
        toks.get(k + 2).is_some_and(|g| {
            g.kind == Kind::Num
                && toks[k + 1].text(t) == sep
                && toks[k + 1].s == toks[k].e + 1
                && g.s == toks[k + 1].e + 1
                && g.text(t).bytes().all(|c| c.is_ascii_digit())
        })
    };
    let mut k = j;
    let mut v = value;
    // a list ("1 , 200 , 3"), not a figure: the group before must not be part of one
    let listed = j >= 2 && cx.low[j - 1] == "," && toks[j - 2].kind == Kind::Num;
    while !listed && spaced(k, ",") && toks[k + 2].text(t).len() == 3 && k - j < 6 {
        v = v * 1000.0 + parse_digits(toks[k + 2].text(t)).unwrap_or(0.0);
        k += 2;
    }
    if k == j && spaced(k, ".") && toks[k + 2].text(t).len() == 1 {
        let after = cx.low.get(k + 3).map(|w| w.as_str()).unwrap_or("");
        let after2 = cx.low.get(k + 4).map(|w| w.as_str()).unwrap_or("");
        let before = if j > 0 { cx.low[j - 1].as_str() } else { "" };
        let before2 = if j > 1 { cx.low[j - 2].as_str() } else { "" };
        let mag = |w: &str| matches!(w, "magnitude" | "richter");
        if mag(after) || after == "-" && mag(after2) || mag(before) || before == "-" && mag(before2) {
            v += parse_digits(toks[k + 2].text(t)).unwrap_or(0.0) / 10.0;
            k += 2;
        }
    }
    (v, k)
}

/// `v * sc` without binary noise for large scales ("4.1 million" is 4100000, not 4099999.99…).
fn scaled(v: f64, sc: f64) -> f64 {
    let x = v * sc;
    if sc >= 1e3 && x.abs() < 1e15 {
        (x * 100.0).round() / 100.0
    } else {
        x
    }
}

/// A scale word standing alone after "first", "next", "another"...: "the first million buyers".
fn bare_scale(cx: &Ctx, j: usize) -> bool {
    j > 0
        && matches!(cx.low[j].as_str(), "million" | "billion")
        && !cx.toks[j].cap
        && matches!(cx.low[j - 1].as_str(), "first" | "next" | "last" | "another" | "extra" | "additional")
}

pub fn parse_digits(s: &str) -> Option<f64> {
    let s = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if s.is_empty() {
        return None;
    }
    let commas = s.matches(',').count();
    let cleaned: String = if commas > 0 {
        let groups: Vec<&str> = s.split(',').collect();
        let thousands = groups.iter().skip(1).all(|g| {
            g.len() == 3
                || g.starts_with(|c: char| c.is_ascii_digit())
                    && g.split('.').next().map(|x| x.len() == 3).unwrap_or(false)
        });
        if thousands {
            s.replace(',', "")
        } else if commas == 1 && !s.contains('.') {
            s.replace(',', ".")
        } else {
            s.replace(',', "")
        }
    } else {
        s.to_string()
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Should the number at tokens [a, b) be ignored (year, date, time, age, duration, name, rank)?
/// Numbers written somewhere in the text as a model with a variant code ("777-200LR",
/// "747-400F": digits, a hyphen, digits and capital letters), found in one pass.
fn model_numbers(t: &str) -> std::collections::HashSet<&str> {
    let mut out = std::collections::HashSet::new();
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(off) = t[i..].find('-') {
        let h = i + off;
        i = h + 1;
        let mut s = h;
        while s > 0 && b[s - 1].is_ascii_digit() {
            s -= 1;
        }
        if h - s < 3 || s > 0 && b[s - 1].is_ascii_alphanumeric() {
            continue;
        }
        let d = b[h + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let l = b[h + 1 + d..].iter().take_while(|c| c.is_ascii_uppercase()).count();
        let end = h + 1 + d + l;
        if d > 0 && l > 0 && b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric()) {
            out.insert(&t[s..h]);
        }
    }
    out
}

/// "1-888-987-4357", "020 7946 0018", "(555) 123-4567": a telephone number around byte `at`
/// (a run of digit groups joined by hyphens, spaces, dots or brackets, with at least seven
/// digits in three or more groups, not a spaced thousands number such as "2 000 000").
fn phone_number(t: &str, at: usize) -> bool {
    let b = t.as_bytes();
    let joiner = |c: u8| matches!(c, b'-' | b' ' | b'.' | b'(' | b')' | b'+');
    let mut s = at;
    while s > 0 && at - s < 40 && (b[s - 1].is_ascii_digit() || joiner(b[s - 1])) {
        s -= 1;
    }
    let mut e = at;
    while e < b.len() && e - at < 40 && (b[e].is_ascii_digit() || joiner(b[e])) {
        e += 1;
    }
    // (counted without collecting: this runs for every figure in the text)
    let mut groups = t[s..e].split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty());
    let Some(first) = groups.next() else { return false };
    let (mut n, mut digits, mut short_after, mut all_three) = (1, first.len(), false, true);
    for g in groups {
        n += 1;
        digits += g.len();
        short_after |= g.len() < 3;
        all_three &= g.len() == 3;
    }
    // ("6-4 7-6 6-3": set scores are groups of one or two digits; only a country or area code
    // opening the number may be that short, or any group after a trunk prefix: "0845 8 505 505")
    let trunk = first.len() >= 3 && first.starts_with('0');
    if n < 3 || digits < 7 || !trunk && short_after {
        return false;
    }
    let thousands = first.len() <= 3 && !first.starts_with('0') && all_three;
    !thousands
}

fn excluded(
    cx: &Ctx,
    num: &Num,
    start_word: bool,
    sport: &OnceCell<bool>,
    models: &std::collections::HashSet<&str>,
) -> bool {
    let low = &cx.low;
    let toks = cx.toks;
    let t = cx.t;
    let n = toks.len();
    let a = num.a;
    let b = num.b;
    let first = &low[a];
    let prev = if a > 0 { low[a - 1].as_str() } else { "" };
    let prev2 = if a > 1 { low[a - 2].as_str() } else { "" };
    let next = low.get(b).map(|s| s.as_str()).unwrap_or("");
    let next2 = low.get(b + 1).map(|s| s.as_str()).unwrap_or("");
    let is_num_tok = toks[a].kind == Kind::Num;
    // ("1 , 300": a spaced thousands group is no plain integer either)
    let plain_int = is_num_tok
        && !toks[a].text(t).contains([',', '.'])
        && toks[a].text(t).chars().all(|c| c.is_ascii_digit())
        && !(b > a + 2 && matches!(low[a + 1].as_str(), "," | ".") && toks[a + 2].kind == Kind::Num);
    if is_num_tok && phone_number(t, toks[a].s) {
        return true;
    }
    // "2d3", "A4" written inside a word: letters glued before the digits make a name or code
    if is_num_tok
        && a > 0
        && toks[a - 1].e == toks[a].s
        && toks[a - 1].text(t).chars().last().is_some_and(|c| c.is_ascii_alphabetic())
    {
        return true;
    }
    // "H.264", "v4.4.2", "v3.0": a version or codec number glued to a dot after a letter or digit
    if is_num_tok
        && a > 1
        && toks[a - 1].e == toks[a].s
        && low[a - 1] == "."
        && toks[a - 2].e == toks[a - 1].s
        && toks[a - 2].text(t).chars().last().is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return true;
    }
    // "my No. 1 job": a rank
    if is_num_tok && prev == "." && a > 1 && toks[a - 2].text(t) == "No" {
        return true;
    }
    // spaced times and dates of pre-tokenised text: "7 p . m .", "Oct . 15"
    if plain_int
        && num.unit.is_none()
        && (matches!(next, "a" | "p") && next2 == "." && low.get(b + 2).is_some_and(|w| w == "m")
            || prev == "."
                && matches!(
                    prev2,
                    "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec"
                ))
    {
        return true;
    }
    // "the 777-200LR", "Boeing's 777 plane": a model number, written somewhere in the article
    // with a variant code
    if plain_int && num.unit.is_none() && !num.tally && b == a + 1 && models.contains(toks[a].text(t)) {
        return true;
    }
    // "2+2=5": a formula, not a quantity
    let before = t[..toks[a].s].chars().next_back();
    // (the two characters after the number, read in place: this runs for every number)
    let mut rest = t[toks[b - 1].e..].chars();
    let (after1, after2) = (rest.next(), rest.next());
    let op = |c: char| matches!(c, '+' | '=' | '×' | '*');
    if is_num_tok
        && (before.is_some_and(|c| {
            op(c) || c == '-' && t[..toks[a].s].chars().rev().nth(1).is_some_and(|d| d.is_ascii_digit())
        }) || after1.is_some_and(|c| c == '=' || c == '×' || c == '*')
            || after1.is_some_and(op) && after2.is_some_and(|c| c.is_ascii_digit())
            || toks[b - 1].text(t).ends_with('+') && after1.is_some_and(|c| c.is_ascii_digit() || op(c)))
    {
        return true;
    }
    // year
    if plain_int && num.unit.is_none() && (1000.0..=2100.0).contains(&num.value) && !num.tally {
        return true;
    }
    if num.tally && plain_int && num.value >= 1900.0 {
        return true;
    }
    // bare "one" (determiner / pronoun) unless a scale follows or ratio
    // ("up to one gigabyte", "one tonne": a measured quantity stays)
    // ("between one and 100 gigabytes", "one or two players": a range is a quantity)
    if first == "one" && num.value == 1.0 && num.high.is_none() && num.unit.is_none() && !MEASURE_NOUNS.contains(&next)
    {
        return true;
    }
    if first == "one" && prev == "from" && next == "to" {
        return true;
    }
    if prev == "to" && prev2 == "one" {
        return true;
    }
    // dates / times: a month before or after the number; a short one ("May", "Jan") before it only
    // capitalised and before a day ("the May 6 vote"), not as a surname ("Brian May 6 ...")
    let month_day = LEX.months.contains(prev)
        && (prev.len() > 3
            || plain_int
                && num.unit.is_none()
                && (1.0..=31.0).contains(&num.value)
                && toks[a - 1].cap
                && !(a >= 2 && toks[a - 2].cap && LEX.first_names.contains(prev2)));
    if month_day || LEX.months.contains(next) && next.len() > 2 && num.unit.is_none() {
        return true;
    }
    // "from 4-6 March", "between 4 and 6 May": the first day of a date range
    if plain_int
        && num.unit.is_none()
        && matches!(next, "-" | "–" | "to" | "and")
        && toks.get(b + 1).is_some_and(|k| k.kind == Kind::Num)
        && low.get(b + 2).is_some_and(|w| w.len() > 2 && LEX.months.contains(w.as_str()))
    {
        return true;
    }
    // "the 18-35 age bracket", "16 age group": ages
    if num.unit.is_none() && num.value < 130.0 && matches!(next, "age" | "ages" | "age-group" | "age-groups") {
        return true;
    }
    if matches!(
        next,
        "gmt"
            | "bst"
            | "utc"
            | "am"
            | "pm"
            | "hrs"
            | "a.m."
            | "p.m."
            | "cet"
            | "est"
            | "edt"
            | "pst"
            | "local"
            | "o'clock"
    ) || next == ":"
        && low.get(b + 1).map(|_| toks.get(b + 1).map(|k| k.kind == Kind::Num).unwrap_or(false)).unwrap_or(false)
        || prev == ":" && a > 1 && toks[a - 2].kind == Kind::Num
    {
        return true;
    }
    // durations and ages
    let mut k = b;
    if low.get(k).map(|w| w == "-").unwrap_or(false) {
        k += 1;
    }
    if let Some(w) = low.get(k) {
        // ("12 hour's worth of computing power")
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        let w2 = low.get(k + 1).map(|s| s.as_str()).unwrap_or("");
        if num.unit.as_deref().map(|u| u != "percent").unwrap_or(true)
            && (TIME_UNITS.contains(&w)
                || w.starts_with("year-")
                || w.starts_with("month-")
                || w.starts_with("day-")
                || w.starts_with("week-")
                || w.starts_with("hour-")
                || w.starts_with("minute-")
                || TIME_ADJ.contains(&w) && TIME_UNITS.contains(&w2))
            && num.unit.is_none()
        {
            return true;
        }
    }
    if prev == "as" && matches!(prev2, "young" | "old") {
        return true;
    }
    // "within a year or two", "in a week or so": the second count of a duration
    if prev == "or" && TIME_UNITS.contains(&prev2) && num.unit.is_none() && !is_num_tok {
        return true;
    }
    // an age limit: "the voting age to 16", "the age of 18", "the age limit lowered to 17"
    if matches!(prev, "to" | "of" | "at" | "from" | "is" | "be")
        && num.unit.is_none()
        && num.value < 130.0
        && (a.saturating_sub(4)..a).any(|k| low[k] == "age")
    {
        return true;
    }
    // "raising the retirement age for public workers from 60 to 65": a wider window for a change
    // of age, within the sentence
    if matches!(prev, "to" | "from")
        && plain_int
        && num.unit.is_none()
        && (10.0..=120.0).contains(&num.value)
        && (a.saturating_sub(9)..a).any(|k| low[k] == "age" && cx.tok_sent[k] == cx.tok_sent[a])
    {
        return true;
    }
    // "has died in Germany at 50", "retired at 38": an age
    if prev == "at"
        && plain_int
        && num.unit.is_none()
        && num.value < 120.0
        && !matches!(next, "%" | "percent" | "-")
        && (a.saturating_sub(7)..a)
            .any(|k| matches!(low[k].as_str(), "died" | "dies" | "death" | "retired" | "retire" | "retiring"))
    {
        return true;
    }
    // "050505", "007": a leading zero makes a code or date, not a quantity
    if plain_int && toks[a].text(t).len() > 1 && toks[a].text(t).starts_with('0') {
        return true;
    }
    // "a 7610 phone": a model number before a singular product noun
    if plain_int
        && num.value > 1.0
        && num.unit.is_none()
        && matches!(
            next,
            "phone" | "handset" | "console" | "chip" | "processor" | "laptop" | "printer" | "camera" | "model" | "pc"
        )
    {
        return true;
    }
    // "finished second in 7.82", "a personal best of 20.94": a bare time with hundredths in a
    // sports report is a duration
    if is_num_tok
        && num.unit.is_none()
        && toks[a].text(t).split_once('.').is_some_and(|(x, y)| y.len() == 2 && !x.is_empty())
        && !toks.get(b).is_some_and(|k| k.kind == Kind::Word && !k.cap && !STOP_WHAT.contains(&next))
        && (a.saturating_sub(6)..a).any(|k| {
            matches!(
                low[k].as_str(),
                "in" | "best" | "time" | "clocked" | "clocking" | "timed" | "record" | "finished" | "won" | "winning"
            )
        })
        && *sport.get_or_init(|| crate::entities::is_sport(cx.t, cx.toks))
    {
        return true;
    }
    if prev == "aged"
        || prev == "age"
        || prev == "ages"
        || prev == "of" && prev2 == "ages"
        // "aged between 18 and 34", "aged from 16 to 24"
        || matches!(prev, "between" | "from" | "under" | "over") && matches!(prev2, "aged" | "ages")
        // "an 18 certificate": an age rating
        || next == "certificate" && num.unit.is_none()
        // "Britain's under 14 boys", "the under-21 side": an age group
        || prev == "under"
            && num.unit.is_none()
            && matches!(
                next,
                "boys" | "girls" | "side" | "team" | "squad" | "players" | "international" | "internationals" | "level" | "champions"
            )
        || prev == "and"
            && prev2.parse::<f64>().is_ok()
            && a > 3
            && matches!(low[a - 3].as_str(), "ages" | "of" | "between" | "aged")
        || matches!(prev, "and" | "or" | ",")
            && num.unit.is_none()
            && a > 3
            && (a.saturating_sub(6)..a - 1).any(|k| low[k] == "aged")
            && (a.saturating_sub(6)..a)
                .all(|k| toks[k].kind == Kind::Num || matches!(low[k].as_str(), "aged" | "and" | "or" | ","))
    {
        return true;
    }
    // "the average age of our staff was 23", "Michelle was 29 when we hired her": ages
    if plain_int && num.unit.is_none() && num.value < 120.0 && matches!(prev, "was" | "is" | "were" | "turned") {
        let age_subject = (a.saturating_sub(7)..a).any(|k| matches!(low[k].as_str(), "age" | "ages"));
        let person_when = next == "when"
            && a >= 2
            && (cx
                .mention_ent(a - 2)
                .is_some_and(|(id, _, _)| cx.ents.ents[id].kind == crate::entities::EKind::Person)
                || toks[a - 2].cap && LEX.first_names.contains(low[a - 2].as_str()));
        if age_subject || person_when {
            return true;
        }
    }
    // "5 1/2 years": a duration with a fraction
    let fraction_then = |k: usize| {
        toks.get(k).is_some_and(|x| x.kind == Kind::Num)
            && low.get(k + 1).is_some_and(|w| w == "/")
            && toks.get(k + 2).is_some_and(|x| x.kind == Kind::Num)
    };
    if plain_int && fraction_then(b) && low.get(b + 3).is_some_and(|w| TIME_UNITS.contains(&w.as_str())) {
        return true;
    }
    // ", 45," after a capitalised name (age)
    if prev == "," && next == "," && num.value < 120.0 && num.unit.is_none() && a >= 2 && toks[a - 2].cap {
        return true;
    }
    // "The England international, 24, was hurt": an age after a person noun
    if prev == ","
        && next == ","
        && plain_int
        && a >= 2
        && toks[a - 2].kind == Kind::Word
        && ((14.0..110.0).contains(&num.value)
            && (PERSON_NOUNS.contains(&low[a - 2].as_str()) || LEX.speaker_nouns.contains(low[a - 2].as_str()))
            // "her daughter, 11,", "a boy, 4,": children have young ages
            || (1.0..110.0).contains(&num.value)
                && matches!(
                    low[a - 2].as_str(),
                    "son" | "daughter" | "child" | "boy" | "girl" | "baby" | "toddler" | "grandson" | "granddaughter"
                        | "brother" | "sister" | "nephew" | "niece" | "stepson" | "stepdaughter" | "pupil"
                ))
    {
        return true;
    }
    // "9/11", "24/7", odds of "7/4": dates, slogans and fractions
    let glued = |x: usize, y: usize| toks[x].e == toks[y].s;
    if plain_int
        && (next == "/" && b + 1 < n && toks[b + 1].kind == Kind::Num && glued(b - 1, b) && glued(b, b + 1)
            || prev == "/" && a >= 2 && toks[a - 2].kind == Kind::Num && glued(a - 2, a - 1) && glued(a - 1, a))
    {
        return true;
    }
    // "said Hollins, 53." / "said Hollins, 53:": an age closing the speaker's name ("her son's
    // killer, Warren Leblanc, 17 - who was jailed": or before an aside)
    if prev == ","
        && matches!(next, "." | ":" | ";" | "-" | "–" | "—" | "and" | "who" | ")")
        && num.value < 120.0
        && num.value.fract() == 0.0
        && num.unit.is_none()
        && a >= 3
        && toks[a - 2].cap
        && cx.mention_ent(a - 2).is_some_and(|(id, _, _)| cx.ents.ents[id].kind == crate::entities::EKind::Person)
    {
        return true;
    }
    // "reached numbers 19 and 10 in the chart": the second of two chart positions
    if prev == "and" && a >= 3 && toks[a - 2].kind == Kind::Num && low[a - 3] == "numbers" {
        return true;
    }
    // "on hour 11 of watching", "day 3 of the trial", "lap 20": a position in a sequence
    if matches!(prev, "hour" | "day" | "week" | "stage" | "round" | "lap" | "hole" | "game" | "leg" | "act" | "scene")
        // ("on day two of the competition")
        && (plain_int || toks[a].kind == Kind::Word && b == a + 1 && word_value(first).is_some())
        && num.unit.is_none()
        && (toks.get(b).is_none_or(|k| k.kind != Kind::Word)
            || matches!(next, "of" | "and" | "or" | "in" | "on" | "at"))
    {
        return true;
    }
    // "expects sales to top 500,000", "could top $1bn": the verb "top" sets a floor (see
    // `qualifier`), not a rank
    let top_verb = prev == "top" && tops_as_verb(prev2);
    // "80mg per 100ml of blood", "per 100,000 people": the denominator of a rate
    if prev == "per" {
        return true;
    }
    // "the back four", "a back three": a defensive line in a sports report
    if prev == "back" && prev2 == "the" && matches!(first.as_str(), "three" | "four" | "five") {
        return true;
    }
    // rank / numbering / names
    if !top_verb
        && matches!(
            prev,
            "number"
                | "numbers"
                | "no"
                | "top"
                | "page"
                | "room"
                | "channel"
                | "article"
                | "section"
                | "chapter"
                | "level"
                | "flight"
                | "route"
                | "platform"
                | "seed"
                | "ranked"
                | "version"
                | "model"
                | "size"
                | "grade"
                | "division"
                | "series"
                | "episode"
                | "world"
        )
        && num.unit.is_none()
    {
        return true;
    }
    if matches!(next, "in" | "on")
        && next2 == "the"
        && low.get(b + 2).map(|w| w == "world" || w == "rankings").unwrap_or(false)
    {
        return true;
    }
    if is_num_tok && a > 0 && num.unit.is_none() && !num.vague {
        let pt = toks[a - 1];
        // attached to a capitalised word: "BBC Radio 2", "PMC-100", "Half-Life 2"
        let direct_cap = pt.kind == Kind::Word
            && pt.cap
            && !LEX.months.contains(prev)
            && !start_word
            && !matches!(
                prev,
                "some"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "over"
                    | "under"
                    | "up"
                    | "more"
                    | "than"
                    | "and"
                    | "the"
                    | "at"
                    | "to"
                    | "by"
                    | "of"
                    | "only"
                    | "just"
                    | "another"
                    | "all"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "your"
                    | "with"
                    | "from"
                    | "were"
                    | "was"
                    | "in"
                    | "on"
                    | "a"
                    | "an"
            );
        let not_sentence_start = a >= 2 && !matches!(low[a - 2].as_str(), "." | "\"" | "!" | "?" | ":");
        // at a sentence start only a name: "Spider-Man 2 is out", "Nokia 6600 sales"
        let ptxt = pt.text(t);
        // a sentence-opening word that is no function word or adverb names a title ("Halo 2
        // won", "Radio 1 said", "Doom 3 was developed")
        let title_start = plain_int
            && !SENT_START_OK.contains(&prev)
            && !prev.ends_with("ly")
            && !prev.ends_with("ing")
            && !LEX.months.contains(prev);
        let name_like = ptxt.split_once('-').is_some_and(|(_, y)| y.starts_with(|c: char| c.is_uppercase()))
            || cx.mention_ent(a - 1).is_some_and(|(_, _, l)| l == a)
            || title_start;
        if direct_cap && (not_sentence_start || a == 1 || name_like) && !cx.toks[a - 1].text(t).ends_with("'s") {
            return true;
        }
        if (prev == "-" || prev == "/")
            && a > 1
            && toks[a - 2].kind == Kind::Word
            && toks[a - 2].cap
            && toks[a - 2].e == pt.s
        {
            return true;
        }
    }
    // capitalised number word inside a name ("Fantastic Four", "Radio Five Live", "Six Nations")
    if toks[a].kind == Kind::Word && toks[a].cap && !start_word {
        return true;
    }
    // number glued to a following name ("2 Wikid Records"), unless it counts a noun phrase the
    // name only modifies ("the 24 Oscar categories", "300 Department of Health posts") or its
    // grouped digits and a qualifier make it a quantity ("About 800,000 Tutsis")
    if is_num_tok
        && num.unit.is_none()
        && !counts_capitalised_phrase(cx, a, b)
        && toks
            .get(b)
            .map(|k| {
                k.kind == Kind::Word
                    && k.cap
                    && t[toks[b - 1].e..k.s] == *" "
                    && !(k.text(t).ends_with('s')
                        && k.text(t)[..k.text(t).len() - 1].chars().all(|c| c.is_ascii_uppercase()))
            })
            .unwrap_or(false)
        && !LEX.demonyms.contains_key(next)
        && !LEX.places.contains_key(next)
        && !LEX.months.contains(next)
        // "70 Hong Kong stars", "seven Spike Lee films": a place or person heading a noun phrase
        && !cx.mention_ent(b).is_some_and(|(id, first, last)| {
            first == b
                && match cx.ents.ents[id].kind {
                    // (not an address: "10 Downing Street")
                    crate::entities::EKind::Place => !matches!(
                        low[last - 1].as_str(),
                        "street" | "road" | "avenue" | "lane" | "square" | "place" | "terrace" | "drive"
                    ),
                    crate::entities::EKind::Person => {
                        toks.get(last).is_some_and(|k| k.kind == Kind::Word && !k.cap)
                    }
                    _ => false,
                }
        })
    {
        return true;
    }
    // coordinated ages/durations: "16 and 17-year-olds", "two or three days" (not a score
    // followed by a duration: "at 1-1 and two minutes left")
    if !num.tally && matches!(next, "and" | "or" | "to") && {
        let mut k = b + 2;
        if low.get(k).map(|w| w == "-").unwrap_or(false) {
            k += 1;
        }
        low.get(k).map(|w| TIME_UNITS.contains(&w.as_str()) || w.starts_with("year-")).unwrap_or(false)
            // "a five or six-year-old": the second number carries the age
            || low.get(b + 1).is_some_and(|w| w.contains("-year-old") || w.ends_with("-year"))
    } {
        return true;
    }
    // "when he was just 14,": an age after a personal subject and "was/is/turned"
    if plain_int && num.unit.is_none() && (1.0..=110.0).contains(&num.value) && {
        let mut k = a;
        while k > 0
            && matches!(low[k - 1].as_str(), "just" | "only" | "still" | "barely" | "then" | "nearly" | "almost")
        {
            k -= 1;
        }
        // ("she might be 33 next month")
        let modal_be = k >= 3
            && low[k - 1] == "be"
            && matches!(low[k - 2].as_str(), "might" | "will" | "would" | "could" | "may" | "must")
            && matches!(low[k - 3].as_str(), "he" | "she" | "i" | "they" | "we");
        // ("She's 17, has an amazing voice": the contracted form)
        let contracted = k >= 1 && matches!(low[k - 1].as_str(), "he's" | "she's" | "he’s" | "she’s");
        (modal_be
            || contracted
            || k >= 2
                && matches!(low[k - 1].as_str(), "was" | "is" | "turned" | "turns")
                && (matches!(low[k - 2].as_str(), "he" | "she" | "i" | "they" | "we" | "who")
                    || cx
                        .mention_ent(k - 2)
                        .is_some_and(|(id, _, _)| cx.ents.ents[id].kind == crate::entities::EKind::Person)))
            && (modal_be
                || toks.get(b).is_none_or(|x| x.kind == Kind::Punct)
                || matches!(next, "when" | "and" | "but" | "at" | "in"))
    } {
        return true;
    }
    // "the last eight", "top five" (rounds and ranks) when no noun follows
    if !top_verb
        && matches!(prev, "last" | "top" | "final" | "bottom")
        && toks
            .get(b)
            .map(|k| k.kind != Kind::Word || matches!(next, "in" | "of" | "at" | "on" | "and" | "for" | "to" | "with"))
            .unwrap_or(true)
    {
        return true;
    }
    // list numbering at line start: "1." "2)"
    if is_num_tok && (next == "." || next == ")") && opens_line(t, toks[a].s) {
        return true;
    }
    if n == 0 {
        return true;
    }
    false
}

/// Nouns for people that an age may follow: "the England international, 24,".
const PERSON_NOUNS: &[&str] = &[
    "international",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "forward",
    "full-back",
    "fly-half",
    "scrum-half",
    "prop",
    "lock",
    "flanker",
    "centre",
    "batsman",
    "bowler",
    "all-rounder",
    "sprinter",
    "athlete",
    "runner",
    "swimmer",
    "cyclist",
    "boxer",
    "jockey",
    "golfer",
    "rapper",
    "musician",
    "guitarist",
    "drummer",
    "comedian",
    "presenter",
    "model",
    "author",
    "writer",
    "novelist",
    "poet",
    "painter",
    "artist",
    "veteran",
    "teenager",
    "youngster",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "man",
    "woman",
    "boy",
    "girl",
    "student",
    "pensioner",
    "driver",
    "rider",
    "champion",
    "skipper",
    "captain",
    "winner",
    "partner",
    "girlfriend",
    "boyfriend",
    "actor",
    "actress",
    "singer",
    "star",
    "player",
    "coach",
    "manager",
    "director",
    "producer",
];

/// Words that may open a sentence before a bare number that is a quantity ("About 80", "In 12").
const SENT_START_OK: &[&str] = &[
    "the",
    "in",
    "about",
    "some",
    "by",
    "at",
    "a",
    "an",
    "only",
    "almost",
    "but",
    "between",
    "for",
    "on",
    "since",
    "around",
    "during",
    "from",
    "over",
    "another",
    "and",
    "until",
    "under",
    "nearly",
    "all",
    "just",
    "after",
    "aged",
    "throughout",
    "come",
    "meanwhile",
    "as",
    "when",
    "whilst",
    "while",
    "before",
    "unlike",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "these",
    "those",
    "with",
    "of",
    "to",
    "up",
    "more",
    "fewer",
    "less",
    "perhaps",
    "maybe",
    "well",
    "estimated",
    "if",
    "so",
    "yet",
    "then",
    "now",
    "today",
    "yesterday",
    "last",
    "this",
    "that",
    "every",
    "each",
    "even",
    "than",
    "also",
    "still",
    "already",
    "least",
    "most",
    "like",
    "despite",
    "although",
    "though",
    "because",
    "where",
    "what",
    "how",
    "why",
    "whether",
    "once",
    "plus",
    "both",
    "either",
    "neither",
    "nor",
    "or",
    "there",
    "here",
    "overall",
    "altogether",
    "another",
    "just",
    "nearly",
    "roughly",
    "exactly",
    "barely",
    "some",
    "many",
    "several",
    "few",
    "first",
    "next",
    "further",
    "another",
    "extra",
    "against",
    "beyond",
    "within",
    "without",
    "among",
    "amid",
    "via",
    "per",
    "towards",
    "toward",
    "into",
    "onto",
    "upon",
    "above",
    "below",
    "near",
    "inside",
    "outside",
    "through",
    "across",
    "along",
    "behind",
    "beside",
    "besides",
    "except",
    "instead",
    "rather",
    "indeed",
    "however",
    "moreover",
    "thus",
    "hence",
    "therefore",
    "again",
    "soon",
    "later",
    "earlier",
    "recently",
    "currently",
    "previously",
    "originally",
    "initially",
    "eventually",
    "finally",
    "ultimately",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "otherwise",
    "never",
    "not",
    "no",
    "nor",
    "anyway",
    "ever",
    "almost",
    "approximately",
    "possibly",
    "probably",
    "potentially",
    "reportedly",
    "apparently",
    "usually",
    "typically",
    "generally",
    "only",
    "twice",
    "half",
    "those",
    "whose",
    "which",
    "who",
    "whom",
    "it",
    "we",
    "they",
    "he",
    "she",
    "i",
    "you",
];

/// Measure nouns after "one" that make it a quantity, not a determiner.
const MEASURE_NOUNS: &[&str] = &[
    "gigabyte",
    "megabyte",
    "terabyte",
    "kilobyte",
    "megabit",
    "gigabit",
    "tonne",
    "ton",
    "kilogram",
    "kilo",
    "gram",
    "litre",
    "liter",
    "gallon",
    "barrel",
    "metre",
    "meter",
    "kilometre",
    "kilometer",
    "mile",
    "acre",
    "hectare",
    "megawatt",
    "gigawatt",
    "kilowatt",
    "percent",
];

const APPROX: &[&str] = &[
    "around",
    "about",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "approx",
    "estimated",
    "circa",
    "c",
    "virtually",
    "near",
    "nigh",
    "round",
];

/// The bound "or more", "or above", "or under" ... puts on the number before it.
fn or_bound(w: &str) -> Option<&'static str> {
    match w {
        "more" | "above" | "over" | "higher" => Some("at least"),
        "less" | "fewer" | "below" | "under" | "lower" => Some("at most"),
        _ => None,
    }
}

/// "200 megabytes of traffic or more were seen": "or more" after the counted noun phrase.
fn or_more_after_noun(cx: &Ctx, num: &Num) -> Option<&'static str> {
    let n = cx.toks.len();
    // "$75,000 (£39,000) or above": the bound after a bracketed conversion holds for both values
    {
        let mut k = num.b;
        if cx.low.get(k).is_some_and(|w| w == "(") {
            k = (k + 1..n.min(k + 8)).find(|&x| cx.low[x] == ")").map_or(k, |x| x + 1);
        } else if cx.low.get(k).is_some_and(|w| w == ")") {
            k += 1;
        }
        if k > num.b && k + 1 < n && cx.low[k] == "or" {
            if let Some(q) = or_bound(&cx.low[k + 1]) {
                return Some(q);
            }
        }
    }
    // "30 centimetres at most", "10 to 30 centimetres high at most": a bound closing the phrase
    {
        let mut k = num.b;
        while k < n && k < num.b + 2 && cx.toks[k].kind == Kind::Word && !cx.toks[k].cap && cx.low[k] != "at" {
            k += 1;
        }
        if k + 1 < n && cx.low[k] == "at" {
            let closes = cx.toks.get(k + 2).is_none_or(|t| t.kind == Kind::Punct);
            match cx.low[k + 1].as_str() {
                "most" if closes => return Some("at most"),
                "least" if closes => return Some("at least"),
                _ => {}
            }
        }
    }
    let mut k = num.b;
    while k < n && k < num.b + 5 && cx.toks[k].kind == Kind::Word && !cx.toks[k].cap && cx.low[k] != "or" {
        if !(k == num.b || cx.low[k] == "of" || cx.low[k - 1] == "of") {
            return None;
        }
        k += 1;
    }
    if k == num.b || k + 1 >= n || cx.low[k] != "or" {
        return None;
    }
    let after = cx.low.get(k + 2).map(|w| w.as_str()).unwrap_or(".");
    let closes = cx.toks.get(k + 2).is_none_or(|t| t.kind == Kind::Punct)
        || matches!(
            after,
            "were" | "are" | "was" | "is" | "have" | "had" | "will" | "would" | "in" | "a" | "each" | "per"
        );
    match cx.low[k + 1].as_str() {
        "more" if closes => Some("at least"),
        "so" if closes => Some("approximately"),
        "fewer" | "less" if closes => Some("at most"),
        _ => None,
    }
}

fn qualifier(cx: &Ctx, a: usize) -> &'static str {
    // "at least A$800,000": look before a country prefix glued to the dollar sign
    let a = if dollar_prefix(cx, a).is_some() { a - 1 } else { a };
    let low = &cx.low;
    let mut i = a;
    if i > 0 && currency_sym(low[i - 1].as_str()).is_some() {
        i -= 1;
    }
    while i > 0 && matches!(low[i - 1].as_str(), "\"" | "“" | "(") {
        i -= 1;
    }
    if i > 1 && low[i - 1] == "-" && low[i - 2] == "near" {
        return "approximately";
    }
    // "around an 80% success rate", "about a 5% rise": an article between the word and the figure
    // (not "turned around a 15-6 deficit", "roam around a 133-hectare ranch")
    if i > 1
        && matches!(low[i - 1].as_str(), "a" | "an")
        && (matches!(low[i - 2].as_str(), "about" | "roughly" | "approximately" | "nearly" | "almost")
            || low[i - 2] == "around"
                && i > 2
                && matches!(
                    low[i - 3].as_str(),
                    "with" | "of" | "has" | "have" | "had" | "is" | "was" | "are" | "were" | "at" | "by" | "for"
                ))
    {
        return "approximately";
    }
    let w1 = if i > 0 { low[i - 1].as_str() } else { "" };
    let w2 = if i > 1 { low[i - 2].as_str() } else { "" };
    let w3 = if i > 2 { low[i - 3].as_str() } else { "" };
    // "took more than the expected $18m", "less than the forecast 2%": the bound is on the
    // expectation's value
    if w2 == "the" && matches!(w1, "expected" | "forecast" | "predicted" | "anticipated" | "hoped-for") && w3 == "than"
    {
        return qualifier(cx, i - 2);
    }
    // "pushed rates up to 2.25%", "rose up to $1.3270": a movement (with its object) ending at a
    // level
    if w1 == "to" && w2 == "up" {
        let mover = |x: &str| {
            MOVES.contains(&x)
                || matches!(x, "push" | "pushed" | "pushes" | "pushing" | "went" | "moved" | "gone" | "risen" | "sent")
        };
        // (an object of up to three words between: "helped push their 2004 earnings up to $43.1m")
        if mover(w3)
            || w3 != "by"
                && (i.saturating_sub(6)..i.saturating_sub(3)).rev().any(|k| {
                    mover(low[k].as_str())
                        && !matches!(low[k].as_str(), "up" | "down")
                        && (k + 1..i - 2).all(|x| cx.toks[x].kind != Kind::Punct && low[x] != "by")
                })
        {
            return "exact";
        }
    }
    // "an estimated debt of N", "an estimated total annual cost of N", "is estimated to be
    // worth N"
    if matches!(w1, "of" | "worth" | "be") && i >= 3 {
        let lim = i.saturating_sub(5);
        let mut k = i - 1;
        while k > lim && cx.toks[k - 1].kind == Kind::Word && !cx.toks[k - 1].cap {
            k -= 1;
            if low[k] == "estimated" && k + 2 < i {
                return "approximately";
            }
            if matches!(low[k].as_str(), "of" | "the" | "and" | "was" | "is" | "are" | "were") {
                break;
            }
        }
    }
    // "data rates up to a maximum of 14Mbps"
    if (w2, w1) == ("maximum", "of") && i >= 5 && low[i - 3] == "a" && low[i - 4] == "to" && low[i - 5] == "up" {
        return "up to";
    }
    match (w3, w2, w1) {
        ("no", "fewer", "than")
        | ("no", "less", "than")
        | (_, "at", "least")
        | (_, "minimum", "of")
        | ("as", "little", "as")
        | ("as", "low", "as")
        | ("as", "few", "as") => "at least",
        ("no", "more", "than")
        | ("not", "more", "than")
        | (_, "at", "most")
        | (_, "maximum", "of")
        | (_, "capped", "at")
        | (_, "limited", "to")
        | (_, "capped", "to") => "at most",
        (_, "more", "than")
        | (_, "greater", "than")
        | (_, "in", "excess")
        | (_, "upwards", "of")
        | (_, "just", "over")
        | (_, "well", "over")
        | ("in", "excess", "of") => "more than",
        (_, "less", "than")
        | (_, "fewer", "than")
        | (_, "just", "under")
        | (_, "well", "under")
        | (_, "just", "below") => "less than",
        (_, "up", "to") | ("as", "many", "as") | ("as", "much", "as") => "up to",
        (_, "close", "to")
        | ("estimated", "worth", "of")
        | ("estimated", "value", "of")
        | ("estimated", "total", "of")
        | (_, "estimated", "at")
        | ("estimated", "to", "be")
        | (_, "an", "estimated")
        | (_, "some", "estimated")
        | (_, "something", "like")
        | ("more", "or", "less")
        | ("in", "the", "region")
        | ("the", "region", "of")
        | ("of", "the", "order")
        | ("the", "order", "of") => "approximately",
        // "slotted over four penalties", "kicked over two conversions": a kick goes over the bar
        (_, "slotted" | "kicked" | "knocked" | "stroked" | "landed" | "popped", "over") => "exact",
        _ => match w1 {
            "over" | "above" | "exceeding" | "exceed" | "exceeds" | "exceeded" | "surpass" | "surpassed" | "beyond" => {
                "more than"
            }
            // "predicted to top a billion US dollars", "sales topped $1bn" (not "the top 10")
            "topped" => "more than",
            "top" | "tops" if tops_as_verb(w2) => "more than",
            "under" | "below" => "less than",
            w if APPROX.contains(&w) => "approximately",
            _ => "exact",
        },
    }
}

const STOP_WHAT: &[&str] = &[
    "in", "on", "at", "by", "to", "from", "for", "and", "or", "but", "with", "than", "as", "since", "after", "before",
    "over", "under", "during", "while", "when", "which", "that", "who", "were", "was", "are", "is", "be", "been",
    "have", "has", "had", "will", "would", "could", "should", "can", "may", "might", "last", "this", "next", "a", "an",
    "the", "into", "per", "each", "compared", "against", "between", "among", "up", "down", "year", "month", "week",
    "so", "if", "of", "it", "its", "their", "his", "her", "they", "he", "she", "we", "you", "i", "not", "also", "just",
    "only", "more", "less", "about", "around", "already", "still", "now", "then", "there", "here",
];
const VERBISH: &[&str] = &[
    "rose",
    "fell",
    "rise",
    "fall",
    "rises",
    "falls",
    "jumped",
    "dropped",
    "grew",
    "increased",
    "decreased",
    "climbed",
    "slumped",
    "soared",
    "plunged",
    "gained",
    "lost",
    "reached",
    "hit",
    "totalled",
    "totaled",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "up",
    "down",
    "by",
    "to",
    "of",
    "at",
    "from",
    "than",
    "and",
    "some",
    "around",
    "about",
    "nearly",
    "almost",
    "more",
    "less",
    "over",
    "under",
    "least",
    "most",
    "just",
    "only",
    "a",
    "an",
    "the",
    "had",
    "has",
    "have",
    "will",
    "would",
    "said",
    "says",
    "with",
    "for",
    "in",
    "on",
    "its",
    "their",
    "his",
    "her",
    "it",
    "they",
    "estimated",
    "expected",
    "forecast",
    "worth",
    "value",
    "valued",
    "cost",
    "costs",
    "paid",
    "pay",
    "earned",
    "made",
    "make",
    "makes",
    "generated",
    "raised",
    "sold",
    "bought",
    "spent",
    "saw",
    "sees",
    "see",
    "came",
    "come",
    "comes",
    "stood",
    "stands",
    "came",
    "give",
    "gives",
    "gave",
    "giving",
    "taking",
    "take",
    "took",
    "get",
    "got",
    "put",
    "offer",
    "offering",
    "offered",
    "record",
    "recorded",
    "report",
    "reported",
    "post",
    "posted",
    "posting",
    "announced",
    "showed",
    "shows",
    "show",
    "expects",
    "predicts",
    "predicted",
    "up",
    "there",
    "when",
    "that",
    "which",
    "this",
    "these",
    "those",
    "all",
    "another",
    "other",
    "another",
    "total",
    "overall",
    "nearly",
    "roughly",
    "approximately",
    "or",
    "as",
    "many",
    "much",
    "no",
    "not",
    "after",
    "before",
    "since",
    "into",
    "onto",
];
const CASUALTY: &[&str] = &[
    "killing",
    "killed",
    "injuring",
    "injured",
    "wounding",
    "wounded",
    "leaving",
    "died",
    "dead",
    "hurt",
    "arrested",
    "detained",
    "evacuated",
    "displaced",
    "rescued",
    "missing",
];

/// Verbs whose subject is the measured thing: "sales rose 5%", "profits were $2bn", "fines
/// totalling $1.7m", "December sales down 0.7%".
const LEVEL_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "jumped",
    "jump",
    "jumps",
    "jumping",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "climbed",
    "climb",
    "climbs",
    "climbing",
    "slid",
    "slide",
    "slides",
    "sliding",
    "sank",
    "sink",
    "sinks",
    "sinking",
    "sunk",
    "surged",
    "surge",
    "surges",
    "surging",
    "soared",
    "soar",
    "soars",
    "soaring",
    "plunged",
    "plunge",
    "plunges",
    "plunging",
    "plummeted",
    "slumped",
    "slump",
    "slumps",
    "tumbled",
    "tumble",
    "increased",
    "increase",
    "increases",
    "increasing",
    "decreased",
    "decrease",
    "decreasing",
    "declined",
    "decline",
    "declines",
    "declining",
    "shrank",
    "shrink",
    "shrinks",
    "shrinking",
    "shrunk",
    "expanded",
    "expand",
    "expands",
    "expanding",
    "rebounded",
    "edged",
    "dipped",
    "dip",
    "eased",
    "ease",
    "advanced",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "stood",
    "stands",
    "stand",
    "standing",
    "totalled",
    "totaled",
    "totalling",
    "totaling",
    "total",
    "totals",
    "reached",
    "reach",
    "reaches",
    "reaching",
    "hit",
    "hits",
    "amounted",
    "amounts",
    "amount",
    "amounting",
    "peaked",
    "topped",
    "exceeded",
    "exceed",
    "exceeds",
    "exceeding",
    "up",
    "down",
    "cost",
    "costs",
    "costing",
    "worth",
    "numbered",
    "number",
    "numbering",
    "remain",
    "remains",
    "remained",
    "stay",
    "stays",
    "stayed",
    "slow",
    "slows",
    "slowed",
    "slowing",
    "accelerate",
    "accelerated",
    "accelerating",
];
/// Auxiliaries and raising words between a subject and its level verb ("the economy is now
/// expected to grow by 5.7%").
const LEVEL_AUX: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "should",
    "can",
    "to",
    "now",
    "also",
    "still",
    "already",
    "expected",
    "forecast",
    "predicted",
    "projected",
    "set",
    "likely",
    "due",
    "not",
    "just",
    "only",
    "again",
    "seen",
    "estimated",
    "thought",
    "believed",
    "said",
    "reported",
    "trading",
    "closing",
];
/// Words after a number that describe a change, not the counted thing ("9.3% higher").
const COMPARATIVES: &[&str] = &[
    "higher", "lower", "bigger", "smaller", "greater", "larger", "cheaper", "dearer", "faster", "slower", "better",
    "worse", "ahead", "behind", "clear", "short", "above", "below", "lead", "stronger", "weaker", "richer", "poorer",
    "longer", "shorter", "older", "younger", "away", "apart", "off", "out", "back", "ago", "later", "earlier",
];
/// Plural nouns without an "-s" that end the counted phrase ("50,000 children live ...").
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "cattle",
    "sheep",
    "fish",
    "aircraft",
    "feet",
    "teeth",
    "mice",
    "personnel",
    "crew",
    "livestock",
    "geese",
    "folk",
    "youngsters",
    "data",
    "media",
];
/// Irregular verb forms that cannot head the counted phrase ("over £1,000 came in").
const FWD_VERBS: &[&str] = &[
    "came", "went", "goes", "go", "come", "comes", "got", "gets", "took", "takes", "made", "makes", "gave", "gives",
    "rose", "fell", "grew", "won", "lost", "left", "stood", "sat", "ran", "saw", "knew", "thought", "felt", "kept",
    "began", "became", "brought", "bought", "sold", "paid", "spent", "told", "said", "say", "says", "did", "does",
    "do", "get", "make", "take", "need", "needs", "want", "wants", "live", "lives", "work", "works",
];
/// Adverbs that end the counted phrase ("the 5m barrier soon").
const ADVERBS: &[&str] = &[
    "soon",
    "too",
    "very",
    "yet",
    "ever",
    "even",
    "instead",
    "again",
    "already",
    "still",
    "now",
    "then",
    "today",
    "yesterday",
    "tomorrow",
    "altogether",
    "apiece",
    "each",
    "respectively",
    "alone",
    "ago",
    "later",
    "earlier",
];
/// Pronouns and other words that never name the counted thing.
const NOT_WHAT: &[&str] = &[
    "them",
    "those",
    "these",
    "us",
    "him",
    "me",
    "which",
    "what",
    "whom",
    "whose",
    "rather",
    "say",
    "usual",
    "such",
    "said",
    "whereas",
    "compared",
    "instead",
    "respectively",
    "alone",
    "each",
    "both",
    "either",
    "all",
    "every",
    "own",
    "mid",
    "total",
    "overall",
    "combined",
    "together",
    "tune",
    "half",
    "third",
    "quarter",
    "fraction",
    "currently",
    "worth",
    "close",
];

/// Could token `k` be a (lower-case) noun naming a measured thing? Sentence-initial capitalised
/// common words count ("Shareholders lost ..."), names do not.
fn nounish(cx: &Ctx, k: usize) -> bool {
    let tk = cx.toks[k];
    let w = cx.low[k].as_str();
    if tk.kind != Kind::Word || w.len() < 3 {
        return false;
    }
    if tk.cap {
        let initial = k == 0 || matches!(cx.low[k - 1].as_str(), "." | "\"" | "“" | "!" | "?" | ":");
        if !initial || cx.mention_ent(k).is_some() || LEX.demonyms.contains_key(w) {
            return false;
        }
    }
    let txt = tk.text(cx.t);
    !(NOT_NOUN.contains(w)
        || LEX.months.contains(w)
        || w.ends_with("ly")
        || w.ends_with("ing")
        || w.ends_with("ed") && !matches!(w, "speed" | "seed" | "need" | "bed" | "greed" | "breed")
        || txt.contains(['\'', '’'])
        || txt.chars().any(|c| c.is_ascii_digit())
        || txt.split('-').skip(1).any(|p| p.starts_with(|c: char| c.is_uppercase())))
}

/// Every word [`nounish`] rejects by list, in one set (it is called often per claim).
static NOT_NOUN: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut set: HashSet<&'static str> =
        [STOP_WHAT, NOT_WHAT, LEVEL_VERBS, LEVEL_AUX, COMPARATIVES, FWD_VERBS, TIME_UNITS]
            .iter()
            .flat_map(|l| l.iter().copied())
            .collect();
    // units and scales name no counted thing ("by 0.27 percentage points to 5.8%")
    set.extend([
        "percent",
        "percentage",
        "points",
        "point",
        "pence",
        "cents",
        "dollars",
        "pounds",
        "euros",
        "million",
        "billion",
        "thousand",
        "trillion",
        "hundred",
        "dozen",
        "times",
        "metres",
        "meters",
    ]);
    set.extend(
        VERBISH
            .iter()
            .copied()
            .filter(|w| !matches!(*w, "value" | "cost" | "costs" | "record" | "report" | "offer" | "pay")),
    );
    set
});

/// A noun phrase ending at token `k` (a noun) with up to two lower-case modifiers before it
/// ("gross domestic product", "weekly payment", "same store sales").
fn np_ending_at(cx: &Ctx, k: usize) -> String {
    let mut s = k;
    while s > 0
        && k - s < 2
        && !cx.toks[s - 1].cap
        && nounish(cx, s - 1)
        && !VERBISH.contains(&cx.low[s - 1].as_str())
        && !LEX.report_verbs.contains(cx.low[s - 1].as_str())
        && cx.toks[s - 1].e + 1 >= cx.toks[s].s
    {
        s -= 1;
    }
    (s..=k).map(|x| cx.toks[x].text(cx.t)).collect::<Vec<_>>().join(" ")
}

/// The subject of a level verb or the noun before "of"/"at"/"to" right before the number
/// ("profits of A$35.1m", "sales jumping 28%", "the economy is expected to grow by 5.7%"); `None`
/// when the words before name the payer, buyer or anything else ("The firm agreed to pay $2bn").
fn what_before(cx: &Ctx, num: &Num) -> Option<String> {
    let low = &cx.low;
    let toks = cx.toks;
    let mut k = num.a;
    let lim = num.a.saturating_sub(10);
    // "in excess of", "upwards of", "to the tune of", "in the region of": a qualifier phrase
    if k >= 3 && low[k - 1] == "of" && matches!(low[k - 2].as_str(), "excess" | "upwards" | "tune" | "region") {
        k -= 2;
        while k > lim && matches!(low[k - 1].as_str(), "in" | "the" | "to") {
            k -= 1;
        }
    }
    // qualifiers and determiners right before the number
    while k > lim
        && toks[k - 1].kind != Kind::Num
        && (matches!(
            low[k - 1].as_str(),
            "about"
                | "around"
                | "some"
                | "nearly"
                | "almost"
                | "roughly"
                | "approximately"
                | "just"
                | "only"
                | "over"
                | "under"
                | "more"
                | "less"
                | "fewer"
                | "than"
                | "least"
                | "most"
                | "as"
                | "much"
                | "many"
                | "by"
                | "a"
                | "an"
                | "the"
                | "estimated"
                | "record"
                | "further"
                | "another"
                | "extra"
                | "additional"
                | "massive"
                | "huge"
                | "modest"
                | "mere"
                | "whopping"
                | "staggering"
        ) || currency_sym(&low[k - 1]).is_some()
            || matches!(low[k - 1].as_str(), "at") && k >= 2 && matches!(low[k - 2].as_str(), "at" | "least"))
    {
        // "rather than 6%", "compared with 5%": a comparison, not a measurement of what precedes
        if low[k - 1] == "than" && k >= 2 && !matches!(low[k - 2].as_str(), "more" | "less" | "fewer") {
            return None;
        }
        k -= 1;
    }
    // "expanded by a breakneck 9.5%": an adjective between the article and the number
    if k >= 2
        && matches!(low[k - 2].as_str(), "a" | "an")
        && toks[k - 1].kind == Kind::Word
        && !toks[k - 1].cap
        && !STOP_WHAT.contains(&low[k - 1].as_str())
    {
        k -= 2;
        if k > lim && low[k - 1] == "by" {
            k -= 1;
        }
    }
    if k == 0 || k <= lim {
        return None;
    }
    let w = low[k - 1].as_str();
    let mut v = k - 1;
    if matches!(w, "of" | "at" | "to") && v > lim {
        let c = v - 1;
        // "could run to $40m": a verb after a modal, not a noun
        let after_modal = c > 0
            && matches!(low[c - 1].as_str(), "to" | "will" | "would" | "could" | "may" | "might" | "can" | "should");
        // "a rise in pre-tax profits to A$67.7m" names the level's noun; "on the news to 1.90"
        // does not
        let to_ok = w != "to" || (c.saturating_sub(2)..c).any(|x| matches!(low[x].as_str(), "in" | "of"));
        if nounish(cx, c) && !after_modal && to_ok {
            return Some(np_ending_at(cx, c));
        }
        // "an increase of 64%", "a total of 500", "its fall to $4": a change noun after a
        // determiner
        let det = c > 0
            && matches!(
                low[c - 1].as_str(),
                "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "that" | "annual" | "overall"
            );
        if det
            && LEVEL_VERBS.contains(&low[c].as_str())
            && low[c].len() > 3
            && !low[c].ends_with("ed")
            && !matches!(low[c].as_str(), "total" | "number" | "amount" | "worth")
        {
            return Some(cx.toks[c].text(cx.t).to_string());
        }
        if !LEVEL_VERBS.contains(&low[c].as_str()) {
            return None;
        }
        v = c;
    }
    if !LEVEL_VERBS.contains(&low[v].as_str()) || toks[v].cap {
        return None;
    }
    let mut s = v;
    while s > lim && (LEVEL_AUX.contains(&low[s - 1].as_str()) || low[s - 1].ends_with("ly") && !toks[s - 1].cap) {
        s -= 1;
    }
    if s == 0 || s <= lim {
        return None;
    }
    // "Profits for the year to 31 December rose", "Earnings at Barclays Capital rose", "the
    // opening bid for the unit was": the head before the first preposition of the subject
    let mut head = None;
    let mut p = s;
    while p > 1 && s - p < 10 {
        p -= 1;
        let w = low[p].as_str();
        let glued_hyphen = w == "-" && toks[p - 1].e == toks[p].s && toks.get(p + 1).is_some_and(|x| x.s == toks[p].e);
        if !glued_hyphen
            && matches!(
                w,
                "," | ";" | ":" | "." | "\"" | "“" | "that" | "-" | "–" | "(" | ")" | "and" | "but" | "while"
            )
            || LEVEL_VERBS.contains(&w) && !toks[p].cap
            || CLAIM_VERBS.contains(&w)
        {
            break;
        }
        if matches!(w, "at" | "for" | "in" | "of" | "from" | "on") && nounish(cx, p - 1) {
            head = Some(p - 1);
        }
    }
    if let Some(h) = head {
        let mut out = np_ending_at(cx, h);
        // "the number of people in work", "the rate of inflation"
        if matches!(
            low[h].as_str(),
            "number" | "total" | "amount" | "level" | "rate" | "price" | "cost" | "value" | "share" | "proportion"
        ) && low.get(h + 1).is_some_and(|w| w == "of")
        {
            let mut e = h + 2;
            while e < s && e < h + 4 && !toks[e].cap && nounish(cx, e) {
                e += 1;
            }
            if e > h + 2 {
                out = format!("{out} of {}", (h + 2..e).map(|x| toks[x].text(cx.t)).collect::<Vec<_>>().join(" "));
            }
        }
        return Some(out);
    }
    if !nounish(cx, s - 1) {
        return None;
    }
    Some(np_ending_at(cx, s - 1))
}

fn what_of(cx: &Ctx, num: &Num, last: Option<(usize, &str, Option<&str>)>) -> Option<String> {
    let low = &cx.low;
    let toks = cx.toks;
    let n = toks.len();
    let mut words: Vec<String> = Vec::new();
    let mut j = num.b;
    let money = num.unit.as_deref().is_some_and(|u| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()));
    // "a $2bn (1.53bn euros; £1.05bn) settlement": the counted thing follows the conversion
    if money && j < n && low[j] == "(" {
        if let Some(c) = (j + 1..(j + 16).min(n)).find(|&k| low[k] == ")") {
            if (j + 1..c).any(|k| toks[k].kind == Kind::Num) {
                j = c + 1;
            }
        }
    }
    // skip "of" for percentages / vague amounts ("20 percent of Ukrainian territory")
    if j < n && low[j] == "of" && (num.unit.as_deref() == Some("percent") || num.vague) {
        j += 1;
        if j < n && matches!(low[j].as_str(), "the" | "its" | "their" | "all" | "every" | "each") {
            j += 1;
        }
    }
    // "12-point proposal", "20-yard drive" ("a 6 . 1 - magnitude quake" in spaced text)
    if j + 1 < n
        && low[j] == "-"
        && toks[j + 1].kind == Kind::Word
        && (toks[j].s == toks[j - 1].e || matches!(low[j + 1].as_str(), "magnitude" | "richter"))
    {
        words.push(toks[j + 1].text(cx.t).to_string());
        j += 2;
    }
    // "up to $1,000 in damages", "30bn baht in earnings"
    if money
        && words.is_empty()
        && j + 1 < n
        && low[j] == "in"
        && nounish(cx, j + 1)
        && !toks[j + 1].cap
        && !matches!(low[j + 1].as_str(), "cash" | "value" | "terms" | "real" | "nominal" | "fact" | "return")
    {
        j += 1;
    }
    while j < n && words.len() < 4 {
        let tk = toks[j];
        let w = low[j].as_str();
        // "5,000 calls", "88 piano notes": a plural in the phrase is a noun, not a reporting verb
        let report_verb = LEX.report_verbs.contains(w) && (!w.ends_with('s') || w == "says");
        if tk.kind != Kind::Word || STOP_WHAT.contains(&w) || report_verb || cx.tok_quote[j] != cx.tok_quote[num.a] {
            if w == "-" && !words.is_empty() {
                j += 1;
                continue;
            }
            break;
        }
        // "the 4.3% rise seen a year earlier", "the total collection held in ...": a participle
        // after the head noun starts a relative clause
        let noun_next = j + 1 < n && !toks[j + 1].cap && nounish(cx, j + 1);
        // "70 poorer nations" keeps its comparative; "9.3% higher than" does not
        if words.is_empty()
            && (COMPARATIVES.contains(&w) && !noun_next || FWD_VERBS.contains(&w) || NOT_WHAT.contains(&w))
            || tk.text(cx.t).contains(['\'', '’']) && !w.ends_with("'s")
        {
            break;
        }
        // "of the country's annual output": a possessive determiner starts the phrase afresh
        if !tk.cap && (w.ends_with("'s") || w.ends_with("’s")) && noun_next {
            words.clear();
            j += 1;
            continue;
        }
        // "the 43% seen in", "the 20,000 represented": a participle, not a counted thing
        if words.is_empty()
            && !noun_next
            && (w.ends_with("ed") || matches!(w, "seen" | "held" | "taken" | "given" | "shown" | "done" | "left"))
        {
            break;
        }
        // "a 6.1 magnitude quake hit Aceh", "quake hits island": verbs of impact after the head
        if !words.is_empty()
            && matches!(w, "hit" | "hits" | "struck" | "strikes" | "shook" | "shakes" | "rocks" | "jolts")
            && !words
                .last()
                .is_some_and(|x| matches!(x.to_lowercase().as_str(), "worst" | "hardest" | "badly" | "most"))
        {
            break;
        }
        if !words.is_empty()
            && !noun_next
            && (w.ends_with("ed")
                || FWD_VERBS.contains(&w)
                || matches!(w, "seen" | "held" | "taken" | "given" | "made" | "done" | "shown" | "left"))
        {
            break;
        }
        if ADVERBS.contains(&w) {
            break;
        }
        // "90% of PCs", "20 MPs": a plural acronym is a common noun
        let txt = tk.text(cx.t);
        let acronym_plural =
            txt.len() >= 3 && txt.ends_with('s') && txt[..txt.len() - 1].chars().all(|c| c.is_ascii_uppercase());
        if tk.cap && !LEX.demonyms.contains_key(w) && !acronym_plural {
            // "three Brit nominations", "eight Grammy Awards", "four primary US TV networks": a
            // name qualifying a plural noun
            if words.len() < 3 {
                let mut m = j;
                while m < n
                    && m < j + 3
                    && toks[m].kind == Kind::Word
                    && toks[m].cap
                    && cx.tok_quote[m] == cx.tok_quote[j]
                {
                    m += 1;
                }
                let plural = |k: usize| {
                    let x = low[k].as_str();
                    x.len() > 3 && x.ends_with('s') && !x.ends_with("ss") && !x.ends_with("'s")
                        || IRREGULAR_PLURALS.contains(&x)
                };
                let last = if m < n && toks[m].kind == Kind::Word && !toks[m].cap && plural(m) && nounish(cx, m) {
                    Some(m)
                } else if plural(m - 1) && (m > j + 1 || low[m - 1].len() > 4 && cx.mention_ent(j).is_none()) {
                    Some(m - 1)
                } else {
                    None
                };
                if let Some(last) = last {
                    words.extend((j..=last).map(|k| toks[k].text(cx.t).to_string()));
                }
            }
            break;
        }
        if words.is_empty() && w.ends_with("ly") && !(j + 1 < n && nounish(cx, j + 1)) {
            break;
        }
        words.push(txt.to_string());
        j += 1;
        // stop after a plural-looking noun
        if w.ends_with('s') && !w.ends_with("ss") || IRREGULAR_PLURALS.contains(&w) {
            break;
        }
    }
    // "12 were killed and 20 wounded", "killed 7 and injured 40": the casualty word next to a
    // bare figure wins over the label of the figure before; that label's head is kept
    // ("people killed" -> "people wounded")
    let bare = words.is_empty()
        || words.len() == 1
            && matches!(words[0].to_lowercase().as_str(), "dead" | "killed" | "died" | "injured" | "wounded" | "hurt");
    if bare && num.unit.is_none() {
        if let Some(p) = casualty_after(cx, num.b).or_else(|| casualty_before(cx, num)) {
            let head = last
                .filter(|(lb, _, _)| *lb <= num.a && cx.tok_sent[(*lb).min(n - 1)] == cx.tok_sent[num.a])
                .and_then(|(_, lw, _)| {
                    let (h, c) = lw.rsplit_once(' ')?;
                    matches!(c, "killed" | "injured" | "wounded" | "dead" | "hurt" | "died").then_some(h)
                })
                .unwrap_or("people");
            return Some(format!("{head} {p}"));
        }
    }
    if words.is_empty() {
        // "sales jumped 28% at Bebe and 32.2% at Eagle", "rose 4.5% to $220bn": the same thing
        // as the amount just before
        // a name or a quoted phrase after the number is its own thing ("178 \"sound recordings\"")
        let name_next = toks
            .get(num.b)
            .is_some_and(|k| k.kind == Kind::Word && k.cap || matches!(low[num.b].as_str(), "\"" | "“" | "'" | "‘"));
        if let Some((lb, lw, lu)) = last.filter(|_| !name_next) {
            let mut p = num.a;
            while p > lb
                && matches!(
                    low[p - 1].as_str(),
                    "only" | "just" | "about" | "around" | "some" | "nearly" | "a" | "an" | "further" | "another"
                )
            {
                p -= 1;
            }
            let link = if p > 0 { low[p - 1].as_str() } else { "" };
            let same_class = |u: Option<&str>| match u {
                Some("percent") | Some("percentage points") => 1,
                Some(x) if x.len() == 3 && x.chars().all(|c| c.is_ascii_uppercase()) => 2,
                None => 0,
                Some(_) => 3,
            };
            let no_comma = (lb..num.a).all(|k| !matches!(low[k].as_str(), "," | ";" | "-" | "(" | "."));
            if lb <= num.a
                && cx.tok_sent[lb.min(n - 1)] == cx.tok_sent[num.a]
                && (matches!(link, "and" | "or" | "while" | "but")
                    && num.a - lb <= 12
                    && same_class(lu) == same_class(num.unit.as_deref())
                    || link == "to" && num.a - lb <= 7 && no_comma)
            {
                // "a 43% rise in net profits to 2.4bn euros": the level is of the noun before "to",
                // not of the change
                let change = LEVEL_VERBS.contains(&lw);
                match what_before(cx, num) {
                    Some(w) if change && link == "to" => return Some(w),
                    _ => return Some(lw.to_string()),
                }
            }
        }
        if let Some(w) = what_before(cx, num) {
            words.push(w);
        }
    }
    if words.is_empty() {
        return None;
    }
    let mut s = words.join(" ");
    // a magnitude counts no casualties ("dead as a 6.1 magnitude quake hit")
    if matches!(low.get(num.b).map(|w| w.as_str()), Some("magnitude" | "richter" | "-")) && s.starts_with("magnitude") {
        return Some(s);
    }
    if let Some(p) = casualty_before(cx, num) {
        s = format!("{s} {p}");
    }
    for k in num.b..(num.b + 4).min(n) {
        let w = match low[k].as_str() {
            // one label per casualty class: "people died" / "dead" count the killed
            "dead" | "died" | "killed" => "killed",
            "hurt" | "injured" => "injured",
            x => x,
        };
        if matches!(w, "killed" | "injured" | "wounded") && !s.contains(w) {
            s = format!("{s} {w}");
            break;
        }
        // "a son and two grandchildren – died later": a dash ends the phrase ("24 soldiers who
        // were injured" keeps its relative clause)
        if matches!(w, "." | "," | "and" | "–" | "—" | "-" | ";" | ":" | "(" | ")") {
            break;
        }
    }
    Some(s)
}

/// The casualty word right after a bare figure ("20 wounded", "11 were hurt"), as the label's
/// last word.
fn casualty_after(cx: &Ctx, b: usize) -> Option<&'static str> {
    let mut k = b;
    while k < b + 2 && cx.low.get(k).is_some_and(|w| matches!(w.as_str(), "were" | "was" | "are" | "been" | "have")) {
        k += 1;
    }
    Some(match cx.low.get(k)?.as_str() {
        "killed" | "dead" | "died" => "killed",
        "injured" | "hurt" => "injured",
        "wounded" => "wounded",
        _ => return None,
    })
}

/// Words that may stand between a figure and what governs it: qualifiers ("at least", "some",
/// "up to") and determiners of an amount ("an estimated", "another").
fn qualifier_word(w: &str) -> bool {
    matches!(
        w,
        "at" | "least"
            | "more"
            | "than"
            | "about"
            | "around"
            | "some"
            | "nearly"
            | "almost"
            | "up"
            | "to"
            | "over"
            | "under"
            | "just"
            | "between"
            | "an"
            | "estimated"
            | "further"
            | "another"
            | "roughly"
            | "approximately"
            | "many"
    )
}

/// "to top", "could top": "top" after these words is the verb "exceed", not a rank.
fn tops_as_verb(before: &str) -> bool {
    matches!(before, "to" | "will" | "would" | "could" | "may" | "might" | "should" | "set")
}

/// "the 24 Oscar categories", "300 Department of Health posts", "About 800,000 Tutsis": capitalised
/// words after a figure that it counts — their run ends in a lower-case plural head noun, or the
/// figure has grouped digits and a qualifier before it (a name rarely follows "about 800,000").
fn counts_capitalised_phrase(cx: &Ctx, a: usize, b: usize) -> bool {
    let toks = cx.toks;
    // ("25 The biggest spenders": a number opening a line of a table or list numbers it)
    if opens_line(cx.t, toks[a].s) {
        return false;
    }
    let grouped = cx.toks[a].text(cx.t).contains(',');
    if grouped && a > 0 && qualifier_word(&cx.low[a - 1]) {
        return true;
    }
    let mut k = b;
    while k < toks.len()
        && k < b + 5
        && (toks[k].kind == Kind::Word && toks[k].cap
            || k > b && matches!(cx.low[k].as_str(), "of" | "and" | "&") && toks.get(k + 1).is_some_and(|x| x.cap))
    {
        k += 1;
    }
    // a lower-case noun (not a reporting verb: "Acme Group says")
    let noun = |k: usize| {
        toks.get(k).is_some_and(|x| x.kind == Kind::Word && !x.cap)
            && !LEX.report_verbs.contains(cx.low[k].as_str())
            && nounish(cx, k)
    };
    // ("the 246,570 ID fraud cases": one lower-case modifier may come before the head)
    if k > b && !cx.low[k].ends_with('s') && noun(k) && noun(k + 1) {
        k += 1;
    }
    k > b && cx.low[k].len() > 3 && cx.low[k].ends_with('s') && !cx.low[k].ends_with("ss") && noun(k)
}

/// The byte offset `s` opens its line (only spaces before it since the last newline).
fn opens_line(t: &str, s: usize) -> bool {
    let ls = t[..s].rfind('\n').map_or(0, |p| p + 1);
    t[ls..s].trim().is_empty()
}

/// A bare figure counted by the casualty word in front of it: "killing at least three" ->
/// "killed" (only qualifiers between; "killing a mother of 12" counts her children).
fn casualty_before(cx: &Ctx, num: &Num) -> Option<&'static str> {
    let low = &cx.low;
    let lim = num.a.saturating_sub(4);
    for k in (lim..num.a).rev() {
        let w = low[k].as_str();
        // only qualifiers between ("killing at least three"), not a noun phrase ("killing a
        // mother of 12": the 12 are her children)
        let only_qualifiers = (k + 1..num.a)
            .all(|x| qualifier_word(&low[x]) || low[x] == "as" && (low[x + 1] == "many" || low[x - 1] == "many"));
        if CASUALTY.contains(&w) && !only_qualifiers {
            return None;
        }
        if CASUALTY.contains(&w) {
            return match w {
                "killing" | "killed" | "dead" | "died" => Some("killed"),
                "injuring" | "injured" | "hurt" => Some("injured"),
                "wounding" | "wounded" => Some("wounded"),
                _ => None,
            };
        }
    }
    None
}

fn verb_of(cx: &Ctx, a: usize) -> Option<String> {
    let low = &cx.low;
    let lim = a.saturating_sub(6);
    let mut k = a;
    while k > lim {
        k -= 1;
        let tk = cx.toks[k];
        let w = low[k].as_str();
        if tk.kind != Kind::Word {
            if matches!(w, "," | "." | ";" | ":" | "\"") {
                return None;
            }
            continue;
        }
        if tk.cap {
            continue;
        }
        let verbish = w.ends_with("ed")
            || w.ends_with("ing")
            || matches!(
                w,
                "rose"
                    | "fell"
                    | "grew"
                    | "lost"
                    | "won"
                    | "hit"
                    | "cut"
                    | "put"
                    | "saw"
                    | "sold"
                    | "made"
                    | "paid"
                    | "spent"
                    | "took"
                    | "gave"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "has"
                    | "have"
                    | "had"
                    | "launched"
                    | "struck"
                    | "shot"
                    | "rise"
                    | "fall"
                    | "rises"
                    | "falls"
                    | "reach"
                    | "reached"
                    | "spend"
                    | "pay"
                    | "says"
                    | "said"
            );
        if verbish
            && !matches!(
                w,
                "led"
                    | "red"
                    | "bed"
                    | "need"
                    | "speed"
                    | "seed"
                    | "feed"
                    | "during"
                    | "according"
                    | "including"
                    | "nothing"
                    | "something"
                    | "everything"
                    | "morning"
                    | "evening"
                    | "building"
                    | "spending"
                    | "funding"
                    | "ceiling"
            )
        {
            return Some(cx.toks[k].text(cx.t).to_string());
        }
    }
    None
}

const CLAIM_VERBS: &[&str] = &[
    // ("the Labor Department revised up the number of jobs to 139,000")
    "revised",
    "revises",
    "expect",
    "expects",
    "highlighted",
    "pledged",
    "promised",
    "unveiled",
    "outlined",
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "claimed",
    "claims",
    "claim",
    "reported",
    "reports",
    "report",
    "announced",
    "announces",
    "estimated",
    "estimates",
    "estimate",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "predict",
    "suggested",
    "suggests",
    "suggest",
    "revealed",
    "reveals",
    "stated",
    "states",
    "insisted",
    "insists",
    "warned",
    "warns",
    "admitted",
    "admits",
    "confirmed",
    "confirms",
    "believes",
    "believe",
    "explained",
    "noted",
    "stressed",
    "showed",
    "shows",
    "show",
    "found",
    "finds",
    "calculated",
    "reckons",
    "reckon",
    "concludes",
    "concluded",
    "argued",
    "argues",
    "argue",
    "insist",
    "warn",
    "admit",
    "confirm",
    "reveal",
    "acknowledged",
    "conceded",
    "maintained",
    "wrote",
    "saying",
    "adding",
    "claiming",
    "reporting",
    "announcing",
    "estimating",
    "forecasting",
    "predicting",
    "projecting",
    "according",
    "indicated",
    "indicates",
    "put",
    "puts",
];
const INVERTIBLE: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "explained",
    "insisted",
    "claimed",
    "warned",
    "wrote",
    "reported",
    "noted",
    "stressed",
    "admitted",
    "argued",
    "continued",
    "concluded",
    "concludes",
    "predicts",
    "predicted",
    "suggests",
    "suggested",
    "estimates",
    "forecasts",
    "believes",
    "reckons",
    "reports",
    "announced",
    "confirmed",
];

/// Who the sentence attributes the number at token `ti` to.
pub fn claimant(cx: &Ctx, ti: usize, quote_speakers: &[Option<Who>]) -> Option<Who> {
    if let Some(qi) = cx.tok_quote[ti] {
        return quote_speakers.get(qi).cloned().flatten();
    }
    // "\"...,\" added the two-time Academy Award winner": a figure describing the speaker after
    // an inverted cue is the reporter's description, not a claim of the speaker
    if ti >= 2
        && cx.low[ti - 1] == "the"
        && INVERTIBLE.contains(&cx.low[ti - 2].as_str())
        && ti >= 3
        && (matches!(cx.low[ti - 3].as_str(), "\"" | "”") || cx.tok_quote[ti - 3].is_some())
    {
        return None;
    }
    let si = cx.tok_sent[ti];
    let (s, e) = cx.sents[si];
    let a = cx.tok_at(s).max(ti.saturating_sub(60));
    let b = cx.tok_at(e).min(ti + 60);
    let verb_ok = |v: usize| {
        let w = cx.low[v].as_str();
        let nx = cx.low.get(v + 1).map(|x| x.as_str()).unwrap_or("");
        // "an estimated debt", "the reported loss": a participle used as an adjective
        let adjectival = v > 0
            && matches!(
                cx.low[v - 1].as_str(),
                "a" | "an" | "the" | "its" | "their" | "his" | "her" | "this" | "that" | "these" | "those"
            );
        // "He called on nations to ...", "urged ministers to ...": the one urging claims
        let urging =
            matches!(w, "called" | "calls") && matches!(nx, "on" | "upon" | "for") || matches!(w, "urged" | "urges");
        // "with broadband predicted to grow": a raising participle has no reporting subject
        let raising = matches!(
            w,
            "predicted" | "estimated" | "forecast" | "reported" | "claimed" | "believed" | "shown" | "found"
        ) && nx == "to"
            && cx.low.get(v + 2).is_some_and(|x| {
                !matches!(x.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "reporters" | "me" | "us")
            })
            && cx.toks.get(v + 2).is_some_and(|t| t.kind == Kind::Word && !t.cap);
        // "At the same time, reported fraud fell": a participle opening a clause before a bare
        // noun is an adjective ("said Reuters", ", reported the BBC" still report)
        let sent_start = |k: usize| k == 0 || cx.tok_sent[k - 1] != cx.tok_sent[k];
        // (after an opening adverbial only: "A spokeswoman for X, estimated damage ..." has its
        // subject before the appositive)
        let clause_start = sent_start(v)
            || cx.low[v - 1] == ","
                && (v.saturating_sub(8)..v - 1).rev().find(|&k| sent_start(k)).is_some_and(|k| {
                    matches!(
                        cx.low[k].as_str(),
                        "at" | "in"
                            | "on"
                            | "meanwhile"
                            | "however"
                            | "overall"
                            | "also"
                            | "but"
                            | "and"
                            | "by"
                            | "for"
                            | "after"
                            | "since"
                            | "elsewhere"
                            | "again"
                            | "still"
                            | "yet"
                            | "so"
                    )
                });
        let adjectival = adjectival
            || clause_start
                && w.ends_with("ed")
                && cx.toks.get(v + 1).is_some_and(|t| t.kind == Kind::Word && !t.cap)
                && !matches!(
                    nx,
                    "the"
                        | "a"
                        | "an"
                        | "that"
                        | "to"
                        | "this"
                        | "on"
                        | "in"
                        | "by"
                        | "last"
                        | "yesterday"
                        | "today"
                        | "earlier"
                        | "recently"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "at"
                        | "as"
                        | "it"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "i"
                );
        // "Wales showed the highest rate": a place showing a figure does not report it
        // ("Safin showed some good touches but was beaten 7-6": nor does a person)
        let shows_no_figure = matches!(w, "showed" | "shows" | "show")
            && v > 0
            && cx.mention_ent(v - 1).is_some_and(|(id, _, _)| {
                let e = &cx.ents.ents[id];
                e.kind == crate::entities::EKind::Place
                    || e.kind == crate::entities::EKind::Person && e.name.contains(' ')
            });
        // "Daiwa added 5.3%", "Smith added 16 points": "added" with an amount as its object
        // gains, it does not report
        let adds_amount = matches!(w, "added" | "adds" | "add")
            && cx.toks.get(v + 1).is_some_and(|t| {
                t.kind == Kind::Num
                    || t.kind == Kind::Punct && currency_sym(t.text(cx.t)).is_some()
                    || t.kind == Kind::Word
                        && (word_value(nx).is_some() || matches!(nx, "another" | "a" | "an"))
                        && cx.low.get(v + 2).is_some_and(|x| {
                            word_value(x).is_some() || cx.toks[v + 2].kind == Kind::Num || x == "further"
                        })
                    || t.kind == Kind::Word && word_value(nx).is_some()
            });
        // "is yet to confirm", "refused to reveal": an infinitive reports nothing
        let infinitive = v > 0 && cx.low[v - 1] == "to" && !w.ends_with("ed") && !w.ends_with('s');
        // "it put $300m into a programme": spending, not an estimate ("put the cost at $3bn")
        let put_money = matches!(w, "put" | "puts") && !(v + 1..ti.min(v + 8)).any(|k| cx.low[k] == "at");
        cx.tok_quote[v].is_none()
            && cx.toks[v].kind == Kind::Word
            && !cx.toks[v].cap
            && w != "according"
            && !adjectival
            && !adds_amount
            && !shows_no_figure
            && !infinitive
            && !put_money
            && !raising
            && !cx.is_passive(v)
            && !claimed_prize(cx, v)
            && (urging
                // ("The company pointed out that the farm employs 300")
                || matches!(w, "pointed" | "points") && nx == "out"
                || CLAIM_VERBS.contains(&w) && (!LEX.report_verbs.contains(w) || cx.is_verb(v))
                // "last year's survey found that 15%", "University College London research claims
                // cutting ...": an ambiguous verb after a source noun
                || (matches!(w, "found" | "finds") && nx == "that"
                    || matches!(w, "claims" | "claimed" | "estimates" | "suggests")
                        && !matches!(nx, "of" | "for" | "were" | "are" | "have" | "had" | "and" | "," | "."))
                    && cx.after_source_noun(v))
    };
    // "below Chancellor Gordon Brown's forecast of 3% to 3.5%", "the IMF's estimate of $5bn": the
    // owner of a forecast or estimate claims its figure
    if let Some(of) = (ti.saturating_sub(4)..ti).rev().find(|&k| cx.low[k] == "of") {
        let noun = of.checked_sub(1).filter(|&k| {
            matches!(
                cx.low[k].as_str(),
                "forecast"
                    | "forecasts"
                    | "estimate"
                    | "estimates"
                    | "prediction"
                    | "projection"
                    | "target"
                    | "guidance"
            )
        });
        let between_ok = (of + 1..ti).all(|k| {
            qualifier_word(&cx.low[k])
                || cx.toks[k].kind == Kind::Punct && currency_sym(cx.toks[k].text(cx.t)).is_some()
        });
        if let Some(n) = noun.filter(|_| between_ok) {
            let mut k = n;
            // ("Brown's latest forecast of": an adjective between)
            while k > a
                && k + 3 > n
                && cx.toks[k - 1].kind == Kind::Word
                && !cx.toks[k - 1].cap
                && !is_possessive(cx.toks[k - 1].text(cx.t))
            {
                k -= 1;
            }
            if k > a && is_possessive(cx.toks[k - 1].text(cx.t)) {
                if let Some((id, _, last)) = cx.mention_ent(k - 1) {
                    let kind = cx.ents.ents[id].kind;
                    if last == k && matches!(kind, crate::entities::EKind::Person | crate::entities::EKind::Org) {
                        return Some(Who::Ent(id));
                    }
                }
            }
        }
    }
    // "according to X"
    for v in a..b {
        if cx.low[v] == "according"
            && cx.low.get(v + 1).map(|w| w == "to").unwrap_or(false)
            && cx.tok_quote[v].is_none()
        {
            // "according to analysts Gartner More than 167 million ...": a missing full stop
            // starts a new sentence, which the source does not cover
            if (v + 3..(v + 10).min(ti + 1)).any(|g| glued_start(cx, g)) {
                break;
            }
            // "according to data provided by ..." names nobody: a reporting verb may still
            if let Some(w) = filter_source(cx, according_to(cx, v + 2)) {
                return Some(w);
            }
            break;
        }
    }
    // forward: nearest verb before the number
    let mut v = ti;
    while v > a {
        v -= 1;
        if verb_ok(v) {
            // "..., say two reports.": the number counts the inverted subject itself
            if v > a
                && cx.low[v - 1] == ","
                && matches!(cx.low[v].as_str(), "say" | "says" | "said" | "reported" | "estimated" | "claimed")
                && (v + 1..ti).all(|k| matches!(cx.low[k].as_str(), "the" | "some" | "at" | "least" | "about"))
                && ti - v <= 3
            {
                let mut h = ti + 1;
                while h < b && (cx.toks[h].kind == Kind::Num || scale_word(&cx.low[h]).is_some()) {
                    h += 1;
                }
                let mut e = h;
                while e < b && e < h + 4 && cx.toks[e].kind == Kind::Word {
                    e += 1;
                }
                // (not a clause: "Tom Smith, a doctor, said 40 people had died.")
                if cx.low.get(e).is_some_and(|w| matches!(w.as_str(), "." | "," | ";"))
                    && !(h..e).any(|k| cx.is_verb(k) || crate::attrib::AUX.contains(&cx.low[k].as_str()))
                {
                    return filter_source(cx, lower_np(cx, h, e));
                }
            }
            // `she said, referring to the deaths of two ...`: the reporter's gloss, not the claim
            if (v + 1..ti).any(|k| cx.low[k] == "," && matches!(cx.low[k + 1].as_str(), "referring" | "speaking")) {
                return None;
            }
            // "said Spacey, who ... 18 songs": number inside the speaker's relative clause
            let who_between = (v..ti).any(|k| (cx.low[k] == "who" || cx.low[k] == "whose") && !cx.toks[k].cap);
            if INVERTIBLE.contains(&cx.low[v].as_str())
                && v > a
                && matches!(cx.low[v - 1].as_str(), "," | "\"" | "”")
                && who_between
            {
                return None;
            }
            // `"...," wrote the magazine, giving it 9 out of 10`: the inverted subject after a quote
            if INVERTIBLE.contains(&cx.low[v].as_str())
                && v > a
                && matches!(cx.low[v - 1].as_str(), "\"" | "”")
                && (v.saturating_sub(3)..v).any(|k| cx.tok_quote[k].is_some())
            {
                return filter_source(cx, cx.after_verb(v + 1));
            }
            if INVERTIBLE.contains(&cx.low[v].as_str()) && v > a && cx.low[v - 1] == "," {
                // ", he said, and was forecast ..." : parenthetical covers the sentence
                let subj = cx.subject(a, v);
                if subj.as_ref().is_some_and(crate::attrib::is_data_desc) {
                    return None;
                }
                return subj.or_else(|| cx.after_verb(v + 1));
            }
            // ("The Leuven-based brewery said": a plain noun phrase opening the sentence)
            let reports = matches!(
                cx.low[v].as_str(),
                "said"
                    | "says"
                    | "told"
                    | "claimed"
                    | "claims"
                    | "estimated"
                    | "estimates"
                    | "reported"
                    | "reports"
                    | "predicted"
                    | "predicts"
                    | "forecast"
                    | "forecasts"
                    | "believes"
                    | "expects"
                    | "warned"
                    | "warns"
                    | "announced"
            ) || matches!(
                cx.low[v].as_str(),
                "found" | "finds" | "showed" | "shows" | "suggested" | "suggests" | "revealed" | "reveals"
            ) && cx.low.get(v + 1).is_some_and(|w| w == "that");
            // (not a participle after its noun: "The damages claimed in 2004 eclipsed ...")
            let reduced = cx.low.get(v + 1).is_some_and(|w| {
                matches!(w.as_str(), "in" | "by" | "for" | "at" | "on" | "over" | "during" | "since" | "last" | "so")
            });
            let r = cx.subject(a, v).or_else(|| if reports && !reduced { lower_np(cx, a, v) } else { None });
            // "Liberty said statistics suggested ...": data as the inner subject, the outer
            // reporter as the source
            if r.as_ref().is_some_and(crate::attrib::is_data_desc) {
                if let Some(o) = (a.max(v.saturating_sub(40))..v).rev().find(|&k| k + 1 < v && verb_ok(k)) {
                    if let Some(w) = filter_source(cx, cx.subject(a, o)) {
                        return Some(w);
                    }
                }
            }
            // "sales showed a growth rate of -0.1%, ..., the BRC said": a verb whose subject
            // names no source leaves the sentence to a reporting clause after the number
            match filter_source(cx, r) {
                Some(w) => return Some(w),
                None => break,
            }
        }
    }
    // trailing: ", Ukrainian officials said." / ", said X."
    // ", the trade body reported this week.": a short noun phrase between a comma and a
    // reporting verb closing the sentence reports even where the verb reading is ambiguous
    let closing_np = |v: usize| {
        let w = cx.low[v].as_str();
        if cx.tok_quote[v].is_some()
            || cx.toks[v].cap
            || !matches!(w, "reported" | "estimated" | "forecast" | "found" | "predicted" | "calculated")
        {
            return false;
        }
        let mut c = v;
        while c > ti + 1 && v - c < 5 && cx.toks[c - 1].kind == Kind::Word {
            c -= 1;
        }
        c > ti + 1
            && c < v
            && cx.low[c - 1] == ","
            && (cx.toks[c].cap || matches!(cx.low[c].as_str(), "the" | "a" | "an"))
            && cx
                .low
                .get(v + 1)
                .is_some_and(|x| matches!(x.as_str(), "." | "this" | "last" | "on" | "in" | "yesterday" | "earlier"))
    };
    for v in ti + 1..b {
        // "Plans to abolish 162 quangos have been unveiled by the Conservatives", "the $204m
        // announced by rival Google": the agent of a passive reporting verb
        if matches!(
            cx.low[v].as_str(),
            "announced" | "unveiled" | "estimated" | "forecast" | "predicted" | "reported" | "revealed"
        ) && cx.low.get(v + 1).is_some_and(|w| w == "by")
            && cx.toks.get(v + 2).is_some_and(|k| k.kind == Kind::Word)
            && (cx.is_passive(v) || (ti + 1..v).all(|k| cx.toks[k].kind == Kind::Word))
            && cx.tok_quote[v].is_none()
        {
            if let Some(w) = filter_source(cx, cx.after_verb(v + 2)) {
                return Some(w);
            }
        }
        if !verb_ok(v) && !closing_np(v) {
            continue;
        }
        if (ti..v).any(|k| cx.low[k] == "who" && !cx.toks[k].cap) {
            continue;
        }
        let has_comma = (ti..v).any(|k| cx.low[k] == ",");
        // "the 0-5% range Halbridge predicts.": a named subject in a reduced relative clause
        // closing the sentence
        if !has_comma && cx.low.get(v + 1).map(|w| w == ".").unwrap_or(true) && v > ti + 1 {
            if let Some((id, first, _)) = cx.mention_ent(v - 1) {
                if first > ti
                    && matches!(cx.ents.ents[id].kind, crate::entities::EKind::Org | crate::entities::EKind::Person)
                {
                    return Some(Who::Ent(id));
                }
            }
        }
        if !has_comma {
            // a reduced relative clause right after the figure: a name ("nowhere near the $27bn
            // Russia says Yukos owes") or a body ("ahead of the 3.1% the government estimated a
            // month ago"); `k0` is the first word past the figure and its scale
            let k0 = (ti + 1..(ti + 4).min(v))
                .find(|&k| cx.toks[k].kind == Kind::Word && scale_word(&cx.low[k]).is_none())
                .unwrap_or(v);
            if let Some((id, first, last)) = cx.mention_ent(k0) {
                let kind = cx.ents.ents[id].kind;
                if first == k0
                    && last == v
                    && matches!(
                        kind,
                        crate::entities::EKind::Org | crate::entities::EKind::Person | crate::entities::EKind::Place
                    )
                {
                    return Some(Who::Ent(id));
                }
            }
            if cx.low[k0] == "the"
                && v > k0 + 1
                && cx.low.get(v + 1).is_none_or(|w| {
                    matches!(w.as_str(), "." | "a" | "last" | "earlier" | "in" | "on" | "this" | "for" | "at")
                })
            {
                if let Some(w) = filter_source(cx, lower_np(cx, k0, v)) {
                    return Some(w);
                }
            }
            continue;
        }
        // (", reports say.": the noun before its verb, not ", reports the BBC.")
        if INVERTIBLE.contains(&cx.low[v].as_str())
            && cx.low[v - 1] == ","
            && !cx
                .low
                .get(v + 1)
                .is_some_and(|w| matches!(w.as_str(), "say" | "says" | "said" | "suggest" | "suggested"))
        {
            return cx.after_verb(v + 1);
        }
        if PARTICIPLES.contains(&cx.low[v].as_str()) && cx.low[v - 1] == "," {
            return filter_source(cx, cx.subject(a, v));
        }
        let next = cx.low.get(v + 1).map(|s| s.as_str()).unwrap_or(".");
        // ", the IFPI reported this week.", ", the minister has told MPs."
        if matches!(
            next,
            "." | ","
                | ":"
                | "in"
                | "on"
                | "at"
                | "last"
                | "yesterday"
                | "earlier"
                | "today"
                | "\""
                | "told"
                | "this"
                | "recently"
                | "separately"
                | "previously"
        ) || next.ends_with("day") && LEX.weekdays.contains(next)
            || cx.low[v] == "told"
            || v + 1 >= b
        {
            // subject between last comma and verb
            let mut c = v;
            while c > ti && cx.low[c - 1] != "," {
                c -= 1;
            }
            // ("France were 17-6 down at half-time, but Pelous said:": a contrasting clause's
            // speaker does not report the figure before it)
            if c < v && matches!(cx.low[c].as_str(), "but" | "while" | "whereas" | "although" | "though" | "yet") {
                continue;
            }
            // ", the statistical office said.": a plain descriptive subject
            return filter_source(cx, cx.subject(c, v)).or_else(|| filter_source(cx, lower_np(cx, c, v)));
        }
    }
    None
}

/// A capitalised common word glued to a preceding name and followed by lowercase text: a
/// sentence start after a missing full stop ("analysts Gartner More than 167 million").
fn glued_start(cx: &Ctx, g: usize) -> bool {
    g > 0
        && g + 1 < cx.toks.len()
        && cx.toks[g].kind == Kind::Word
        && cx.toks[g].cap
        && matches!(
            cx.low[g].as_str(),
            "the"
                | "a"
                | "an"
                | "more"
                | "but"
                | "it"
                | "this"
                | "these"
                | "those"
                | "there"
                | "he"
                | "she"
                | "they"
                | "we"
                | "however"
                | "meanwhile"
                | "some"
                | "many"
                | "most"
                | "less"
                | "fewer"
                | "about"
                | "around"
                | "nearly"
                | "almost"
                | "only"
                | "its"
                | "his"
                | "her"
                | "their"
        )
        && !matches!(cx.low[g + 1].as_str(), "and" | "of" | "for" | "&")
        && cx.toks[g - 1].kind == Kind::Word
        && cx.toks[g - 1].cap
        && cx.toks[g + 1].kind == Kind::Word
        && !cx.toks[g + 1].cap
}

/// A short all-lowercase noun phrase in tokens [s, e) ("the statistical office", "federal
/// regulators") as a descriptive source, without its determiner and trailing auxiliaries.
fn lower_np(cx: &Ctx, s: usize, e: usize) -> Option<Who> {
    let mut s = s;
    let mut e = e;
    while e > s && matches!(cx.low[e - 1].as_str(), "has" | "have" | "had" | "was" | "were" | "is" | "are" | "also") {
        e -= 1;
    }
    // (", its developers say.": a possessive determiner opens the noun phrase too)
    if s < e && matches!(cx.low[s].as_str(), "the" | "a" | "an" | "one" | "its" | "their") {
        s += 1;
    }
    // ("the government department for planning said": a body's head before "for"/"of" names it)
    if e > s + 2 && e - s <= 6 {
        if let Some(p) = (s + 1..e - 1).find(|&k| matches!(cx.low[k].as_str(), "for" | "of")) {
            let plain = (s..e).all(|k| cx.toks[k].kind == Kind::Word && !cx.toks[k].cap && cx.tok_quote[k].is_none());
            let head = cx.low[p - 1].as_str();
            if plain
                && (LEX.speaker_nouns.contains(head) || matches!(head, "department" | "office" | "division" | "unit"))
            {
                return Some(Who::Desc(cx.t[cx.toks[s].s..cx.toks[e - 1].e].to_string()));
            }
        }
    }
    if s >= e || e - s > 4 {
        return None;
    }
    let all_lower = (s..e).all(|k| {
        cx.toks[k].kind == Kind::Word
            // ("the Leuven-based brewery": a place-based modifier)
            && (!cx.toks[k].cap || k + 1 < e && cx.low[k].contains('-') && cx.low[k].ends_with("based"))
            && cx.tok_quote[k].is_none()
            && !STOP_WHAT.contains(&cx.low[k].as_str())
            && !cx.low[k].ends_with("ly")
            && !matches!(cx.low[k].as_str(), "afterwards" | "later" | "earlier" | "yesterday" | "today" | "recently")
    });
    let head = cx.low[e - 1].as_str();
    if !all_lower
        || matches!(
            head,
            "figures"
                | "data"
                | "statistics"
                | "numbers"
                | "results"
                | "figure"
                | "predictions"
                | "estimates"
                | "calculations"
        )
        || head.ends_with("ing")
        || head.ends_with("ed")
    {
        return None;
    }
    Some(Who::Desc(cx.t[cx.toks[s].s..cx.toks[e - 1].e].to_string()))
}

/// "claimed her seventh title", "the crash claimed 30 lives": "claim" meaning "take", not "say".
fn claimed_prize(cx: &Ctx, v: usize) -> bool {
    if !matches!(cx.low[v].as_str(), "claimed" | "claims" | "claim" | "claiming") {
        return false;
    }
    let end = (v + 6).min(cx.toks.len());
    for k in v + 1..end {
        let w = cx.low[k].as_str();
        if cx.toks[k].kind != Kind::Word
            || matches!(w, "that" | "it" | "he" | "she" | "they" | "the" | "to") && k > v + 1
        {
            return false;
        }
        if matches!(
            w,
            "title"
                | "titles"
                | "crown"
                | "victory"
                | "win"
                | "medal"
                | "gold"
                | "silver"
                | "bronze"
                | "trophy"
                | "prize"
                | "lives"
                | "life"
                | "responsibility"
                | "seat"
                | "seats"
                | "place"
                | "spot"
                | "wickets"
                | "wicket"
                | "points"
                | "scalp"
                | "honours"
                | "glory"
                | "cup"
        ) {
            return true;
        }
    }
    false
}

/// The source after "according to" at token `k`. When the phrase ends in a capitalised name
/// after lowercase descriptors ("US research think-tank Pew Internet and American Life",
/// "industry analysts Crestline Media"), that whole name is the source even when the entity
/// finder missed it or split it at "and".
fn according_to(cx: &Ctx, k: usize) -> Option<Who> {
    // "a table drawn up by Le Monde", "a survey carried out by Gallup": the agent
    let n = cx.toks.len();
    let mut j = k;
    while j < n && j < k + 6 && cx.toks[j].kind == Kind::Word && !cx.toks[j].cap {
        let w = cx.low[j].as_str();
        if j > k && (w.ends_with("ed") || matches!(w, "drawn" | "done" | "written" | "taken")) {
            let mut by = j + 1;
            if cx.low.get(by).is_some_and(|x| matches!(x.as_str(), "up" | "out")) {
                by += 1;
            }
            if cx.low.get(by).is_some_and(|x| x == "by") {
                if let Some(w) = according_to_depth(cx, by + 1, 1) {
                    return Some(w);
                }
            }
            break;
        }
        j += 1;
    }
    match according_to_depth(cx, k, 0) {
        // "a registration document filed with ...", "a poll posing the question ...": the head
        Some(Who::Desc(d)) => {
            let mut words: Vec<&str> = Vec::new();
            for (wi, w) in d.split_whitespace().enumerate() {
                if wi > 0 && (w.ends_with("ed") || w.ends_with("ing") || matches!(w, "the" | "a" | "an" | "up")) {
                    break;
                }
                words.push(w);
            }
            Some(Who::Desc(words.join(" ")))
        }
        w => w,
    }
}

fn according_to_depth(cx: &Ctx, k: usize, depth: u8) -> Option<Who> {
    let base = cx.after_verb(k);
    let n = cx.toks.len();
    // "a report by analysts Forrester", "figures from the statistics office": the author
    if depth == 0 {
        let mut j = k;
        while j < n && j < k + 4 && cx.toks[j].kind == Kind::Word && !cx.toks[j].cap {
            let w = cx.low[j].as_str();
            if matches!(
                w,
                "report"
                    | "reports"
                    | "survey"
                    | "study"
                    | "research"
                    | "poll"
                    | "figures"
                    | "data"
                    | "statistics"
                    | "analysis"
                    | "estimates"
                    | "forecasts"
            ) {
                if matches!(cx.low.get(j + 1).map(|x| x.as_str()), Some("by" | "from")) {
                    if let Some(w) = according_to_depth(cx, j + 2, 1) {
                        return Some(w);
                    }
                }
                break;
            }
            j += 1;
        }
    }
    let lim = (k + 14).min(n);
    let mut j = k;
    if j < lim && matches!(cx.low[j].as_str(), "the" | "a" | "an") {
        j += 1;
    }
    let np_start = j;
    let mut last_run: Option<(usize, usize)> = None;
    let mut run_start: Option<usize> = None;
    let mut end = j;
    while j < lim {
        let tk = cx.toks[j];
        let w = cx.low[j].as_str();
        if glued_start(cx, j) {
            break;
        }
        if tk.kind == Kind::Word && tk.cap && cx.tok_quote[j].is_none() {
            run_start.get_or_insert(j);
            j += 1;
            end = j;
            continue;
        }
        let next_cap = cx.toks.get(j + 1).is_some_and(|t| t.kind == Kind::Word && t.cap);
        if run_start.is_some() && next_cap && matches!(w, "and" | "of" | "for" | "&") {
            j += 1;
            continue;
        }
        if let Some(rs) = run_start.take() {
            last_run = Some((rs, j));
        }
        if tk.kind == Kind::Word && !STOP_WHAT.contains(&w) && !w.ends_with("ing") && !w.ends_with("ed") {
            // a descriptor: "research", "think-tank", "analysts"
            j += 1;
            end = j;
            continue;
        }
        break;
    }
    if let Some(rs) = run_start {
        last_run = Some((rs, j));
    }
    let Some((rs, re)) = last_run else {
        // "according to technology analysts, TDG Research,": the name in apposition
        if !matches!(base, Some(Who::Ent(_))) && end > np_start && cx.low.get(end).is_some_and(|w| w == ",") {
            if let Some((id, first, _)) = cx.mention_ent(end + 1) {
                if first == end + 1
                    && matches!(cx.ents.ents[id].kind, crate::entities::EKind::Org | crate::entities::EKind::Person)
                {
                    return Some(Who::Ent(id));
                }
            }
            let mut r = end + 1;
            while r < n && r < end + 7 && cx.toks[r].kind == Kind::Word && cx.toks[r].cap {
                r += 1;
            }
            if r >= end + 3 && cx.low.get(r).is_none_or(|w| matches!(w.as_str(), "," | "." | ";")) {
                return Some(Who::Desc(cx.t[cx.toks[end + 1].s..cx.toks[r - 1].e].to_string()));
            }
        }
        // "according to federal regulators": a plain descriptive phrase closing the clause
        let closed = cx.toks.get(end).is_none_or(|k| k.kind == Kind::Punct);
        let plain = if closed { lower_np(cx, np_start, end) } else { None };
        return match base {
            Some(Who::Desc(_)) | None if plain.is_some() => plain,
            b => b,
        };
    };
    // "Labor Department figures": the name before a data noun is the source
    let data_tail = end == re + 1
        && matches!(cx.low[re].as_str(), "figures" | "data" | "statistics" | "numbers" | "estimates" | "research");
    // "according to Chinese state press reports": a demonym and plain words name the source
    // (the reports are its channel)
    if base.is_none()
        && rs == np_start
        && re == rs + 1
        && re < end
        && end - re <= 4
        && LEX.demonyms.contains_key(cx.low[rs].as_str())
        && cx.toks.get(end).is_none_or(|k| k.kind == Kind::Punct)
    {
        let mut e = end;
        if e > re + 1 && matches!(cx.low[e - 1].as_str(), "reports" | "report") {
            e -= 1;
        }
        return Some(Who::Desc(cx.t[cx.toks[rs].s..cx.toks[e - 1].e].to_string()));
    }
    // the phrase must end with the name ("US officials" ends with a descriptor)
    let base_ok = base.as_ref().is_some_and(|w| !crate::attrib::is_data_desc(w));
    if re != end && !data_tail || rs == np_start && re - rs < 3 && base_ok {
        return base;
    }
    if let Some((id, first, last)) = cx.mention_ent(rs) {
        if first == rs && last == re {
            return Some(Who::Ent(id));
        }
        // the name found runs past a missing full stop ("Gartner More")
        if first == rs && last > re && glued_start(cx, re) {
            return Some(Who::Desc(cx.t[cx.toks[rs].s..cx.toks[re - 1].e].to_string()));
        }
    }
    // "the United Nations (UN)": the bracketed acronym is the entity
    if cx.low.get(re).is_some_and(|w| w == "(") {
        if let Some((id, first, _)) = cx.mention_ent(re + 1) {
            if first == re + 1 {
                return Some(Who::Ent(id));
            }
        }
    }
    if let Some(Who::Ent(id)) = &base {
        if cx.ents.ents[*id].kind == crate::entities::EKind::Person {
            return base;
        }
        // the entity found heads the name ("the UK's Office for National Statistics")
        if (rs..re).any(|x| cx.mention_ent(x).is_some_and(|(i, _, l)| i == *id && l == re)) {
            return base;
        }
    }
    // two names joined: "Smith and Jones"
    if (rs..re).any(|x| {
        matches!(cx.low[x].as_str(), "and" | "&")
            && cx.mention_ent(x + 1).is_some_and(|(i, f, _)| {
                f == x + 1
                    && matches!(cx.ents.ents[i].kind, crate::entities::EKind::Person | crate::entities::EKind::Org)
            })
            && cx.mention_ent(rs).is_some()
    }) {
        return base;
    }
    Some(Who::Desc(cx.t[cx.toks[rs].s..cx.toks[re - 1].e].to_string()))
}

fn filter_source(cx: &Ctx, w: Option<Who>) -> Option<Who> {
    match &w {
        Some(d @ Who::Desc(_)) if crate::attrib::is_data_desc(d) => None,
        Some(Who::Ent(id)) if cx.ents.ents[*id].kind == crate::entities::EKind::Unknown => None,
        _ => w,
    }
}

/// Find all claims.
pub fn find(
    cx: &mut Ctx,
    quote_speakers: &[Option<Who>],
    sentence_text: impl Fn(usize, usize) -> String,
) -> Vec<Claim> {
    let mut out: Vec<Claim> = Vec::new();
    let n = cx.toks.len();
    let mut i = 0;
    let mut last_end_tok = 0usize;
    let mut last_qual = "exact";
    let mut last_claimant: Option<Who> = None;
    let mut last_conv = false;
    let mut last_measure = false;
    let max_claims = 2000;
    let sport = OnceCell::new();
    let models = model_numbers(cx.t);
    let mut last_what: Option<(usize, String, Option<String>)> = None;
    while i < n && out.len() < max_claims {
        let tk = cx.toks[i];
        let is_candidate = tk.kind == Kind::Num
            || tk.kind == Kind::Punct && currency_sym(tk.text(cx.t)).is_some()
            || tk.kind == Kind::Word && {
                let w = cx.low[i].as_str();
                word_value(w).is_some()
                    || w.split_once('-').map(|(x, _)| word_value(x).is_some()).unwrap_or(false)
                    || vague_word(w).is_some()
                    || w == "dozen"
                    || bare_scale(cx, i)
                    // "at least twice" (not "twice as many": a comparison, not a count)
                    || matches!(w, "twice" | "thrice")
                        && !matches!(cx.low.get(i + 1).map(|x| x.as_str()), Some("as" | "the" | "a" | "that"))
                    || matches!(w, "a" | "an" | "several" | "few")
                        && cx
                            .low
                            .get(i + 1)
                            .map(|x| {
                                x == "dozen" && matches!(w, "a" | "an")
                                    || matches!(x.as_str(), "hundred" | "thousand" | "million" | "billion")
                            })
                            .unwrap_or(false)
            };
        if !is_candidate {
            i += 1;
            continue;
        }
        let Some(num) = parse_in(cx, i, &sport) else {
            i += 1;
            continue;
        };
        let start_word = num.a == 0
            || matches!(cx.low[num.a - 1].as_str(), "." | "!" | "?" | "\"" | "“" | ":" | "(")
            || cx.t[cx.toks[num.a - 1].e..cx.toks[num.a].s].contains('\n');
        if excluded(cx, &num, start_word, &sport, &models) {
            i = num.b.max(i + 1);
            continue;
        }
        let s = cx.toks[num.a].s;
        let e = cx.toks[num.b - 1].e;
        // parenthesised conversion right after the previous claim: inherit
        // ("$2.3bn or £1.2bn", "$5m, €4m"): a second conversion in the same brackets too
        let in_parens = num.a > 0
            && (matches!(cx.low[num.a - 1].as_str(), "(" | ";")
                || last_conv && matches!(cx.low[num.a - 1].as_str(), "or" | "," | "/"))
            && last_end_tok + 3 >= num.a
            && !out.is_empty();
        let mut qual = num.qual_after.or_else(|| or_more_after_noun(cx, &num)).unwrap_or_else(|| qualifier(cx, num.a));
        if num.vague && qual == "exact" {
            qual = "more than";
        }
        // "within 30mg of the limit", "within 1.5 feet", "within 5%": a tolerance is a cap (not a
        // gap: "to within six points of the leaders")
        if qual == "exact"
            && num.a > 0
            && cx.low[num.a - 1] == "within"
            && (is_measure(cx, &num) || num.unit.as_deref() == Some("percent"))
        {
            qual = "at most";
        }
        // ("some 2,500km (1,500 miles)": a length, weight or speed converted in brackets too)
        let measure_conv = in_parens && last_measure && is_measure(cx, &num);
        let conv = in_parens && num.unit.as_deref().map(|u| u.len() == 3).unwrap_or(false) || measure_conv;
        let who = if conv {
            if qual == "exact" {
                qual = last_qual;
            }
            last_claimant.clone()
        } else {
            claimant(cx, num.a, quote_speakers)
        };
        if let Some(Who::Desc(d)) = &who {
            if crate::attrib::is_plural_desc(d) {
                cx.plural_seen.push((s, d.clone()));
            }
        }
        let si = cx.tok_sent[num.a];
        let (ss, se) = cx.sents[si];
        // a conversion repeats its amount: no counted thing of its own (the ledger would
        // compare the two currencies)
        let what = if conv {
            None
        } else {
            what_of(cx, &num, last_what.as_ref().map(|(b, w, u)| (*b, w.as_str(), u.as_deref())))
        };
        if !conv {
            last_what = what.clone().map(|w| (num.b, w, num.unit.clone()));
        }
        // "shrank by -0.1%": a minus sign glued to the figure (not a range's hyphen "5-10")
        let mut chars_before = cx.t[..s].chars().rev();
        let negative = matches!(chars_before.next(), Some('-' | '−'))
            && chars_before.next().is_none_or(|c| c.is_whitespace() || c == '(');
        let s = if negative { s - cx.t[..s].chars().next_back().map_or(1, char::len_utf8) } else { s };
        let sign = if negative { -1.0 } else { 1.0 };
        let claim = Claim {
            value: sign * num.value,
            text: cx.t[s..e].to_string(),
            qualifier: qual.to_string(),
            what,
            verb: verb_of(cx, num.a),
            claimant: who.as_ref().map(|w| cx.name(w)),
            sentence: sentence_text(ss, se),
            high: num.high.map(|h| sign * h),
            unit: num.unit.clone(),
            start: s,
            end: e,
        };
        last_qual = qual;
        last_claimant = who;
        last_conv = conv;
        last_end_tok = num.b;
        last_measure = is_measure(cx, &num);
        out.push(claim);
        i = num.b.max(i + 1);
    }
    out
}
