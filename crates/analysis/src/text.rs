//! Tokens, sentences and small string helpers. All offsets are byte offsets into the body.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub s: usize,
    pub e: usize,
    pub kind: Kind,
    /// first char upper-case
    pub cap: bool,
}

impl Tok {
    pub fn text<'a>(&self, t: &'a str) -> &'a str {
        &t[self.s..self.e]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Length in bytes of an HTML entity (`&#233;`, `&amp;`) starting at `i`, if any.
pub fn entity_len(t: &str, i: usize) -> Option<usize> {
    let b = t.as_bytes();
    if b.get(i) != Some(&b'&') {
        return None;
    }
    let mut j = i + 1;
    let numeric = b.get(j) == Some(&b'#');
    if numeric {
        j += 1;
    }
    let start = j;
    while j < b.len() && j - start < 8 && (b[j].is_ascii_alphanumeric()) {
        j += 1;
    }
    if j > start && b.get(j) == Some(&b';') {
        Some(j + 1 - i)
    } else {
        None
    }
}

pub fn tokenize(t: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(t.len() / 5);
    let b = t.as_bytes();
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            // number: digits with internal , or . followed by a digit, then attached letters
            let mut e = i + 1;
            loop {
                while e < b.len() && b[e].is_ascii_digit() {
                    e += 1;
                }
                if e + 1 < b.len() && (b[e] == b',' || b[e] == b'.') && b[e + 1].is_ascii_digit() {
                    e += 1;
                    continue;
                }
                break;
            }
            while e < b.len() && (b[e].is_ascii_alphabetic()) {
                e += 1;
            }
            while let Some(&(j, _)) = it.peek() {
                if j < e {
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Tok { s: i, e, kind: Kind::Num, cap: false });
            continue;
        }
        if is_word_char(c) || (c == '&' && entity_len(t, i).is_some()) {
            let mut e = i + c.len_utf8();
            if c == '&' {
                e = i + entity_len(t, i).unwrap_or(1);
            }
            loop {
                let rest = &t[e..];
                let mut chars = rest.chars();
                let Some(n) = chars.next() else { break };
                if is_word_char(n) {
                    e += n.len_utf8();
                    continue;
                }
                // "Fran\u{FFFD}ois": a letter lost in a bad re-encoding, inside a word (not a lost
                // apostrophe: "France\u{FFFD}s", "don\u{FFFD}t")
                if n == '\u{FFFD}' && e > i {
                    let m = chars.next();
                    let m2 = chars.next();
                    // (not a lost dash before a common word: "Joel\u{FFFD}and")
                    let after: String = rest[n.len_utf8()..].chars().take_while(|c| c.is_alphabetic()).collect();
                    let dash = matches!(
                        after.as_str(),
                        "and"
                            | "the"
                            | "but"
                            | "or"
                            | "a"
                            | "an"
                            | "who"
                            | "which"
                            | "that"
                            | "as"
                            | "in"
                            | "on"
                            | "at"
                            | "to"
                            | "of"
                            | "is"
                            | "was"
                            | "with"
                            | "for"
                    );
                    let letter_run = !dash
                        && m.is_some_and(|m| m.is_lowercase() && m.is_alphabetic())
                        && (!matches!(m, Some('s' | 't' | 'd' | 'm')) || m2.is_some_and(char::is_alphabetic));
                    if letter_run {
                        e += n.len_utf8();
                        continue;
                    }
                    break;
                }
                if n == '&' {
                    if let Some(l) = entity_len(t, e) {
                        e += l;
                        continue;
                    }
                    break;
                }
                if n == '\'' || n == '’' || n == '-' || n == '.' {
                    if let Some(m) = chars.next() {
                        let ok = if n == '.' {
                            // U.S. / U.N. style abbreviations only
                            m.is_uppercase()
                                && t[i..e].chars().count() == 1
                                && t[i..e].chars().all(|c| c.is_uppercase())
                        } else {
                            // ("near-400,000": an approximation glued to a figure is two words)
                            is_word_char(m) && !(n == '-' && m.is_ascii_digit() && t[i..e].eq_ignore_ascii_case("near"))
                        };
                        if ok {
                            e += n.len_utf8() + m.len_utf8();
                            continue;
                        }
                    }
                }
                break;
            }
            while let Some(&(j, _)) = it.peek() {
                if j < e {
                    it.next();
                } else {
                    break;
                }
            }
            // iRiver, eBay, iPod count as capitalised names
            let cap = c.is_uppercase()
                || (c.is_lowercase() && t[i..e].chars().nth(1).map(|d| d.is_uppercase()).unwrap_or(false));
            out.push(Tok { s: i, e, kind: Kind::Word, cap });
            continue;
        }
        out.push(Tok { s: i, e: i + c.len_utf8(), kind: Kind::Punct, cap: false });
    }
    out
}

const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "col", "capt", "lt", "sgt", "rev", "sen", "rep", "gov", "jr", "sr",
    "inc", "ltd", "co", "corp", "vs", "v", "no", "nos", "approx", "est", "dept", "fig", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
];

