//! Quotation-mark pairing (straight and curly, continuation across paragraphs, unbalanced input).

#[derive(Debug, Clone)]
pub struct RawQuote {
    /// byte offset of the opening mark
    pub open: usize,
    /// content parts (byte ranges), more than one for continued quotes
    pub parts: Vec<(usize, usize)>,
    /// byte offset just after the closing mark (or end of last part when unclosed)
    pub after: usize,
    pub closed: bool,
}

impl RawQuote {
    pub fn s(&self) -> usize {
        self.parts.first().map(|p| p.0).unwrap_or(self.open)
    }
    pub fn e(&self) -> usize {
        self.parts.last().map(|p| p.1).unwrap_or(self.open)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

const MAX_QUOTES: usize = 5000;

fn mark_at(t: &str, i: usize, c: char) -> Option<(usize, Role)> {
    let prev = t[..i].chars().next_back();
    let len = c.len_utf8();
    let next = t[i + len..].chars().next();
    let ws = |x: Option<char>| x.map(|c| c.is_whitespace()).unwrap_or(true);
    match c {
        '“' | '„' | '«' => Some((len, Role::Open)),
        '»' => Some((len, Role::Close)),
        '”' => {
            if ws(prev) && next.map(|n| n.is_alphanumeric()).unwrap_or(false) {
                Some((len, Role::Open))
            } else {
                Some((len, Role::Close))
            }
        }
        '"' => {
            let open_ok = (ws(prev) || prev.map(|p| "([{—–-/:".contains(p)).unwrap_or(true)) && !ws(next);
            let close_ok = !ws(prev) && (ws(next) || next.map(|n| ".,;:!?)]}—–-'’".contains(n)).unwrap_or(true));
            Some((
                len,
                match (open_ok, close_ok) {
                    (true, false) => Role::Open,
                    (false, true) => Role::Close,
                    _ => Role::Either,
                },
            ))
        }
        '`' if t[i..].starts_with("``") => Some((2, Role::Open)),
        '\'' if t[i..].starts_with("''") => Some((2, Role::Close)),
        _ => None,
    }
}

fn trim_range(t: &str, s: usize, e: usize) -> (usize, usize) {
    let sub = &t[s..e];
    let ls = sub.len() - sub.trim_start().len();
    let te = sub.trim_end().len();
    (s + ls, s + te.max(ls))
}

/// Find quoted passages.
pub fn find(t: &str) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    let mut cur: Option<RawQuote> = None;
    let mut part_start = 0usize;
    let mut skip_until = 0usize;
    for (i, c) in t.char_indices() {
        if i < skip_until {
            continue;
        }
        if !matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '`' | '\'') {
            continue;
        }
        let Some((len, role)) = mark_at(t, i, c) else { continue };
        skip_until = i + len;
        // paragraph break inside an open quote
        if let Some(q) = cur.as_mut() {
            if let Some(nl) = t[part_start..i].find('\n') {
                let nl = part_start + nl;
                let (s, e) = trim_range(t, part_start, nl);
                if e > s {
                    q.parts.push((s, e));
                }
                q.after = nl;
                let para_start = t[..i].rfind('\n').map(|p| p + 1).unwrap_or(0);
                let at_para_start = t[para_start..i].trim().is_empty();
                if at_para_start && role != Role::Close && t[nl..para_start].matches('\n').count() <= 3 {
                    part_start = i + len;
                    continue;
                }
                let done = cur.take();
                if let Some(d) = done {
                    push(&mut out, d);
                }
            }
        }
        match cur.as_mut() {
            Some(q) => {
                if role == Role::Open {
                    let before = t[part_start..i].trim_end();
                    let continuation =
                        before.ends_with(['.', '!', '?']) || before.ends_with(".,") || before.ends_with("...");
                    let (s, e) = trim_range(t, part_start, i);
                    if e > s {
                        q.parts.push((s, e));
                    }
                    if continuation {
                        part_start = i + len;
                        continue;
                    }
                    q.after = i;
                    if let Some(d) = cur.take() {
                        push(&mut out, d);
                    }
                    cur = Some(RawQuote { open: i, parts: Vec::new(), after: i + len, closed: false });
                    part_start = i + len;
                } else {
                    let (s, e) = trim_range(t, part_start, i);
                    if e > s {
                        q.parts.push((s, e));
                    }
                    q.after = i + len;
                    q.closed = true;
                    if let Some(d) = cur.take() {
                        push(&mut out, d);
                    }
                }
            }
            None => {
                if role != Role::Close {
                    cur = Some(RawQuote { open: i, parts: Vec::new(), after: i + len, closed: false });
                    part_start = i + len;
                }
            }
        }
        if out.len() >= MAX_QUOTES {
            return out;
        }
    }
    if let Some(mut q) = cur.take() {
        let end = t[part_start..].find('\n').map(|p| part_start + p).unwrap_or(t.len());
        let (s, e) = trim_range(t, part_start, end);
        if e > s {
            q.parts.push((s, e));
        }
        q.after = end;
        push(&mut out, q);
    }
    out
}

fn push(out: &mut Vec<RawQuote>, q: RawQuote) {
    if q.parts.is_empty() {
        return;
    }
    out.push(q);
}

/// Text of a quote: parts joined, trailing comma removed.
pub fn quote_text(t: &str, q: &RawQuote) -> String {
    let mut s = String::new();
    for (i, &(a, b)) in q.parts.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&t[a..b]);
    }
    let trimmed = s.trim().trim_end_matches([',', ';', ':']).trim_end();
    trimmed.to_string()
}