/// Sentence ranges over `t` (byte offsets). Splits on `.!?` followed by space and a capital,
/// digit or quote mark, and on line breaks.
pub fn sentences(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c == b'\n' {
            if i > start && !t[start..i].trim().is_empty() {
                out.push((start, i));
            }
            start = i + 1;
            i += 1;
            continue;
        }
        if c == b'.' || c == b'!' || c == b'?' {
            // skip closing quotes / brackets
            let mut j = i + 1;
            while j < n && (b[j] == b'"' || b[j] == b')' || b[j] == b'\'') {
                j += 1;
            }
            if j < n && t[j..].starts_with('”') {
                j += '”'.len_utf8();
            }
            if j < n && (b[j] == b' ' || b[j] == b'\t') {
                let mut k = j;
                while k < n && (b[k] == b' ' || b[k] == b'\t') {
                    k += 1;
                }
                let next = t[k..].chars().next();
                let starts = match next {
                    Some(ch) => {
                        ch.is_uppercase() || ch.is_ascii_digit() || ch == '"' || ch == '“' || ch == '‘' || ch == '\''
                    }
                    None => false,
                };
                if starts && c == b'.' {
                    // abbreviation?
                    let w_start = t[..i]
                        .char_indices()
                        .rev()
                        .find(|(_, ch)| !ch.is_alphanumeric())
                        .map(|(p, ch)| p + ch.len_utf8())
                        .unwrap_or(0);
                    let w = t[w_start..i].to_ascii_lowercase();
                    // (a letter after an apostrophe ends a contraction, not an initial: "he wasn't.")
                    let contraction = t[..w_start].ends_with(['\'', '’']);
                    if ABBREV.contains(&w.as_str())
                        || (w.len() == 1 && w.chars().all(|c| c.is_alphabetic()) && !contraction)
                    {
                        i += 1;
                        continue;
                    }
                }
                if starts {
                    out.push((start, j));
                    start = k;
                    i = k;
                    continue;
                }
            }
        }
        i += 1;
    }
    if start < n && !t[start..].trim().is_empty() {
        out.push((start, n));
    }
    out
}

/// Lower-case, strip accents of common Latin letters and decode simple HTML entities.
pub fn fold(s: &str) -> String {
    if s.is_ascii() && !s.contains('&') {
        let mut o = s.to_ascii_lowercase();
        if o.contains('`') {
            o = o.replace('`', "'");
        }
        return o;
    }
    let s = decode_entities(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let m = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            'ß' => 's',
            '’' | '‘' | '`' => '\'',
            _ => c,
        };
        for l in m.to_lowercase() {
            out.push(l);
        }
    }
    out
}

/// Decode numeric and a few named HTML entities.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if let Some(l) = entity_len(s, i) {
            let ent = &s[i + 1..i + l - 1];
            let rep = if let Some(num) = ent.strip_prefix('#') {
                num.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                match ent {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some(' '),
                    _ => None,
                }
            };
            if let Some(c) = rep {
                out.push(c);
                i += l;
                continue;
            }
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8().max(1);
    }
    out
}

/// Strip a trailing possessive ('s, ’s, s').
pub fn strip_possessive(s: &str) -> &str {
    for suf in ["'s", "’s", "'S", "’S"] {
        if let Some(x) = s.strip_suffix(suf) {
            return x;
        }
    }
    if s.ends_with("s'") || s.ends_with("s’") {
        return &s[..s.len() - s.chars().last().map(|c| c.len_utf8()).unwrap_or(1)];
    }
    s
}

/// Whether a word ends in a possessive ("Russia's", "Writers'").
pub fn is_possessive(w: &str) -> bool {
    strip_possessive(w).len() != w.len()
}

/// Largest char boundary <= i.
pub fn floor_char(t: &str, mut i: usize) -> usize {
    if i >= t.len() {
        return t.len();
    }
    while i > 0 && !t.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// "Samsung\u{FFFD}s", "don\u{FFFD}t": an apostrophe lost in a bad re-encoding, put back as ’
/// (the same three bytes, so every offset into the text stays valid).
pub fn repair_lost_apostrophes(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut prev: Option<char> = None;
    for (i, c) in t.char_indices() {
        if c == '\u{FFFD}' && prev.is_some_and(char::is_alphanumeric) {
            let rest = &t[i + c.len_utf8()..];
            // ("n\u{FFFD}t" only after n: "Gra\u{FFFD}t" is a name; not before a hyphen:
            // "Oliv\u{FFFD}s-Berthet")
            let suffix = ["s", "t", "d", "m", "re", "ve", "ll"].iter().any(|x| {
                rest.starts_with(x)
                    && !rest[x.len()..].chars().next().is_some_and(|n| n.is_alphabetic() || n == '-')
                    && (*x != "t" || prev == Some('n'))
            });
            if suffix {
                out.push('’');
                prev = Some('’');
                continue;
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod repair_tests {
    #[test]
    fn lost_apostrophes_come_back_with_the_same_offsets() {
        let t = "Samsung\u{FFFD}s phone, you\u{FFFD}re right, Fran\u{FFFD}ois and Isma\u{FFFD}l.";
        let r = super::repair_lost_apostrophes(t);
        assert_eq!(r.len(), t.len());
        assert_eq!(r, "Samsung’s phone, you’re right, Fran\u{FFFD}ois and Isma\u{FFFD}l.");
    }

    #[test]
    fn a_contraction_ends_a_sentence_and_an_initial_does_not() {
        let t = "And indeed he wasn't. Michael Howard spoke. J. Smith left.";
        let s: Vec<&str> = super::sentences(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(s, ["And indeed he wasn't.", "Michael Howard spoke.", "J. Smith left."]);
    }
}
