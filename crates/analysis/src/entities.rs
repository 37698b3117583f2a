//! Rule + gazetteer named-entity recognition with in-article alias merging.

use crate::lexicon::{HashMap, HashSet};

use crate::lexicon::{said_verb, LEX};
use crate::text::{decode_entities, fold, is_possessive, strip_possessive, Kind, Tok};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EKind {
    Person,
    Org,
    Place,
    Group,
    Unknown,
}

impl EKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EKind::Person => "person",
            EKind::Org => "org",
            EKind::Place => "place",
            EKind::Group => "group",
            EKind::Unknown => "org",
        }
    }
}

/// One mention of an entity in the body.
#[derive(Debug, Clone)]
pub struct Mention {
    pub s: usize,
    pub e: usize,
    /// surface with titles / possessive stripped, entities decoded
    pub surface: String,
    pub ent: usize,
    /// index of the first token of the mention
    pub tok: usize,
}

#[derive(Debug, Clone)]
pub struct Ent {
    pub name: String,
    pub kind: EKind,
    pub place: Option<String>,
    pub surfaces: Vec<String>,
    pub spans: Vec<(usize, usize)>,
    /// 'm' / 'f' when known
    pub gender: Option<char>,
    /// lower-case role words seen next to the mentions ("coach", "producer", "chancellor")
    pub roles: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Entities {
    pub ents: Vec<Ent>,
    /// sorted by position
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// Mentions overlapping [s, e).
    pub fn mentions_in(&self, s: usize, e: usize) -> impl Iterator<Item = &Mention> {
        let i = self.mentions.partition_point(|m| m.e <= s);
        self.mentions[i..].iter().take_while(move |m| m.s < e)
    }
    pub fn mention_starting_at(&self, s: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.s < s);
        self.mentions.get(i).filter(|m| m.s == s)
    }
}

#[derive(Debug, Clone)]
struct Cand {
    s: usize,
    e: usize,
    tok: usize,
    ntok: usize,
    surface: String,
    kind: EKind,
    place: Option<String>,
    titled: bool,
    gender: Option<char>,
    role: Option<String>,
    person_cue: bool,
}

/// Names that the capitalised-span finder would cut: opening with a number, or holding a
/// lower-case word or an inner possessive ("Save the Children", "Standard & Poor's").
const FIXED_NAMES: &[(&[&str], EKind)] = &[
    (&["50", "Cent"], EKind::Person),
    (&["3", "Doors", "Down"], EKind::Org),
    (&["30", "Seconds", "To", "Mars"], EKind::Org),
    (&["30", "Seconds", "to", "Mars"], EKind::Org),
    (&["Save", "the", "Children"], EKind::Org),
    (&["Friends", "of", "the", "Earth"], EKind::Org),
    (&["Help", "the", "Aged"], EKind::Org),
    (&["Stop", "the", "War", "Coalition"], EKind::Org),
    (&["Standard", "&", "Poor's"], EKind::Org),
    (&["Standard", "and", "Poor's"], EKind::Org),
    (&["Moody's"], EKind::Org),
    (&["Sotheby's"], EKind::Org),
    (&["Christie's"], EKind::Org),
    (&["Sainsbury's"], EKind::Org),
    (&["McDonald's"], EKind::Org),
    (&["Macy's"], EKind::Org),
    (&["Lloyd's", "of", "London"], EKind::Org),
    (&["War", "on", "Want"], EKind::Org),
    (&["Trinidad", "and", "Tobago"], EKind::Place),
    (&["Bosnia", "and", "Herzegovina"], EKind::Place),
    (&["Antigua", "and", "Barbuda"], EKind::Place),
    (&["Turks", "and", "Caicos"], EKind::Place),
];

/// Two keys one letter apart (dropped, added or changed) away from both ends: the first two and
/// last two letters agree (or the first four and the last).
fn one_inner_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 || a.len().min(b.len()) < 5 || a.len().max(b.len()) < 6 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let s = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    // ("Chada" for "Chadha": a letter before the last one, after a longer shared start)
    (p >= 2 && s >= 2 || p >= 4 && s >= 1) && p + s + 1 >= a.len().max(b.len())
}

/// The surname of a full name: its last word, before a generational suffix ("Harry Connick Jr"
/// is "Connick" alone).
fn surname_word(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace().rev();
    let last = words.next()?;
    if matches!(last, "Jr" | "Jr." | "Jnr" | "Sr" | "Snr" | "II" | "III") {
        return words.next();
    }
    Some(last)
}

/// Key for alias comparison: folded, letters/digits only, transliteration variants merged.
pub fn alias_key(s: &str) -> String {
    let f = fold(s);
    // ("Standard and Poor's" is "Standard & Poor's")
    let f = if f.contains(" and ") { f.replace(" and ", " ") } else { f };
    // ("Institute of Fiscal Studies" is the Institute for Fiscal Studies)
    let f = if f.contains(" for ") { f.replace(" for ", " of ") } else { f };
    let mut k: String = f.chars().filter(|c| c.is_alphanumeric()).collect();
    // transliteration: -iy / -yy / -ij endings and double letters
    for (a, b) in [("iy", "y"), ("yy", "y"), ("ij", "y"), ("kh", "k"), ("ph", "f")] {
        if k.contains(a) {
            k = k.replace(a, b);
        }
    }
    let mut out = String::with_capacity(k.len());
    let mut prev = '\0';
    for c in k.chars() {
        if c != prev {
            out.push(c);
        }
        prev = c;
    }
    out
}

/// One key for the names a party goes by ("Tories", "Conservatives", "Conservative Party"; "Lib
/// Dems", "Liberal Democrats"), so that an article's mentions of it make one entity.
pub(crate) fn party_key(surface: &str) -> Option<&'static str> {
    party_of_key(&alias_key(surface))
}

/// [`party_key`] of a name already turned into its [`alias_key`].
fn party_of_key(key: &str) -> Option<&'static str> {
    Some(match key {
        "conservatives" | "conservative" | "conservativeparty" | "tories" | "tory" | "toryparty" => "conservative",
        "liberaldemocrats" | "liberaldemocrat" | "liberaldemocratparty" | "libdems" | "libdem" => "libdem",
        "labour" | "labourparty" => "labour",
        "republicans" | "republicanparty" => "republican",
        "democrats" | "democraticparty" => "democrat",
        _ => return None,
    })
}

/// "Economic Commission for Latin America and the Caribbean (ECLAC)": the capitalised run from
/// `i` that continues at `k` is followed by an abbreviation in brackets whose letters are the
/// initials of its capitalised words, so the whole run is one name.
fn bracketed_initials(doc: &Doc, i: usize, k: usize) -> bool {
    let (toks, t) = (&doc.toks, doc.t);
    let mut e = k;
    while e < toks.len() && e < k + 8 && toks[e].kind == Kind::Word && toks[e].cap {
        e += 1;
    }
    if e == k || e + 2 >= toks.len() || toks[e].text(t) != "(" || toks[e + 2].text(t) != ")" {
        return false;
    }
    let acr = toks[e + 1].text(t);
    is_acronym(acr) && initials(&t[toks[i].s..toks[e - 1].e]) == acr
}

fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=6).contains(&n)
        && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && s.chars().any(|c| c.is_ascii_uppercase())
}

/// A broadcaster- or agency-style code of two or three capitals and one digit ("BBC2", "MI6",
/// "VH1", "ITV3"): an organisation name, unless the letters are a common product prefix
/// ("PS2", "MP3", "HD2").
fn is_org_code(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.len();
    (3..=4).contains(&n)
        && b[..n - 1].iter().all(|c| c.is_ascii_uppercase())
        && (b'1'..=b'9').contains(&b[n - 1])
        && !matches!(
            &s[..n - 1],
            "PS" | "MP"
                | "HD"
                | "DS"
                | "GT"
                | "CD"
                | "TV"
                | "PC"
                | "SL"
                | "XP"
                | "GP"
                | "RX"
                | "SR"
                | "DC"
                | "AC"
                | "UK"
                | "US"
                | "EU"
                | "CO"
                | "NO"
                | "SO"
                | "VW"
                | "BMW"
                | "FA"
                | "SE"
                | "LX"
        )
}

/// Lower-case nouns that follow a product, format or malware name ("the Betamax format", "the
/// Yepp player", "the Netsky virus"): the name before them is not an organisation, here or
/// (with [`DOC_PRODUCT_NOUNS`]) anywhere in the article.
const PRODUCT_NOUNS: &[&str] = &[
    "format",
    "formats",
    "console",
    "consoles",
    "virus",
    "viruses",
    "worm",
    "worms",
    "browser",
    "disc",
    "discs",
    "tape",
    "tapes",
    "scanner",
    "camcorder",
    "player",
    "players",
];

/// Product-like only right after the name: too generic to mark the name everywhere.
const LOCAL_PRODUCT_NOUNS: &[&str] = &["scan", "scans"];

/// Beyond [`PRODUCT_NOUNS`]: nouns that mark the capitalised word before them as a product
/// anywhere in the article ("the Sativo spray", "the Vexo handheld").
const DOC_PRODUCT_NOUNS: &[&str] = &[
    "drug",
    "drugs",
    "spray",
    "handset",
    "handsets",
    "handheld",
    "handhelds",
    "gadget",
    "gadgets",
    "chip",
    "chips",
    "processor",
    "processors",
    "software",
    "phone",
    "phones",
    "laptop",
    "laptops",
    "programme",
];

/// The token after a candidate ending at `b` is a product noun ("Betamax format").
fn product_next(doc: &Doc, b: usize) -> bool {
    let t = doc.t;
    b > 0
        && !is_possessive(doc.toks[b - 1].text(t))
        && doc.toks.get(b).map(|k| k.kind == Kind::Word && !k.cap).unwrap_or(false)
        && doc
            .low
            .get(b)
            .map(|w| {
                let w = w.as_str();
                (PRODUCT_NOUNS.contains(&w) || LOCAL_PRODUCT_NOUNS.contains(&w))
                    && !(doc.sport && w.starts_with("player"))
            })
            .unwrap_or(false)
}

/// Head nouns of an organisation apposition ("Zentrix, the Swedish telecoms firm,").
const APPOSITION_ORG_HEADS: &[&str] = &[
    "firm",
    "company",
    "group",
    "retailer",
    "carrier",
    "bank",
    "maker",
    "chain",
    "operator",
    "giant",
    "airline",
    "conglomerate",
    "manufacturer",
    "supplier",
    "provider",
    "insurer",
    "lender",
    "broadcaster",
    "publisher",
    "label",
    "band",
    "studio",
    "developer",
    "brewer",
    "producer",
    "utility",
    "charity",
    "agency",
    "regulator",
    "watchdog",
    "club",
    "outfit",
    "business",
    "corporation",
    "multinational",
    "start-up",
    "network",
    "website",
    "magazine",
    "newspaper",
    "distributor",
    "exchange",
    "union",
    "party",
    "organisation",
    "organization",
    "body",
];

/// ", the [up to 3 lower-case modifiers] firm" after a name ending before token `end`: the index
/// of the organisation head noun of the apposition ("X, the world's largest toy maker,").
fn apposition_org_head(doc: &Doc, end: usize) -> Option<usize> {
    let t = doc.t;
    let toks = doc.toks;
    let low = |i: usize| doc.low.get(i).map(|s| s.as_str()).unwrap_or("");
    if low(end) != "," || !matches!(low(end + 1), "the" | "a" | "an") {
        return None;
    }
    let mut i = end + 2;
    let mut n = 0;
    let mut limit = 4;
    while n < limit && toks.get(i).map(|k| k.kind == Kind::Word).unwrap_or(false) {
        let w = low(i);
        if APPOSITION_ORG_HEADS.contains(&w) && !is_possessive(toks[i].text(t)) {
            let after = low(i + 1);
            if !matches!(after, "'s" | "’s") && !LEX.titles.contains(after) {
                return Some(i);
            }
            return None;
        }
        // "the world's largest", "the country's biggest": a place's superlative goes on to the
        // head noun; any other possessive ("the company's chief") ends the search
        if is_possessive(toks[i].text(t)) {
            let stem = strip_possessive(w);
            let place_like = matches!(
                stem,
                "world" | "country" | "nation" | "region" | "state" | "city" | "continent" | "island" | "industry"
            ) || LEX.places.contains_key(stem);
            if n > 0 || !place_like {
                return None;
            }
            limit = 6;
        }
        if LEX.titles.contains(w) {
            return None;
        }
        i += 1;
        n += 1;
    }
    None
}

/// Organisation votes from the words around a candidate (beyond the single-word cues): an
/// apposition headed by a business noun ("X, the Swedish telecoms firm,"), a possessive with a
/// corporate noun ("X's board", "X's shareholders"),
/// business relations ("takeover of X", "bid by X", "customers of X") and relative clauses
/// ("X, which owns ...").
fn org_context_votes(doc: &Doc, tok: usize, ntok: usize, prev: &str, prev2: &str, next: &str, poss: bool) -> i32 {
    let end = tok + ntok;
    let low = |i: usize| doc.low.get(i).map(|s| s.as_str()).unwrap_or("");
    let mut v = 0;
    if next == "," {
        let i = end + 1;
        if matches!(low(i), "the" | "a" | "an") {
            if apposition_org_head(doc, end).is_some() {
                v += 3;
            }
        } else if low(i) == "which"
            && matches!(
                low(i + 1),
                "owns"
                    | "operates"
                    | "makes"
                    | "sells"
                    | "runs"
                    | "employs"
                    | "manufactures"
                    | "publishes"
                    | "produces"
            )
        {
            v += 2;
        }
    }
    if poss
        && matches!(
            next,
            "board"
                | "shareholders"
                | "directors"
                | "takeover"
                | "stores"
                | "shops"
                | "results"
                | "earnings"
                | "subsidiary"
                | "headquarters"
                | "workforce"
                | "turnover"
                | "stock"
                | "valuation"
                | "parent"
                | "products"
                | "brand"
        )
    {
        v += 2;
    }
    // "the UK-based journal Screen Digest", "research firm Jupiter": a kind of body right before
    // the name
    if !poss
        && matches!(
            prev,
            "journal"
                | "magazine"
                | "newspaper"
                | "website"
                | "broadcaster"
                | "firm"
                | "company"
                | "consultancy"
                | "agency"
                | "bank"
                | "retailer"
                | "airline"
                | "insurer"
                | "lender"
                | "publisher"
                | "watchdog"
                | "regulator"
        )
    {
        v += 3;
    }
    if matches!(prev, "by" | "of" | "for" | "with" | "from")
        && matches!(
            prev2,
            "takeover"
                | "bid"
                | "merger"
                | "acquisition"
                | "customers"
                | "subscribers"
                | "shareholders"
                | "buyout"
                | "subsidiary"
                | "division"
                | "owners"
                | "offer"
                | "purchase"
        )
    {
        v += 2;
    }
    // "(Reporting by Nordic Wire)", "with inputs from BBC": a credit line names an outlet unless
    // it names a person by given name ("Reporting by Tom Hale")
    if (prev == "by" && prev2 == "reporting" || prev == "from" && prev2 == "inputs")
        && !LEX.first_names.contains(low(tok))
    {
        v += 3;
    }
    // "Hubert Lanz of Mapwise": a single unknown name after a person's given name and surname
    if ntok == 1
        && prev == "of"
        && tok >= 3
        && doc.toks[tok - 2].cap
        && doc.toks[tok - 3].cap
        && LEX.first_names.contains(low(tok - 3))
        && !LEX.places.contains_key(low(tok))
    {
        v += 2;
    }
    v
}

fn is_camel(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    cs.len() > 3
        && cs.iter().skip(1).any(|c| c.is_uppercase())
        && cs.iter().any(|c| c.is_lowercase())
        && !s.contains('-')
        && !s.contains('\'')
        && !s.contains('’')
        && !s.starts_with("Mc")
        && !s.starts_with("Mac")
        // "DiCaprio", "LaToya", "DeLillo", "VanHorn": a name particle before a capital
        && !(["Di", "De", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"]
            .iter()
            .any(|p| s.starts_with(p) && s[p.len()..].starts_with(|c: char| c.is_uppercase())
                && s[p.len() + 1..].chars().all(|c| c.is_lowercase())))
        && !s.contains("&#")
        // plural of an acronym ("ISPs", "PCs"): a common noun
        && !(s.ends_with('s') && s[..s.len() - 1].chars().all(|c| c.is_ascii_uppercase()))
}

/// The folded words of tokens [a, b) joined by spaces, the form the name lists are keyed by
/// (empty when the range is empty).
fn joined(low: &[String], a: usize, b: usize) -> String {
    low.get(a..b).map_or_else(String::new, |w| w.join(" "))
}

const CONNECTORS: &[&str] = &[
    "of", "and", "&", "for", "de", "del", "da", "van", "von", "der", "den", "le", "la", "du", "al", "bin", "y", "upon",
];

pub(crate) fn title_len(words: &[String]) -> usize {
    // longest title match at the start (up to 3 words)
    let mut best = 0;
    for n in 1..=3.min(words.len()) {
        let cand = words[..n].join(" ");
        // ("Presidents George W Bush and Jacques Chirac": a plural title before two people)
        let singular = cand.strip_suffix('s').filter(|c| c.len() > 3 && !c.ends_with('s') && n + 1 < words.len());
        let plural_office = singular.is_some_and(|c| {
            matches!(c, "president" | "senator" | "minister" | "prime minister" | "governor" | "mayor" | "sprinter")
        });
        if LEX.titles.contains(cand.as_str()) || plural_office {
            best = n;
        }
    }
    best
}

fn title_gender(w: &str) -> Option<char> {
    match w {
        "mr" | "sir" | "lord" | "king" | "prince" | "baron" | "father" | "emperor" | "cardinal" | "archbishop"
        | "bishop" | "pope" | "rabbi" | "imam" => Some('m'),
        "mrs" | "ms" | "miss" | "lady" | "dame" | "baroness" | "queen" | "princess" | "sister" | "actress"
        | "chairwoman" | "spokeswoman" => Some('f'),
        _ => None,
    }
}

/// Ambiguous title words that also begin organisation names ("General Electric").
fn weak_title(w: &str) -> bool {
    matches!(
        w,
        "general"
            | "major"
            | "chief"
            | "director"
            | "chairman"
            | "captain"
            | "star"
            | "speaker"
            | "leader"
            | "father"
            | "sister"
            | "king"
            | "queen"
            | "prince"
            | "justice"
            | "judge"
            | "officer"
            | "chair"
            | "host"
            | "owner"
            | "founder"
            | "aide"
            | "envoy"
            | "shadow"
            | "deputy"
            | "president"
            | "senator"
            | "governor"
            | "mayor"
            | "bishop"
    ) && !matches!(w, "president")
}

pub struct Doc<'a> {
    pub t: &'a str,
    pub toks: &'a [Tok],
    pub initial: &'a [bool],
    /// folded (lower-cased) token texts
    pub low: &'a [String],
    /// sports article: club names that are also cities are organisations
    pub sport: bool,
}

/// A city whose club is known by a longer name ("Leicester" for Leicester City or Leicester
/// Tigers): in a sports report the city alone names the club.
fn club_city(key: &str) -> bool {
    const CLUB_SUFFIXES: &[&str] = &[
        "city",
        "united",
        "town",
        "rovers",
        "county",
        "athletic",
        "wanderers",
        "albion",
        "tigers",
        "rugby",
        "falcons",
        "scarlets",
        "warriors",
        "blues",
        "rhinos",
        "bulls",
        "saints",
    ];
    LEX.places.contains_key(key) && CLUB_SUFFIXES.iter().any(|s| LEX.orgs.contains(&format!("{key} {s}")))
}

/// "in Wrexham and Edinburgh", "the Glasgow meeting", "the Leicester singer": a city as the
/// place of an event or as a modifier of a noun, not a club.
fn venue_or_modifier(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = doc.toks;
    let venue =
        (a.saturating_sub(4)..a).rev().take_while(|&x| !matches!(toks[x].text(doc.t), "." | ";" | ":")).any(|x| {
            matches!(doc.low[x].as_str(), "in" | "near")
                && (x + 1..a).all(|y| toks[y].cap || matches!(doc.low[y].as_str(), "and" | ","))
        });
    // "travel to Edinburgh", "bring the cup back to Manchester"; "(Leicester, UK)"
    let trip = a >= 2
        && doc.low[a - 1] == "to"
        && matches!(
            doc.low[a - 2].as_str(),
            "travel"
                | "travels"
                | "travelled"
                | "traveled"
                | "come"
                | "comes"
                | "came"
                | "back"
                | "trip"
                | "journey"
                | "head"
                | "heads"
                | "go"
                | "goes"
                | "went"
                | "return"
                | "returns"
                | "returned"
        );
    let located = toks.get(b).is_some_and(|k| k.text(doc.t) == ",")
        && doc
            .low
            .get(b + 1)
            .is_some_and(|w| is_country(w) || matches!(w.as_str(), "uk" | "england" | "scotland" | "wales"));
    let modifier = a > 0
        && doc.low[a - 1] == "the"
        && toks.get(b).is_some_and(|k| k.kind == Kind::Word && !k.cap && !matches!(doc.low[b].as_str(), "and" | "or"));
    venue || trip || located || modifier
}

/// The kind a plural head noun gives the list of names after it ("rappers Nas, Jadakiss and
/// Ludacris", "firms such as Acme, Zenco and Blix", "countries including ...").
fn list_head_kind(doc: &Doc, tok: usize) -> Option<EKind> {
    let mut k = tok;
    // "such as", "including", "like" between the head and the names
    for _ in 0..2 {
        if k > 0 && matches!(doc.low[k - 1].as_str(), "as" | "such" | "including" | "like" | ",") {
            k -= 1;
        }
    }
    let head = doc.low.get(k.checked_sub(1)?)?.as_str();
    match head {
        "rappers" | "singers" | "artists" | "stars" | "actors" | "actresses" | "musicians" | "performers"
        | "players" | "comedians" | "presenters" | "guests" | "writers" | "authors" | "directors" | "politicians"
        | "celebrities" => Some(EKind::Person),
        "bands" | "groups" | "companies" | "firms" | "labels" | "clubs" | "teams" | "retailers" | "banks"
        | "airlines" | "carriers" | "operators" | "brands" | "charities" | "unions" | "broadcasters" | "newspapers"
        | "publishers" | "studios" | "rivals" => Some(EKind::Org),
        "countries" | "cities" | "states" | "towns" | "nations" => Some(EKind::Place),
        _ => None,
    }
}

/// Is this a sports article (by the density of sports words)?
pub fn is_sport(t: &str, toks: &[Tok]) -> bool {
    let mut n = 0;
    // distinct sports words: "win" ten times in an awards story is not a sports report
    let mut seen: Vec<&str> = Vec::new();
    let mut prev = "";
    for k in toks.iter().take(3000) {
        if k.kind != Kind::Word {
            prev = "";
            continue;
        }
        // ("Uefa's official website")
        let w = strip_possessive(k.text(t));
        if !k.cap && crate::lexicon::SPORT_SET.contains(w) {
            n += 1;
            if seen.len() < 8 && !seen.contains(&w) {
                seen.push(w);
            }
        }
        // a named competition or governing body weighs two sports words
        if k.cap
            && (matches!(w, "Premiership" | "Uefa" | "UEFA" | "Fifa" | "FIFA" | "Olympics" | "Wimbledon")
                || matches!(w, "League" | "Cup" | "Nations")
                    && matches!(
                        prev,
                        "Champions" | "FA" | "World" | "Six" | "Premier" | "Carling" | "Heineken" | "Uefa"
                    ))
        {
            n += 2;
            if seen.len() < 8 {
                seen.push("");
                seen.push("");
            }
        }
        prev = w;
    }
    n >= 4 && seen.len() >= 3
}

pub fn extract(doc: &Doc) -> Entities {
    // text whose quote marks were lost in a bad re-encoding ("Italy \u{FFFD} They had"): a word
    // after the replacement character opens a sentence, as after a quote mark
    if doc.t.contains('\u{FFFD}') {
        let mut initial = doc.initial.to_vec();
        for i in 1..doc.toks.len().min(initial.len()) {
            if doc.toks[i - 1].text(doc.t) == "\u{FFFD}" {
                initial[i] = true;
            }
        }
        let fixed = Doc { t: doc.t, toks: doc.toks, initial: &initial, low: doc.low, sport: doc.sport };
        return extract_doc(&fixed);
    }
    extract_doc(doc)
}

fn extract_doc(doc: &Doc) -> Entities {
    let t = doc.t;
    let toks = doc.toks;
    // words seen lower-case, and capitalised words seen in non-initial position
    let mut lower: HashSet<&str> = HashSet::default();
    let mut cap_mid: HashSet<&str> = HashSet::default();
    for (i, tk) in toks.iter().enumerate() {
        if tk.kind != Kind::Word {
            continue;
        }
        if tk.cap {
            if !doc.initial[i] {
                cap_mid.insert(strip_possessive(&doc.low[i]));
            }
        } else {
            lower.insert(&doc.low[i]);
        }
    }

    let mut cands: Vec<Cand> = Vec::new();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let tk = toks[i];
        // "shares in ntl": a brand written in lower case
        if tk.kind == Kind::Word && !tk.cap && crate::lexicon::LOWER_CASE_ORGS.contains(&tk.text(t)) {
            let mut c = make_cand(doc, i, i + 1);
            c.kind = EKind::Org;
            cands.push(c);
            i += 1;
            continue;
        }
        // "50 Cent", "3 Doors Down", "Save the Children": a known name the span finder would cut
        if tk.kind == Kind::Num || tk.kind == Kind::Word && tk.cap {
            // (the curly-apostrophe spelling only for a longer word with the same first letter:
            // this runs for every capitalised token against every fixed name)
            let same = |k: usize, x: &str| {
                let w = toks[k].text(t);
                w == x
                    || w.len() > x.len()
                        && w.as_bytes().first() == x.as_bytes().first()
                        && w.contains('\u{2019}')
                        && w.replace('\u{2019}', "'") == x
            };
            if let Some(&(words, kind)) = FIXED_NAMES.iter().find(|(words, _)| {
                i + words.len() <= n
                    && words.iter().enumerate().all(|(k, x)| same(i + k, x))
                    && (1..words.len()).all(|k| toks[i + k].s == toks[i + k - 1].e + 1)
            }) {
                let end = i + words.len();
                let mut c = make_cand(doc, i, end);
                c.kind = kind;
                cands.push(c);
                i = end;
                continue;
            }
        }
        if tk.kind != Kind::Word || !tk.cap {
            i += 1;
            continue;
        }
        // "Brian 'Head' Welch": a nickname in quotes between a first name and a surname
        if let Some((c, next)) = nickname_name(doc, i) {
            cands.push(c);
            i = next;
            continue;
        }
        // grow the span
        let mut nick: Option<(Cand, usize)> = None;
        let mut j = i + 1;
        let mut end_possessive = is_possessive(tk.text(t));
        let saint = |x: usize| matches!(toks[x].text(t), "St" | "Saint" | "St.");
        // "Claire's Stores", "Lloyd's Bank": a possessive word before a business head that ends the
        // name (not a known organisation's own unit: "Tesco's Bank" is Tesco's)
        let business_poss = |x: usize| {
            x >= 1
                && x < n
                && toks[x].kind == Kind::Word
                && matches!(
                    toks[x].text(t),
                    "Stores"
                        | "Inc"
                        | "Ltd"
                        | "Plc"
                        | "Corp"
                        | "Capital"
                        | "Bank"
                        | "Pizza"
                        | "Restaurants"
                        | "Holdings"
                )
                && t[toks[x - 1].e..toks[x].s] == *" "
                && toks.get(x + 1).is_none_or(|k| !(k.cap && k.kind == Kind::Word))
                && !LEX.orgs.contains(strip_possessive(doc.low[x - 1].as_str()))
        };
        // "Writers' Guild", "Teachers' Union": a plural possessive before a body's head (or a
        // worker's one: "Transport & General Worker's Union")
        let plural_body = |x: usize| {
            x >= 1
                && x < n
                && (toks[x - 1].text(t).ends_with("s'")
                    || toks[x - 1].text(t).ends_with("er's") && matches!(toks[x].text(t), "Union" | "Guild"))
                && t[toks[x - 1].e..toks[x].s] == *" "
                && matches!(
                    toks[x].text(t),
                    "Union"
                        | "Unions"
                        | "Guild"
                        | "Association"
                        | "Federation"
                        | "Society"
                        | "Council"
                        | "League"
                        | "Alliance"
                        | "Forum"
                        | "Institute"
                        | "Trust"
                        | "Party"
                        | "Club"
                        | "Group"
                        | "Fund"
                        | "Network"
                )
        };
        // "the Women's Tennis Association", "the People's Party": a plural of people in the
        // possessive inside a body's name
        let people_poss = |x: usize| {
            x >= 1
                && x < n
                && matches!(
                    strip_possessive(toks[x - 1].text(t)),
                    "Women" | "Men" | "Children" | "People" | "Peoples" | "Workers" | "Veterans"
                )
                && is_possessive(toks[x - 1].text(t))
                && t[toks[x - 1].e..toks[x].s] == *" "
                && toks[x].kind == Kind::Word
                && toks[x].cap
        };
        // "the US Trade Representative's Office", "the Prime Minister's Office": an office
        // holder's title, possessive, before "Office" names the body
        let office_poss = |x: usize| {
            x >= 1
                && x < n
                && toks[x].text(t) == "Office"
                && t[toks[x - 1].e..toks[x].s] == *" "
                && LEX.titles.contains(strip_possessive(doc.low[x - 1].as_str()))
                && toks.get(x + 1).is_none_or(|k| !(k.cap && k.kind == Kind::Word))
        };
        while j < n
            && (!end_possessive
                || j >= 2 && saint(j - 2) && toks[j].cap && toks[j].kind == Kind::Word
                || business_poss(j)
                || plural_body(j)
                || people_poss(j)
                || office_poss(j))
        {
            if end_possessive {
                end_possessive = false;
            }
            let nt = toks[j];
            if t[toks[j - 1].e..nt.s].contains('\n') || (nt.s > toks[j - 1].e && t[toks[j - 1].e..nt.s].trim() != "") {
                break;
            }
            if nt.kind == Kind::Word && nt.cap {
                if crate::lexicon::FUNCTION_CAPS.contains(&fold(nt.text(t)).as_str()) && !middle_initial(doc, j) {
                    break;
                }
                end_possessive = is_possessive(nt.text(t));
                j += 1;
                if crate::lexicon::MODIFIER_SUFFIXES.iter().any(|m| nt.text(t).ends_with(m)) {
                    break;
                }
                continue;
            }
            let w = nt.text(t);
            // "J. Allard", "J. K. Rowling": an initial with a full stop before a surname
            if w == "."
                && nt.s == toks[j - 1].e
                && toks[j - 1].text(t).len() == 1
                && toks[j - 1].text(t).chars().all(|c| c.is_ascii_uppercase())
                && (j - 1 == i || j >= 2 && toks[j - 2].text(t) == ".")
                && j + 1 < n
                && toks[j + 1].kind == Kind::Word
                && toks[j + 1].cap
                && t[nt.e..toks[j + 1].s] == *" "
                // one surname after it ("plan B. Marten Oduya" is a sentence break)
                && (toks.get(j + 2).is_none_or(|k| !(k.kind == Kind::Word && k.cap)) || j + 2 < n && toks[j + 2].text(t) == ".")
                && !LEX.common.contains(doc.low[j + 1].as_str())
                && !crate::lexicon::FUNCTION_CAPS.contains(&doc.low[j + 1].as_str())
                && !LEX.months.contains(doc.low[j + 1].as_str())
                && !LEX.weekdays.contains(doc.low[j + 1].as_str())
            {
                j += 1;
                continue;
            }
            // "Guitarist Brian 'Head' Welch": the span so far ends in a first name before a nickname
            if j - 1 > i && nt.kind == Kind::Punct {
                if let Some(found) = nickname_name(doc, j - 1) {
                    nick = Some(found);
                    j -= 1;
                    break;
                }
            }
            // plural possessive inside a name: "Transport Workers' Union", "Nurses' Association"
            if (w == "'" || w == "’")
                && nt.s == toks[j - 1].e
                && toks[j - 1].text(t).ends_with('s')
                && j + 1 < n
                && toks[j + 1].cap
                && t[nt.e..toks[j + 1].s] == *" "
                && LEX.org_words.contains(toks[j + 1].text(t))
                // (not a body's own name before its possessive: "the Tories' Commons presence")
                && !LEX.org_words.contains(toks[j - 1].text(t))
            {
                j += 2;
                continue;
            }
            let wl = w.to_ascii_lowercase();
            // "Mail on Sunday", "Independent on Sunday": a newspaper's Sunday edition
            if wl == "on"
                && j + 1 < n
                && toks[j + 1].text(t) == "Sunday"
                && matches!(toks[j - 1].text(t), "Mail" | "Independent" | "Express" | "Mirror" | "Observer")
                && t[nt.e..toks[j + 1].s] == *" "
            {
                j += 2;
                break;
            }
            // "School for the Deaf", "Museum of the Moving Image": "the" after a connector inside an
            // organisation name (an organisation word already in the span)
            if matches!(wl.as_str(), "for" | "of" | "and")
                && nt.kind == Kind::Word
                && !nt.cap
                && j + 2 < n
                && doc.low[j + 1] == "the"
                && !toks[j + 1].cap
                && toks[j + 2].kind == Kind::Word
                && toks[j + 2].cap
                && !crate::lexicon::FUNCTION_CAPS.contains(&doc.low[j + 2].as_str())
                && t[nt.e..toks[j + 2].s].len() <= 6
                && !t[nt.e..toks[j + 2].s].contains('\n')
                && if wl == "and" {
                    (i..j).any(|x| doc.low[x] == "the" && !toks[x].cap) || bracketed_initials(doc, i, j + 2)
                } else {
                    LEX.org_words.contains(toks[j - 1].text(t))
                }
                && !LEX.orgs.contains(&joined(doc.low, i, j))
            {
                j += 3;
                end_possessive = is_possessive(toks[j - 1].text(t));
                continue;
            }
            // "Herbert Hansen of Respond", "Joshua Marston for Maria": a given name and a surname
            // end before "of"/"for" (a person's organisation or work follows)
            // ("Gerard Jugnot for The Chorus": a work's title after "for" ends the name too)
            if matches!(wl.as_str(), "of" | "for")
                && j == i + 2
                && (LEX.first_names.contains(doc.low[i].as_str())
                    || wl == "for" && toks.get(j + 1).is_some_and(|k| k.text(t) == "The"))
                && !LEX.org_words.contains(toks[i + 1].text(t))
                && !LEX.places.contains_key(doc.low[i + 1].as_str())
                && !LEX.orgs.contains(&format!("{} {}", doc.low[i], doc.low[i + 1]))
                && (i == 0 || !toks[i - 1].cap || toks[i - 1].kind != Kind::Word)
            {
                break;
            }
            // "Jeroen van der Veer", "Ursula von der Leyen": two name particles in a row
            if nt.kind == Kind::Word
                && !nt.cap
                && matches!(wl.as_str(), "van" | "von" | "de" | "di" | "da")
                && j + 2 < n
                && matches!(doc.low[j + 1].as_str(), "der" | "den" | "de" | "la" | "le" | "los" | "las")
                && !toks[j + 1].cap
                && toks[j + 2].kind == Kind::Word
                && toks[j + 2].cap
                && !t[nt.s..toks[j + 2].s].contains('\n')
            {
                j += 3;
                continue;
            }
            // ("quit London for Asia", "from Paris for Spain": a place does not open a name "for"
            // something)
            let place_for = wl == "for" && {
                let b0 = if doc.low[i] == "the" { i + 1 } else { i };
                b0 < j && LEX.places.contains_key(&joined(doc.low, b0, j))
            };
            let is_conn =
                (nt.kind == Kind::Word && CONNECTORS.contains(&wl.as_str()) && !nt.cap && !place_for) || w == "&";
            if is_conn
                && j + 1 < n
                && toks[j + 1].kind == Kind::Word
                && toks[j + 1].cap
                && !t[nt.e..toks[j + 1].s].contains('\n')
            {
                // "Arcadia Group and Blue Peak Partners": a complete organisation name before "and"
                // starts a list; so does a known organisation ("the Tories and Lib Dems")
                // ("Investors Bank and Trust", "Smith and Sons": one organisation word closes it)
                let closing_head = matches!(toks[j + 1].text(t), "Trust" | "Co" | "Company" | "Sons" | "Partners")
                    && (i..j).any(|x| LEX.org_words.contains(toks[x].text(t)))
                    && toks.get(j + 2).is_none_or(|k| !(k.kind == Kind::Word && k.cap));
                // "Transport and General Workers' Union", "Toshiba Elevator and Building Systems": an
                // unknown name before "and" and a run of capitalised words closed by an organisation
                // word are one body ("Arsenal and Chelsea Football Club" are two)
                let b0 = if doc.low[i] == "the" { i + 1 } else { i };
                // the words before "and" (without a leading "the"), joined
                let before = || joined(doc.low, b0, j);
                let one_body = wl == "and" && b0 < j && {
                    let mut k = j + 1;
                    let mut last = j;
                    while k < n && k < j + 7 {
                        if toks[k].kind == Kind::Word && toks[k].cap {
                            last = k;
                        } else if !(matches!(toks[k].text(t), "'" | "’") && toks[k].s == toks[k - 1].e) {
                            break;
                        }
                        k += 1;
                    }
                    // (the cheap tests first: most runs after "and" are closed by no organisation word)
                    last > j + 1
                        && LEX.org_words.contains(strip_possessive(toks[last].text(t)))
                        // (not two complete names: "Citizens Bank and Canal Bank", "Independent and
                        // The Times", "Froogle and Google News", "Model Caprice and Holby City actor")
                        && (b0..j).all(|x| {
                            toks[x].cap && toks[x].kind == Kind::Word && !LEX.org_words.contains(toks[x].text(t))
                        })
                        && j - b0 <= 2
                        && doc.low[j + 1] != "the"
                        // ("Exxon Mobil and British Petroleum", "World Cup and Champions League")
                        && !LEX.demonyms.contains_key(&doc.low[j + 1])
                        && !LEX.places.contains_key(&doc.low[j + 1])
                        && !crate::lexicon::EVENT_HEADS.contains(&toks[j - 1].text(t))
                        && doc.low.get(last + 1).is_none_or(|x| !LEX.titles.contains(x.as_str()))
                        && !(doc.initial[b0] && LEX.common.contains(doc.low[b0].as_str()))
                        && !LEX.first_names.contains(doc.low[b0].as_str())
                        && {
                            let after: Vec<&str> = (j + 1..=last).map(|x| doc.low[x].as_str()).collect();
                            !(1..=after.len()).any(|m| LEX.orgs.contains(&after[..m].join(" ")))
                        }
                        && {
                            let before = before();
                            !LEX.orgs.contains(&before) && !LEX.places.contains_key(&before)
                        }
                };
                // ("the University of California and Dan Gillmor": a given name after "and" opens a
                // second name)
                let person_next = LEX.first_names.contains(doc.low[j + 1].as_str())
                    && toks.get(j + 2).is_some_and(|k| k.kind == Kind::Word && k.cap)
                    && !LEX.org_words.contains(toks[j + 2].text(t));
                // the end of the run of up to four capitalised words after "and"
                let after_end = || {
                    let mut k = j + 1;
                    while k < n && k < j + 5 && toks[k].kind == Kind::Word && toks[k].cap {
                        k += 1;
                    }
                    k
                };
                // "New York State Department of Health and State University of New York": a body
                // "of" something, then another body "of" something, are two
                let two_bodies = wl == "and" && (i..j).any(|x| matches!(doc.low[x].as_str(), "of" | "for")) && {
                    let k = after_end();
                    k > j + 1
                        && k < n
                        && matches!(doc.low[k].as_str(), "of" | "for")
                        && LEX.org_words.contains(toks[k - 1].text(t))
                };
                // ("the US Securities and Exchange Commission": a known body after a place prefix)
                let known_body = || {
                    let k = after_end();
                    (b0..j.min(b0 + 2)).any(|from| LEX.orgs.contains(&joined(doc.low, from, k)))
                };
                if wl == "and"
                    && w != "&"
                    && !closing_head
                    && !one_body
                    && !known_body()
                    && (two_bodies
                        || person_next
                        || !(i..j).any(|x| LEX.org_words.contains(toks[x].text(t)))
                        || (i..j).all(|x| toks[x].cap) && LEX.orgs.contains(&before())
                        || LEX.org_words.contains(toks[j - 1].text(t)) && j - i - usize::from(doc.low[i] == "the") >= 2)
                {
                    break;
                }
                j += 2;
                end_possessive = is_possessive(toks[j - 1].text(t));
                continue;
            }
            // number inside a broadcaster name: "BBC Radio 2"
            if nt.kind == Kind::Num && w.len() <= 2 {
                let prev = fold(toks[j - 1].text(t));
                if matches!(prev.as_str(), "radio" | "channel" | "news" | "movies" | "one" | "tv") {
                    j += 1;
                    break;
                }
                // "Maroon 5", "Sum 41": a known name that ends in a number
                let upto = |end: usize| joined(doc.low, i, end);
                if LEX.orgs.contains(&format!("{} {}", upto(j), w)) && doc.low[j - 1] != "number" {
                    j += 1;
                    break;
                }
                // "Il Sole 24 Ore", "TFC 101 Tower": a number between two capitalised words of one
                // line is part of the name (not in sports reports: "Arsenal 2 Chelsea 1")
                // ("Meanwhile 70 Hong Kong stars", "Some 32 Labour MPs": a count after a sentence opener)
                if !doc.sport
                    && !doc.initial[j - 1]
                    && !LEX.common.contains(doc.low[j - 1].as_str())
                    && nt.s == toks[j - 1].e + 1
                    && toks.get(j + 1).is_some_and(|k| {
                        k.kind == Kind::Word
                            && k.cap
                            && k.s == nt.e + 1
                            && !LEX.months.contains(doc.low[j + 1].as_str())
                    })
                {
                    j += 2;
                    continue;
                }
                // "BBC 6 Music", "BBC 5 Live": a broadcaster, a number and a station name
                if matches!(prev.as_str(), "bbc" | "itv" | "rte" | "abc" | "cbs" | "nbc")
                    && toks.get(j + 1).is_some_and(|k| k.kind == Kind::Word && k.cap && k.s == nt.e + 1)
                {
                    j += 2;
                    continue;
                }
            }
            break;
        }
        split_span(doc, i, j, &lower, &cap_mid, &mut cands);
        if let Some((c, next)) = nick.take() {
            cands.push(c);
            i = next;
            continue;
        }
        i = j.max(i + 1);
    }
    // "Minister for Children, Young People and Families Marian Holroyd": the portfolio after
    // "Minister for" (a list of capitalised words) is no name; the holder's name ends the last item
    let mut portfolio: Vec<Cand> = Vec::with_capacity(cands.len());
    let mut in_portfolio = false;
    for x in 0..cands.len() {
        let c = &cands[x];
        let opens = c.tok >= 2
            && doc.low[c.tok - 1] == "for"
            && toks[c.tok - 2].cap
            && matches!(doc.low[c.tok - 2].as_str(), "minister" | "secretary" | "state" | "commissioner");
        let continues = in_portfolio
            && x > 0
            && cands[x - 1].e <= c.s
            && matches!(&t[cands[x - 1].e..c.s], ", " | " and " | ", and ");
        if !(opens || continues) || LEX.orgs.contains(&fold(&c.surface)) || LEX.places.contains_key(&fold(&c.surface)) {
            in_portfolio = false;
            portfolio.push(c.clone());
            continue;
        }
        // the holder: a known given name inside the item, with a surname after it
        // "... and Families Marian Holroyd said": the last two words of the last item before a verb
        let before_verb =
            toks.get(c.tok + c.ntok).is_some_and(|k| k.kind == Kind::Word && !k.cap) && t[c.e..].starts_with(' ');
        let holder = (c.tok..c.tok + c.ntok.saturating_sub(1))
            .find(|&k| LEX.first_names.contains(doc.low[k].as_str()) && toks[k + 1].cap)
            .or_else(|| (before_verb && c.ntok >= 3).then(|| c.tok + c.ntok - 2));
        if holder == Some(c.tok) {
            // "Culture, Media and Sport, Tessa Jowell": the holder's own name ends the list
            portfolio.push(c.clone());
            in_portfolio = false;
        } else if let Some(k) = holder {
            let mut h = make_cand(doc, k, c.tok + c.ntok);
            h.kind = EKind::Person;
            h.titled = true;
            h.person_cue = true;
            portfolio.push(h);
            in_portfolio = false;
        } else {
            in_portfolio = true;
        }
    }
    cands = portfolio;
    join_remit_lists(doc, &lower, &mut cands);
    // "the Apple Powerbook", "a Psion Organiser": a known company and one unknown word is the
    // company's product; only the company is an entity
    for c in cands.iter_mut() {
        if c.ntok != 2 || c.titled || c.tok + 1 >= toks.len() {
            continue;
        }
        let (w0, w1) = (toks[c.tok].text(t), strip_possessive(toks[c.tok + 1].text(t)));
        let (f0, f1) = (fold(w0), fold(w1));
        let whole = format!("{f0} {f1}");
        // only after a determiner ("the Apple Powerbook"): "said Zara Holt" is a person
        let det = c.tok > 0
            && matches!(doc.low[c.tok - 1].as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "new")
            && (!toks[c.tok - 1].cap || doc.initial[c.tok - 1]);
        if det
            && !doc.sport
            && LEX.orgs.contains(&f0)
            && !LEX.common.contains(f0.as_str())
            && !is_function_word(&f0)
            && !crate::lexicon::ACRONYM_ORGS.contains(&f0)
            && !LEX.places.contains_key(&f0)
            && !LEX.first_names.contains(f0.as_str())
            && w0.chars().any(|ch| ch.is_lowercase())
            && !LEX.orgs.contains(&whole)
            && !LEX.places.contains_key(&whole)
            && !LEX.org_words.contains(w1)
            && !LEX.place_heads.contains(w1)
            && !LEX.places.contains_key(&f1)
            && !LEX.demonyms.contains_key(&f1)
            && !LEX.orgs.contains(&f1)
            && !LEX.first_names.contains(f1.as_str())
            && !LEX.common.contains(f1.as_str())
            && !lower.contains(f1.as_str())
            && !english_like(&f1)
            && !is_acronym(w1)
            && w1.chars().all(|ch| ch.is_alphabetic())
        {
            c.e = toks[c.tok].e;
            c.ntok = 1;
            c.surface = decode_entities(w0);
            c.kind = EKind::Org;
        }
    }
    // titles of works ("the film Hotel Rwanda", "his album Blue Skies", "BBC drama Casualty") are
    // not entities, wherever else they occur in the article
    let mut works: HashSet<String> = HashSet::default();
    for c in &cands {
        if c.tok == 0 || c.titled || c.kind == EKind::Person && c.role.is_some() {
            continue;
        }
        let key = fold(&c.surface);
        if LEX.orgs.contains(&key) || LEX.places.contains_key(&key) || LEX.demonyms.contains_key(&key) {
            continue;
        }
        let prev = toks[c.tok - 1];
        if prev.kind == Kind::Word
            && !prev.cap
            && WORK_NOUNS.contains(&doc.low[c.tok - 1].as_str())
            && t[prev.e..c.s].trim().is_empty()
        {
            works.insert(key);
        }
    }
    // "the hugely successful Spider-Man films", "the Harry Potter books": a name right before a
    // works noun is the title of a work (a person only before a singular noun: "a Ken Loach film")
    for c in &cands {
        let nx = c.tok + c.ntok;
        if nx >= toks.len()
            || toks[nx].kind != Kind::Word
            || toks[nx].cap
            || c.e > toks[nx].s
            || !t[c.e..toks[nx].s].trim().is_empty()
        {
            continue;
        }
        let key = fold(&c.surface);
        if c.titled
            || is_possessive(toks[nx - 1].text(t))
            || LEX.orgs.contains(&key)
            || LEX.places.contains_key(&key)
            || LEX.demonyms.contains_key(&key)
        {
            continue;
        }
        let w = doc.low[nx].as_str();
        let plural =
            matches!(w, "films" | "movies" | "books" | "novels" | "albums" | "games" | "sequels" | "franchise");
        let singular =
            matches!(w, "film" | "movie" | "series" | "show" | "album" | "novel" | "book" | "game" | "sequel" | "tour");
        let first_named = LEX.first_names.contains(fold(c.surface.split_whitespace().next().unwrap_or("")).as_str());
        let shaped_work = c.ntok >= 2 || c.surface.contains('-');
        if plural && shaped_work && (c.tok > 0 && doc.low[c.tok - 1] == "the" || !first_named)
            || singular && shaped_work && !first_named && c.kind == EKind::Unknown
        {
            works.insert(key);
        }
    }
    // "25 films, including Velvet Harbour, Crane Street and Moss Garden", "soap operas Knots
    // Landing", "1989's Polly Marchbank", "starred with Tom Reed in Doc Tennant": more openers of
    // titles of works, and the list that follows them
    let mut ci = 0;
    while ci < cands.len() {
        let c = &cands[ci];
        if c.tok == 0 || c.titled || c.kind == EKind::Person && c.role.is_some() || !work_opener(doc, c) {
            ci += 1;
            continue;
        }
        let key = fold(&c.surface);
        if LEX.orgs.contains(&key) || LEX.places.contains_key(&key) || LEX.demonyms.contains_key(&key) {
            ci += 1;
            continue;
        }
        works.insert(key);
        // the rest of the list: ", B, C and D", "plus E"
        let mut cj = ci + 1;
        while cj < cands.len() && cj <= ci + 8 {
            let (p, q) = (&cands[cj - 1], &cands[cj]);
            if q.s < p.e {
                break;
            }
            let gap = t[p.e..q.s].trim_start_matches(['\'', '’', 's']);
            if !matches!(gap, ", " | " and " | ", and " | " plus " | " or " | ", plus ") || q.titled {
                break;
            }
            let k = fold(&q.surface);
            if LEX.orgs.contains(&k) || LEX.places.contains_key(&k) || LEX.demonyms.contains_key(&k) {
                break;
            }
            works.insert(k);
            cj += 1;
        }
        ci = cj;
    }
    if !works.is_empty() {
        cands.retain(|c| !works.contains(&fold(&c.surface)));
    }
    // "David and Ed Mirvish": a lone first name joined by "and" to a first name and surname
    // shares the surname
    for x in 1..cands.len() {
        let (l, r) = cands.split_at_mut(x);
        let (c, d) = (&mut l[x - 1], &r[0]);
        if c.ntok == 1
            && d.ntok == 2
            && d.tok == c.tok + 2
            // not a list ("Paul Simon, Madonna and David Bowie")
            && c.tok > 0
            && toks[c.tok - 1].kind == Kind::Word
            && !toks[c.tok - 1].cap
            && doc.low[c.tok + 1] == "and"
            && LEX.first_names.contains(fold(&c.surface).as_str())
            && LEX.first_names.contains(doc.low[d.tok].as_str())
            && !LEX.first_names.contains(doc.low[d.tok + 1].as_str())
            && !is_possessive(toks[c.tok].text(t))
            && d.kind == EKind::Person
        {
            if let Some(last) = d.surface.split_whitespace().last() {
                c.surface = format!("{} {}", c.surface, last);
                c.kind = EKind::Person;
            }
        }
    }
    // "the Spaniard", "the 30-year-old Frenchman": one person of a nationality, not a name
    cands.retain(|c| {
        let key = fold(&c.surface);
        !crate::lexicon::SINGULAR_DEMONYMS.contains(&key.as_str()) || LEX.demonyms.contains_key(&key)
    });

    resolve(doc, cands, &lower)
}

/// Heads of bodies whose name ends in a remit list ("Department for Media, Culture and Sport").
const REMIT_HEADS: &[&str] = &[
    "department",
    "ministry",
    "administration",
    "office",
    "institute",
    "commission",
    "committee",
    "council",
    "agency",
    "centre",
    "center",
    "school",
    "faculty",
    "museum",
    "bureau",
];

/// "Department for Media, Culture and Sport", "State Administration of Radio, Film and
/// Television": a body's name whose remit ("for X" / "of X") goes on as a list of ordinary
/// capitalised words (", Y and Z") is one name, not three.
fn join_remit_lists(doc: &Doc, lower: &HashSet<&str>, cands: &mut Vec<Cand>) {
    let t = doc.t;
    let toks = doc.toks;
    let plain_item = |c: &Cand| -> bool {
        c.ntok <= 3
            // "... of Radio, Film and Television": a lone organisation head may be an item
            && (c.kind == EKind::Unknown || c.ntok == 1 && LEX.org_words.contains(c.surface.as_str()))
            && !LEX.orgs.contains(&fold(&c.surface))
            && !LEX.places.contains_key(&fold(&c.surface))
            && (c.tok..c.tok + c.ntok).all(|k| {
                let w = doc.low[k].as_str();
                toks[k].kind == Kind::Word && !LEX.first_names.contains(w) && !is_possessive(toks[k].text(t))
            })
            // a single word, or ordinary words ("Rural Affairs"); "Kelbrook Rail" is a name
            && (c.ntok == 1
                || (c.tok..c.tok + c.ntok).all(|k| {
                    let w = doc.low[k].as_str();
                    lower.contains(w)
                        || LEX.common.contains(w)
                        || english_like(w)
                        || w == "and"
                        || matches!(
                            w,
                            "affairs" | "communities" | "regions" | "skills" | "resources" | "families" | "fisheries"
                                | "sciences" | "arts" | "sport" | "culture" | "energy" | "food" | "trade"
                        )
                }))
    };
    // (first, end, merged): found first, the list rebuilt only when there is one
    let mut merges: Vec<(usize, usize, Cand)> = Vec::new();
    let mut x = 0;
    while x < cands.len() {
        let c = &cands[x];
        let opens = c.ntok >= 3
            && (c.tok..c.tok + c.ntok).any(|k| REMIT_HEADS.contains(&doc.low[k].as_str()) && toks[k].cap)
            && matches!(doc.low[c.tok + c.ntok - 2].as_str(), "for" | "of")
            && !toks[c.tok + c.ntok - 2].cap;
        if opens {
            // items separated by ", " and a last one after " and " / ", and "
            let mut y = x + 1;
            let mut last_and = false;
            while y < cands.len() && y - x <= 4 {
                let sep = &t[cands[y - 1].e.min(cands[y].s)..cands[y].s];
                if !plain_item(&cands[y]) {
                    break;
                }
                match sep {
                    ", " => {}
                    " and " | ", and " => {
                        last_and = true;
                        y += 1;
                        break;
                    }
                    _ => break,
                }
                y += 1;
            }
            if last_and {
                let last = &cands[y - 1];
                // the list must end the name: no capitalised word straight after it
                let after_cap = toks.get(last.tok + last.ntok).is_some_and(|k| k.kind == Kind::Word && k.cap)
                    && t[last.e..].starts_with(' ');
                if !after_cap {
                    let mut m = make_cand(doc, c.tok, last.tok + last.ntok);
                    m.kind = EKind::Org;
                    merges.push((x, y, m));
                    x = y;
                    continue;
                }
            }
        }
        x += 1;
    }
    if merges.is_empty() {
        return;
    }
    let old = std::mem::take(cands);
    let mut next = merges.into_iter().peekable();
    let mut skip_to = 0;
    for (k, c) in old.into_iter().enumerate() {
        if k < skip_to {
            continue;
        }
        if next.peek().is_some_and(|(f, _, _)| *f == k) {
            if let Some((_, end, m)) = next.next() {
                cands.push(m);
                skip_to = end;
                continue;
            }
        }
        cands.push(c);
    }
}

/// "Brian 'Head' Welch", "Earvin \"Magic\" Johnson": a known first name, a quoted nickname of one
/// or two capitalised words, and a surname. Returns the person (first name and surname, the
/// nickname left out of the surface) and the token after the surname.
fn nickname_name(doc: &Doc, i: usize) -> Option<(Cand, usize)> {
    let t = doc.t;
    let toks = doc.toks;
    let is_open = |k: usize| toks.get(k).is_some_and(|x| matches!(x.text(t), "'" | "‘" | "\"" | "“"));
    let is_close = |k: usize| toks.get(k).is_some_and(|x| matches!(x.text(t), "'" | "’" | "\"" | "”"));
    let word_cap = |k: usize| toks.get(k).is_some_and(|x| x.kind == Kind::Word && x.cap);
    if !LEX.first_names.contains(doc.low[i].as_str()) || !is_open(i + 1) || t[toks[i].e..toks[i + 1].s] != *" " {
        return None;
    }
    let mut k = i + 2;
    while k < toks.len() && k < i + 4 && word_cap(k) {
        k += 1;
    }
    if k == i + 2 || !is_close(k) || toks[k].s != toks[k - 1].e || !word_cap(k + 1) {
        return None;
    }
    if t[toks[k].e..toks[k + 1].s] != *" " || toks[i + 2].s != toks[i + 1].e {
        return None;
    }
    let last = fold(strip_possessive(toks[k + 1].text(t)));
    if LEX.places.contains_key(&last) || LEX.orgs.contains(&last) || LEX.common.contains(last.as_str()) {
        return None;
    }
    let mut c = make_cand(doc, i, i + 1);
    let lt = toks[k + 1].text(t);
    c.e = toks[k + 1].s + strip_possessive(lt).len();
    c.surface = format!("{} {}", decode_entities(toks[i].text(t)), decode_entities(strip_possessive(lt)));
    c.ntok = k + 2 - i;
    c.kind = EKind::Person;
    Some((c, k + 2))
}

/// "Run-DMC", "Wu-DNA": a capitalised word hyphened to an acronym names a band or firm (not a
/// prefix such as "Anti-EU", "Pro-NHS").
fn is_hyphen_acronym_name(w: &str) -> bool {
    let Some((head, tail)) = w.rsplit_once('-') else { return false };
    let tl = tail.to_ascii_lowercase();
    head.chars().next().is_some_and(|c| c.is_uppercase())
        && head.chars().skip(1).all(|c| c.is_lowercase())
        && head.len() >= 2
        && (2..=5).contains(&tail.len())
        && tail.chars().all(|c| c.is_ascii_uppercase())
        && !matches!(
            head.to_ascii_lowercase().as_str(),
            "anti"
                | "pro"
                | "non"
                | "ex"
                | "post"
                | "pre"
                | "pan"
                | "euro"
                | "trans"
                | "inter"
                | "multi"
                | "super"
                | "mini"
        )
        && !LEX.non_names.contains(tl.as_str())
        && !LEX.places.contains_key(&tl)
        && !LEX.demonyms.contains_key(&tl)
        && !matches!(tl.as_str(), "mp" | "mps" | "uk" | "us" | "eu" | "un" | "tv" | "nhs")
}

/// Ordinary English words that open titles of works, products and events ("Grand Theft Auto",
/// "Deep South", "Dirty Harry"), never given names in news text.
const TITLE_WORDS: &[&str] = &[
    "grand",
    "deep",
    "dirty",
    "ultra",
    "super",
    "mega",
    "light",
    "dark",
    "black",
    "white",
    "red",
    "blue",
    "green",
    "golden",
    "silver",
    "big",
    "little",
    "great",
    "high",
    "low",
    "new",
    "old",
    "young",
    "total",
    "final",
    "royal",
    "happy",
    "lucky",
    "lost",
    "dead",
    "wild",
    "true",
    "free",
    "hot",
    "cold",
    "cool",
    "top",
    "love",
    "life",
    "death",
    "war",
    "world",
    "city",
    "home",
    "house",
    "game",
    "street",
    "night",
    "day",
    "sun",
    "moon",
    "fire",
    "ice",
    "water",
    "blood",
    "heart",
    "soul",
    "dream",
    "power",
    "magic",
    "secret",
    "toy",
    "screen",
    "scene",
    "triple",
    "double",
    "single",
    "prime",
    "mister",
    "monster",
    "star",
    "space",
    "planet",
    "cyber",
    "digital",
    "virtual",
    "global",
    "national",
    "international",
    "open",
    "smart",
    "fast",
    "easy",
    "rock",
    "pop",
    "soul",
    "metal",
    "punk",
    "jazz",
    "desperate",
    "crazy",
    "mad",
    "bad",
    "good",
    "best",
    "perfect",
    "pure",
    "simple",
    "silent",
    "sweet",
    "bitter",
    "broken",
    "hidden",
    "holy",
    "sacred",
    "saint",
    "san",
    "santa",
    "sao",
    "los",
    "las",
    "el",
    "le",
    "la",
    "der",
    "die",
    "das",
    "sri",
    "port",
    "fort",
    "mount",
    "lake",
    "cape",
    "north",
    "south",
    "east",
    "west",
    "upper",
    "lower",
    "central",
    "middle",
    "inner",
    "outer",
    "dr",
    "mr",
    "mrs",
    "ms",
];

/// A word with an English derivational ending ("Finding", "Creative", "Constitutional"): not a
/// given name.
fn english_like(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "ing", "ed", "al", "ive", "ous", "ful", "less", "ness", "ion", "ity", "ate", "ent", "ant", "ure", "ism", "ist",
        "ics", "ship", "ment", "able", "ible", "ery", "ward", "wise", "est",
    ];
    w.len() <= 2 || ENDS.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// A regular past-tense form ("played", "scored"), long enough not to be a noun like "bed".
fn past_tense(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// "Charles A Blixt", "Mary I Jones": a bare capital initial between a given name and a surname
/// is a middle initial, not the article or the pronoun.
fn middle_initial(doc: &Doc, j: usize) -> bool {
    let (t, toks) = (doc.t, doc.toks);
    j >= 1
        && j + 1 < toks.len()
        && matches!(toks[j].text(t), "A" | "I")
        && LEX.first_names.contains(doc.low[j - 1].as_str())
        && t[toks[j - 1].e..toks[j].s] == *" "
        && t[toks[j].e..toks[j + 1].s] == *" "
        && toks[j + 1].kind == Kind::Word
        && toks[j + 1].cap
        && !LEX.common.contains(doc.low[j + 1].as_str())
        && !crate::lexicon::FUNCTION_CAPS.contains(&doc.low[j + 1].as_str())
}

/// Split a capitalised span into candidates: drop sentence-initial ordinary words,
/// months and weekdays; cut titles off; separate leading demonyms/places.
fn split_span(doc: &Doc, s: usize, e: usize, lower: &HashSet<&str>, cap_mid: &HashSet<&str>, out: &mut Vec<Cand>) {
    let t = doc.t;
    let toks = doc.toks;
    if s >= e || e > toks.len() {
        return;
    }
    // "OCEAN", "CLUES", "NEW": an English word in capitals (a shouted headline word) names nothing
    if e - s == 1 && {
        let w = strip_possessive(toks[s].text(t));
        w.len() >= 3
            && w.chars().all(|c| c.is_ascii_uppercase())
            && crate::lexicon::WORDS.contains(doc.low[s].as_str())
            && !LEX.orgs.contains(&doc.low[s])
            && !LEX.places.contains_key(&doc.low[s])
            && !crate::lexicon::ACRONYM_ORGS.contains(&doc.low[s])
            // (an abbreviation given in brackets after its name: "Columbia Management Advisors
            // (CAM)")
            && !t.contains(&format!("({w})"))
    } {
        return;
    }
    // "were In Good Company, Racing Stripes and ...", "starring in It Happened One Night": a
    // capitalised function word opening a run inside a sentence opens the title of a work ("The"
    // opens names, "I" is always capitalised)
    if e - s >= 2
        && !doc.initial[s]
        && s > 0
        && !matches!(doc.low[s].as_str(), "the" | "i")
        && crate::lexicon::FUNCTION_CAPS.contains(&doc.low[s].as_str())
        // ("AS Roma", "AT&T", "A. Papandreou": capitals and initials are names)
        && toks[s].text(t).chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && toks[s].text(t).chars().skip(1).all(|c| c.is_ascii_lowercase())
        && toks[s].text(t).len() >= 2
        && !LEX.orgs.contains(&joined(doc.low, s, e))
        && toks[s - 1].kind == Kind::Word
        && !t[toks[s - 1].e..toks[s].s].contains('\n')
    {
        return;
    }
    // "the Company", "the Games", "the Party": a generic organisation word alone names no body
    if e - s == 1
        && matches!(
            strip_possessive(toks[s].text(t)),
            "Company"
                | "Office"
                | "Games"
                | "Party"
                | "Group"
                | "Club"
                | "Team"
                | "Unit"
                | "Project"
                | "Programme"
                | "Campaign"
                | "Forum"
                | "Network"
        )
    {
        return;
    }
    // "Forty Shades of Blue", "Two Smoking Barrels": a name opened by a number written as a
    // word is a work's title, unless a body's word or a known name follows ("Five Bank of America
    // subsidiaries": the number counts the body)
    if e - s >= 2 && crate::lexicon::word_value(&doc.low[s]).is_some() {
        let rest = joined(doc.low, s + 1, e);
        let whole = format!("{} {rest}", doc.low[s]);
        if !LEX.orgs.contains(&whole) && !LEX.places.contains_key(&whole) {
            // ("Two Americans", "Three UK firms": a known name or a demonym follows the count)
            let next = doc.low[s + 1].as_str();
            if LEX.orgs.contains(&rest)
                || LEX.places.contains_key(next)
                || LEX.demonyms.contains_key(next)
                || LEX.demonym_nouns.contains(next)
                || is_acronym(strip_possessive(toks[s + 1].text(t)))
            {
                return split_span(doc, s + 1, e, lower, cap_mid, out);
            }
            if !(s + 1..e).any(|x| {
                let w = strip_possessive(toks[x].text(t));
                LEX.org_words.contains(w) || LEX.place_heads.contains(w)
            }) {
                return;
            }
        }
    }
    // "Malaysia Airlines Flight 17": the airline, not its flight
    if e - s >= 2
        && matches!(toks[e - 1].text(t), "Flight" | "flight")
        && toks.get(e).is_some_and(|k| k.kind == Kind::Num || k.text(t).chars().any(|c| c.is_ascii_digit()))
    {
        return split_span(doc, s, e - 1, lower, cap_mid, out);
    }
    // "Pedro Almodovar for Bad Education": a given name and surname before "for" are a person,
    // not the first words of a body ("Campaign for Borders Rail" stays whole)
    if let Some(f) = (s + 2..e.saturating_sub(1)).find(|&x| toks[x].text(t) == "for") {
        let left_person = f - s >= 2
            && f - s <= 3
            && LEX.first_names.contains(fold(toks[s].text(t)).as_str())
            && (s..f).all(|x| toks[x].cap && !LEX.org_words.contains(toks[x].text(t)));
        if left_person {
            split_span(doc, s, f, lower, cap_mid, out);
            // (what the person is named for is a work unless it names a body: "for Reuters")
            if (f + 1..e).any(|x| LEX.org_words.contains(toks[x].text(t)))
                || LEX.orgs.contains(&joined(doc.low, f + 1, e))
            {
                split_span(doc, f + 1, e, lower, cap_mid, out);
            }
            return;
        }
    }
    // "Unions for Deutsche Boerse", "Bosses of Deutsche Boerse": a common noun opening the
    // sentence is no part of the name after its preposition
    if doc.initial[s]
        && e - s >= 3
        && matches!(doc.low[s + 1].as_str(), "for" | "of")
        && (LEX.common.contains(doc.low[s].as_str())
            || lower.contains(doc.low[s].as_str())
            || doc.low[s].ends_with('s'))
        && !LEX.org_words.contains(toks[s].text(t))
        && ((s + 2..e).any(|x| LEX.org_words.contains(toks[x].text(t)))
            || LEX.orgs.contains(&joined(doc.low, s + 2, e)))
        && !LEX.orgs.contains(&joined(doc.low, s, e))
    {
        split_span(doc, s + 2, e, lower, cap_mid, out);
        return;
    }
    let mut a = s;
    // "Andrew Tate's The Silver Road": "The" after a possessive opens the title of a work (unless
    // the whole is a known organisation: "Murdoch's The Sun")
    if s > 0 && e - s >= 2 && toks[s].text(t) == "The" && !doc.initial[s] && is_possessive(toks[s - 1].text(t)) {
        let key = (s..e).map(|x| fold(strip_possessive(toks[x].text(t)))).collect::<Vec<_>>().join(" ");
        if !LEX.orgs.contains(&key) && !LEX.orgs.contains(key.trim_start_matches("the ")) {
            return;
        }
    }
    // "Carmaker Brevik said", "Retailer Hallows saw ...": a capitalised cue noun opening the sentence
    if doc.initial[s] && e - s >= 2 && toks[s + 1].cap {
        let w = fold(toks[s].text(t));
        let cue = ORG_CUE_NOUNS.contains(&w.as_str())
            || w.ends_with("maker") && w.len() > 5 && !person_maker(&w)
            || matches!(w.as_str(), "lender" | "insurer" | "carrier" | "chain" | "watchdog" | "regulator");
        // "Film-maker Dorian Quill": a maker of films is a person
        if person_maker(&w) {
            let before = out.len();
            split_span(doc, s + 1, e, lower, cap_mid, out);
            if out.len() == before + 1 && out[before].kind == EKind::Unknown {
                out[before].kind = EKind::Person;
                out[before].person_cue = true;
            }
            return;
        }
        if cue && !LEX.orgs.contains(&w) && !LEX.places.contains_key(&w) {
            let before = out.len();
            split_span(doc, s + 1, e, lower, cap_mid, out);
            if out.len() == before + 1 && out[before].kind == EKind::Unknown {
                out[before].kind = EKind::Org;
            }
            return;
        }
    }
    // "Centre Parker has ...", "Prop Jones will ...": a playing position opening a sentence of a
    // sports report is the role of the name after it
    if doc.sport
        && doc.initial[s]
        && e - s >= 2
        && matches!(doc.low[s].as_str(), "centre" | "wing" | "prop" | "lock" | "hooker" | "keeper" | "number")
        && !LEX.org_words.contains(strip_possessive(toks[e - 1].text(t)))
    {
        let before = out.len();
        split_span(doc, s + 1, e, lower, cap_mid, out);
        if out.len() == before + 1 && out[before].kind == EKind::Unknown {
            out[before].person_cue = true;
            out[before].role = Some(doc.low[s].clone());
        }
        return;
    }
    // drop sentence-initial ordinary words
    while a < e {
        let w = fold(strip_possessive(toks[a].text(t)));
        let initial = doc.initial[a];
        // ("US band Maroon 5": capitals are an abbreviation, never the pronoun "us")
        let common = LEX.common.contains(w.as_str()) && strip_possessive(toks[a].text(t)) != "US";
        // "M&S said", "S&P said": capitals glued to an ampersand open the name
        let amp = a + 2 < toks.len()
            && toks[a + 1].text(t) == "&"
            && toks[a].e == toks[a + 1].s
            && toks[a + 1].e == toks[a + 2].s
            && toks[a].text(t).chars().all(|c| c.is_ascii_uppercase());
        if amp {
            // ("R&B", "Q&A", "R&D": a genre, a format or an activity, no name)
            let genre = matches!(
                (toks[a].text(t), toks[a + 2].text(t)),
                ("R", "B") | ("Q", "A") | ("B", "B") | ("A", "E") | ("R", "D") | ("M", "A")
            );
            if genre && e == a + 3 {
                return;
            }
            break;
        }
        // "Sunday Herald", "Mail on Sunday": a weekday inside a newspaper name
        let paper_day = LEX.weekdays.contains(w.as_str())
            && a + 1 < e
            && (crate::lexicon::PAPER_HEADS.contains(&toks[a + 1].text(t))
                || matches!(toks[a + 1].text(t), "Tribune" | "Sport" | "Business" | "People" | "Star"));
        // "May said": a surname that is also a month, as the subject of a reporting verb
        let speaker_slot = e - a == 1
            && toks.get(a + 1).map(|k| !k.cap).unwrap_or(false)
            && doc.low.get(a + 1).is_some_and(|x| said_verb(x));
        // "TV Guide", "TV Azteca": a name that starts with "TV"
        let tv_name = w == "tv" && a + 1 < e && toks[a + 1].cap && !LEX.titles.contains(doc.low[a + 1].as_str());
        // "Jan Shaw", "June Sarpong": a month that is also a given name, before a surname and not
        // after a word that takes a date ("in June", "last April", "15 Jan")
        // ("June Carter Cash": or a given name, a middle name and a surname)
        let given_month = matches!(w.as_str(), "jan" | "june" | "april")
            && (e - a == 2 || e - a == 3 && toks[a + 2].cap && !LEX.months.contains(doc.low[a + 2].as_str()))
            // ("the April IMF meetings": before an abbreviation it dates it)
            && !is_acronym(strip_possessive(toks[a + 1].text(t)))
            && toks[a + 1].cap
            && !LEX.months.contains(doc.low[a + 1].as_str())
            && !LEX.weekdays.contains(doc.low[a + 1].as_str())
            && (a == 0
                || !matches!(
                    doc.low[a - 1].as_str(),
                    "in" | "on"
                        | "since"
                        | "by"
                        | "until"
                        | "till"
                        | "last"
                        | "next"
                        | "of"
                        | "from"
                        | "early"
                        | "late"
                        | "mid"
                        | "during"
                        | "before"
                        | "after"
                        | "this"
                        | "to"
                        | "through"
                        | "between"
                        | "each"
                        | "every"
                        | "and"
                        | "or"
                ) && !toks[a - 1].text(t).chars().all(|c| c.is_ascii_digit()));
        // "We'll", "They've", "Don't": contractions are never names
        let contraction = ["'ll", "'re", "'ve", "'d", "'m", "n't", "’ll", "’re", "’ve", "’d", "’m", "n’t"]
            .iter()
            .any(|c| w.ends_with(c));
        // "Christian Aid": a known organisation opened by a word that is otherwise dropped
        // (checked only for such a word: it joins the whole span)
        let known_org = || {
            e - a >= 2
                && (LEX.orgs.contains(&joined(doc.low, a, e))
                // "Muslim Council of Britain": a faith word opening a body's name
                || matches!(
                    w.as_str(),
                    "muslim" | "christian" | "catholic" | "jewish" | "hindu" | "sikh" | "islamic" | "protestant"
                ) && (a + 1..e).any(|x| LEX.org_words.contains(toks[x].text(t))))
        };
        let stop = (contraction
            || LEX.months.contains(w.as_str())
                && !speaker_slot
                && !given_month
                // ("the DEC": an abbreviation in capitals is no month)
                && (w.len() < 3 || !toks[a].text(t).chars().all(|c| c.is_ascii_uppercase()))
            // ("The Times on Monday said": a weekday before a reporting verb is still a day; "Sun
            // said" is the company)
            || LEX.weekdays.contains(w.as_str()) && !paper_day && !(speaker_slot && w.len() <= 3)
            || LEX.non_names.contains(w.as_str())
                && !tv_name
                // ("the PCS": a known body in capitals, not "PCs")
                && !(LEX.orgs.contains(&w) && toks[a].text(t).chars().all(|c| c.is_ascii_uppercase()))
                // "St Fintian's High School", "St Helens": Saint opens a name
                && !(w == "st" && a + 1 < e && toks[a + 1].cap && toks[a + 1].kind == Kind::Word)
                // "Northern Ireland Assembly", "Western Sahara": a direction that opens a known place
                && !(a + 1 < e
                    && toks[a + 1].cap
                    && LEX.places.contains_key(&format!("{w} {}", fold(strip_possessive(toks[a + 1].text(t))))))
                // "T. Brandsma": an initial with its full stop
                && !(w.len() == 1 && a + 2 < e && toks[a + 1].text(t) == "." && toks[a + 1].s == toks[a].e)
                // "Christian Harris": a given name before a surname that is no English word
                && !(e - a == 2
                    && LEX.first_names.contains(w.as_str())
                    && toks[a + 1].cap
                    && !LEX.org_words.contains(strip_possessive(toks[a + 1].text(t)))
                    && !crate::lexicon::WORDS.contains(doc.low[a + 1].as_str()))
                // "Blu-Ray Association", "Internet Society": a format or medium naming a body
                // ("the Internet Corporation for Assigned Names and Numbers": or opening a longer one)
                && !(a + 1 < e
                    && w.len() > 2
                    && LEX.org_words.contains(strip_possessive(toks[a + 1].text(t)))
                    && !matches!(doc.low[a + 1].as_str(), "tv" | "news" | "radio" | "channel" | "network" | "mobile")))
            && !known_org();
        let connector = CONNECTORS.contains(&w.as_str()) || w == "the";
        if stop || connector && (a > s || matches!(w.as_str(), "and" | "of")) {
            a += 1;
            continue;
        }
        if w == "the" {
            a += 1;
            continue;
        }
        let seen_as_name = cap_mid.contains(w.as_str()) && (!is_function_word(&w) || speaker_slot)
            || a + 1 < e && LEX.org_words.contains(strip_possessive(toks[a + 1].text(t))) && !is_function_word(&w)
            // "The Bank of Arcadia": an organisation word before "of" opens the name
            || a + 2 < e
                && LEX.org_words.contains(toks[a].text(t))
                && !toks[a].text(t).ends_with('s')
                && matches!(doc.low[a + 1].as_str(), "of" | "for")
                && !toks[a + 1].cap
                && toks[a + 2].cap
                && !is_function_word(&doc.low[a + 2])
            // "The Securities and Exchange Commission": an organisation name after "The"
            || a > s
                && doc.low[a - 1] == "the"
                && (a + 1..e).any(|x| LEX.org_words.contains(strip_possessive(toks[x].text(t))));
        // ("Rolling Stone said": a known name opening the sentence stays whole; so does a known
        // place: "New York is", "New Zealand coach")
        let known_place = || (a + 2..=e.min(a + 3)).any(|x| LEX.places.contains_key(&joined(doc.low, a, x)));
        // (every use is for a word opening the sentence: only there are the lists looked up)
        let seen_as_name = seen_as_name || initial && (known_org() || known_place());
        if initial
            && !seen_as_name
            && (common || (lower.contains(w.as_str()) && !cap_mid.contains(w.as_str())))
            && !LEX.places.contains_key(&w)
            && !LEX.orgs.contains(&w)
            && !LEX.demonyms.contains_key(&w)
            && !LEX.titles.contains(w.as_str())
            && !LEX.first_names.contains(w.as_str())
        {
            a += 1;
            continue;
        }
        if initial
            && !seen_as_name
            && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"))
            && w.len() > 4
            // "Fostering Network", "Housing Corporation": the first word of an organisation name
            && !(w.ends_with("ing") && a + 1 < e && LEX.org_words.contains(strip_possessive(toks[a + 1].text(t))))
            // "Frankfurt-based Deutsche Boerse": a place-based modifier opening the sentence
            && !crate::lexicon::MODIFIER_SUFFIXES.iter().any(|m| w.ends_with(m))
            && !LEX.places.contains_key(&w)
            && !LEX.orgs.contains(&w)
            && !LEX.first_names.contains(w.as_str())
            && !cap_mid.contains(w.as_str())
        {
            a += 1;
            continue;
        }
        // "Finance director X", "Union leader X", "Police officers": a generic organisation word as
        // a modifier is not a name
        if initial
            && e - a == 1
            && LEX.org_words.contains(strip_possessive(toks[a].text(t)))
            && !LEX.orgs.contains(&w)
            && toks.get(a + 1).map(|k| k.kind == Kind::Word && !k.cap).unwrap_or(false)
            && {
                let nx = doc.low[a + 1].as_str();
                LEX.titles.contains(nx) || LEX.people_nouns.contains(nx) || LEX.speaker_nouns.contains(nx)
            }
        {
            a += 1;
            continue;
        }
        if initial && common && !seen_as_name && !LEX.titles.contains(w.as_str()) && (e - a == 1) {
            a += 1;
            continue;
        }
        // "Companies such as Google", "Prosecutors said": a lone English word opening the sentence
        // and never written capitalised inside one
        if initial
            && e - a == 1
            && !seen_as_name
            && crate::lexicon::WORDS.contains(w.as_str())
            && !is_acronym(strip_possessive(toks[a].text(t)))
            // ("\"...\" Minnow said": a speaker's name before a reporting verb, unlike
            // "Prosecutors said")
            // ("Broadcast magazine said": a name before its kind of body)
            && !doc.low.get(a + 1).is_some_and(|x| {
                ORG_CUE_NOUNS.contains(&x.as_str())
                    || matches!(x.as_str(), "magazine" | "newspaper" | "paper" | "website" | "channel" | "network")
            })
            && (w.ends_with('s')
                || !doc.low.get(a + 1).is_some_and(|x| {
                    said_verb(x) || matches!(x.as_str(), "adds" | "asked" | "wrote" | "explained")
                }))
            && !LEX.orgs.contains(&w)
            && !LEX.places.contains_key(&w)
            && !LEX.demonyms.contains_key(&w)
            && !LEX.first_names.contains(w.as_str())
            && !LEX.titles.contains(w.as_str())
            && !crate::lexicon::CITIES.contains(&w)
        {
            a += 1;
            continue;
        }
        // "Pre-tax profits rose", "Anti-war protesters": a hyphenated common compound opening
        // the sentence (its last part in lower case, its first a prefix or a common word)
        if initial && e - a == 1 && !seen_as_name && w.contains('-') {
            let first = w.split('-').next().unwrap_or("");
            let last = toks[a].text(t).rsplit('-').next().unwrap_or("");
            if last.len() >= 2
                && last.chars().all(|c| c.is_lowercase())
                && (lower.contains(w.as_str())
                    || LEX.common.contains(first)
                    || lower.contains(first)
                    || matches!(
                        first,
                        "pre"
                            | "post"
                            | "anti"
                            | "non"
                            | "ex"
                            | "co"
                            | "re"
                            | "self"
                            | "mid"
                            | "multi"
                            | "semi"
                            | "sub"
                    ))
            {
                a += 1;
                continue;
            }
        }
        // "Trouble-hit Garvon Motors", "the Oscar-nominated Vellan", "Man-of-the-match Tomas
        // Bellweather": a hyphenated modifier ending in a lower-case word is no part of the name
        if e - a >= 2 && hyphen_modifier(toks[a].text(t)) && !LEX.orgs.contains(&w) && !LEX.places.contains_key(&w) {
            a += 1;
            continue;
        }
        break;
    }
    if a >= e {
        return;
    }
    // "Welshman Jimmy Wattle", "Spaniard Rafael Nadal": one person's nationality before the name
    // ("New Zealander Jason Spice": of two words)
    let nationality = if e - a >= 4
        && toks[a].text(t) == "New"
        && crate::lexicon::SINGULAR_DEMONYMS.contains(&fold(toks[a + 1].text(t)).as_str())
    {
        Some(2)
    } else if e - a >= 3
        && {
            // ("the Irishmen JP McManus and John Magnier": or their plural)
            let w = doc.low[a].as_str();
            crate::lexicon::SINGULAR_DEMONYMS.contains(&w)
                || w.strip_suffix("men")
                    .is_some_and(|st| crate::lexicon::SINGULAR_DEMONYMS.contains(&format!("{st}man").as_str()))
        }
        && (doc.low[a].ends_with("man")
            || doc.low[a].ends_with("men")
            || LEX.first_names.contains(doc.low[a + 1].as_str())
            // ("Briton Hayley Yelling": a given name of the census list and a surname)
            || e - a == 3 && crate::lexicon::GIVEN_NAMES.contains(doc.low[a + 1].as_str()))
        && !(a + 1..e).any(|x| {
            let w = strip_possessive(toks[x].text(t));
            LEX.org_words.contains(w) || LEX.place_heads.contains(w)
        })
    {
        Some(1)
    } else if e - a >= 3
        && doc.initial[a]
        && LEX.first_names.contains(doc.low[a + 1].as_str())
        && toks[a + 2].cap
        && crate::lexicon::WORDS.contains(doc.low[a].as_str())
        && !LEX.first_names.contains(doc.low[a].as_str())
        && !LEX.places.contains_key(&doc.low[a])
        && !LEX.orgs.contains(&doc.low[a])
        && !LEX.demonyms.contains_key(&doc.low[a])
        && !LEX.titles.contains(doc.low[a].as_str())
        && party_key(&doc.low[a]).is_none()
    {
        // "Musician Alan Wass said", "Seeds Dominik Hrbaty, Ivan Ljubicic ...", "Songwriter Guy
        // Chambers": an English word opening the sentence before a given name and a surname is the
        // person's occupation or label
        Some(1)
    } else {
        None
    };
    if let Some(n) = nationality {
        let before = out.len();
        split_span(doc, a + n, e, lower, cap_mid, out);
        if out.len() == before + 1 && matches!(out[before].kind, EKind::Unknown | EKind::Person) {
            out[before].kind = EKind::Person;
            out[before].person_cue = true;
        }
        return;
    }
    // "Hurricane Mitch", "Typhoon Haiyan": a named storm is an event, not a place or a person
    if e - a == 2 && matches!(doc.low[a].as_str(), "hurricane" | "typhoon" | "cyclone" | "storm") {
        return;
    }
    // "Chapter 11", "Article 50": a numbered part of a text or a sequence is no name
    if e - a == 1
        && toks.get(a + 1).is_some_and(|k| k.kind == Kind::Num && k.s == toks[a].e + 1)
        && matches!(
            doc.low[a].as_str(),
            "chapter"
                | "article"
                | "section"
                | "clause"
                | "paragraph"
                | "schedule"
                | "amendment"
                | "rule"
                | "room"
                | "flight"
                | "stage"
                | "phase"
                | "level"
                | "grade"
                | "category"
                | "page"
                | "exhibit"
        )
    {
        return;
    }
    // "British TV", "Other TV", "Transatlantic TV": television in general, not a channel
    if e - a == 2 && toks[a + 1].text(t) == "TV" {
        let w = fold(strip_possessive(toks[a].text(t)));
        // (a country is television in general too: "US TV"; a city may name a channel: "Granada TV")
        if !LEX.orgs.contains(&w)
            && (!LEX.places.contains_key(&w) || is_country(&w))
            && (LEX.demonyms.contains_key(&w)
                || is_country(&w)
                || LEX.common.contains(w.as_str())
                || lower.contains(w.as_str())
                || english_like(&w)
                || is_function_word(&w))
        {
            if is_country(&w) {
                push_plain(doc, a, a + 1, out);
            }
            return;
        }
    }
    // "Media giant Varicom", "Software firm Quade": a sentence-opening word that modifies a
    // lower-case organisation noun is no name
    if e - a == 1
        && doc.initial[a]
        && toks.get(a + 1).is_some_and(|k| k.kind == Kind::Word && !k.cap)
        && matches!(
            doc.low[a + 1].as_str(),
            "giant"
                | "giants"
                | "firm"
                | "firms"
                | "group"
                | "groups"
                | "company"
                | "companies"
                | "broker"
                | "brokers"
                | "maker"
                | "makers"
                | "sector"
                | "industry"
                | "regulator"
                | "watchdog"
                | "chain"
                | "retailer"
                | "specialist"
        )
        && {
            let w = fold(strip_possessive(toks[a].text(t)));
            !LEX.orgs.contains(&w) && !LEX.places.contains_key(&w) && !LEX.demonyms.contains_key(&w)
        }
    {
        return;
    }
    // "Liberal Democrat Charles Kennedy", "Labour Harriet Quellwood": a party name before a given
    // name and a surname is the person's party, not part of the name
    if let Some(k) = party_prefix(doc, a, e) {
        let mut party = make_cand(doc, a, a + k);
        party.kind = EKind::Org;
        out.push(party);
        let before = out.len();
        split_span(doc, a + k, e, lower, cap_mid, out);
        if let Some(c) = out.get_mut(before) {
            c.person_cue = true;
            if c.kind == EKind::Unknown {
                c.kind = EKind::Person;
            }
        }
        return;
    }
    // "Ken Macdonald QC", "Jane Ellis OBE": a post-nominal closes a person's name
    // ("Peter Ainsworth MP", but "the Glasgow Kelvin MP" is a seat's member; "Hank Williams Jr"
    // is his father's son, another person, and keeps the suffix)
    let post_nominal = match toks[e - 1].text(t) {
        "QC" | "KC" | "OBE" | "MBE" | "CBE" | "KBE" | "MEP" | "MSP" => true,
        "MP" => LEX.first_names.contains(fold(toks[a].text(t)).as_str()),
        _ => false,
    };
    if e - a >= 3 && post_nominal {
        split_span(doc, a, e - 1, lower, cap_mid, out);
        return;
    }
    // split at months/weekdays/non-names in the middle
    let mut k = a;
    while k < e {
        let w = fold(strip_possessive(toks[k].text(t)));
        let surname_slot = k > a && LEX.first_names.contains(fold(toks[k - 1].text(t)).as_str()) && k + 1 == e;
        // "AT&T", "P&O": a letter glued to an ampersand is part of the name
        let ampersand_letter = k > a && toks[k - 1].text(t) == "&" && toks[k - 1].e == toks[k].s;
        // "Board of Deputies of British Jews", "Union of Jewish Students": a faith after "of"
        // (and a demonym) inside a body's name
        let faith_in_name = matches!(
            w.as_str(),
            "jews"
                | "jewish"
                | "muslims"
                | "muslim"
                | "christians"
                | "christian"
                | "catholics"
                | "catholic"
                | "hindus"
                | "hindu"
                | "sikhs"
                | "sikh"
        ) && k >= a + 2
            && (doc.low[k - 1] == "of"
                || k >= a + 3 && doc.low[k - 2] == "of" && LEX.demonyms.contains_key(doc.low[k - 1].as_str()));
        if k > a
            && !surname_slot
            && !ampersand_letter
            && !faith_in_name
            && !middle_initial(doc, k)
            && (LEX.months.contains(w.as_str())
                || LEX.weekdays.contains(w.as_str())
                    && !toks.get(k + 1).is_some_and(|x| crate::lexicon::PAPER_HEADS.contains(&x.text(t)))
                    && !(k > a && matches!(toks[k - 1].text(t), "on") && k + 1 == e)
                || (LEX.non_names.contains(w.as_str()) && !matches!(w.as_str(), "tv")))
            // "Munich Re", "Swiss Re", "International Olympic Committee": a known organisation
            // holding such a word stays whole
            && !(a..=k).any(|i| {
                (k..e).any(|j| {
                    j > i && LEX.orgs.contains(&(i..=j).map(|x| fold(strip_possessive(toks[x].text(t)))).collect::<Vec<_>>().join(" "))
                })
            })
        {
            split_span(doc, a, k, lower, cap_mid, out);
            split_span(doc, k + 1, e, lower, cap_mid, out);
            return;
        }
        k += 1;
    }
    let mut b = e;
    // trailing connector words
    while b > a && {
        let w = toks[b - 1].text(t).to_ascii_lowercase();
        CONNECTORS.contains(&w.as_str()) || w == "&" || w == "the"
    } {
        b -= 1;
    }
    // "analysts Gartner More than 167 million": a sentence opener glued on by a missing full stop
    if b - a >= 2 && b == e && toks.get(b).is_some_and(|k| k.kind == Kind::Word && !k.cap) {
        let w = doc.low[b - 1].as_str();
        if matches!(
            w,
            "more" | "most" | "some" | "many" | "but" | "however" | "meanwhile" | "there" | "this" | "these" | "those"
        ) {
            b -= 1;
        }
    }
    if a >= b {
        return;
    }
    let words: Vec<String> = (a..b).map(|x| fold(strip_possessive(toks[x].text(t)))).collect();
    let raw: Vec<&str> = (a..b).map(|x| strip_possessive(toks[x].text(t))).collect();
    let is_orgish = |x: usize| {
        LEX.org_words.contains(raw[x])
            || is_acronym(raw[x])
            || LEX.orgs.contains(&words[x])
            || LEX.places.contains_key(&words[x])
    };

    // only titles ("Chief", "Foreign Minister") or a product code ("PMA430", "MDA IV") inside
    if title_len(&words) == words.len() {
        // "rock band Queen", "the group Chairman": a title word naming a band
        if a > 0 && matches!(doc.low[a - 1].as_str(), "band" | "group") && !toks[a - 1].cap {
            let mut c = make_cand(doc, a, b);
            c.kind = EKind::Org;
            out.push(c);
        }
        return;
    }
    // "the Betamax format", "the Netsky virus", "the Samsung Yepp player": a product name; a
    // known maker at its head stays
    let key_all = words.join(" ");
    // "The Microsoft Mobile phone": a maker's name at the head of a product name
    let maker_product = words.len() >= 2
        && LEX.orgs.contains(&words[0])
        && !is_possessive(toks[b - 1].text(t))
        && doc.toks.get(b).map(|k| k.kind == Kind::Word && !k.cap).unwrap_or(false)
        && matches!(
            doc.low[b].as_str(),
            "phone"
                | "phones"
                | "handset"
                | "handsets"
                | "console"
                | "laptop"
                | "camera"
                | "chip"
                | "software"
                | "player"
        );
    // "the Nintendo DS", "a Sony PSP": a known maker and a model code
    let maker_code = words.len() == 2
        && LEX.orgs.contains(&words[0])
        && words[0].len() > 2
        && raw[1].len() <= 4
        && is_acronym(raw[1])
        && !LEX.org_words.contains(raw[1])
        && !matches!(
            raw[1],
            "AC" | "FC"
                | "SC"
                | "AFC"
                | "RFC"
                | "CC"
                | "AG"
                | "SA"
                | "NV"
                | "BV"
                | "AB"
                | "AS"
                | "ASA"
                | "UK"
                | "US"
                | "EU"
        )
        && !LEX.orgs.contains(&words[1])
        && !LEX.places.contains_key(&words[1]);
    // "Sony's PSP": an unknown acronym owned by a known organisation is its product
    let owned_code = words.len() == 1
        && a > 0
        && is_acronym(raw[0])
        && is_possessive(toks[a - 1].text(t))
        && LEX.orgs.contains(&fold(strip_possessive(toks[a - 1].text(t))))
        && !LEX.orgs.contains(&words[0])
        && !LEX.places.contains_key(&words[0]);
    if owned_code {
        return;
    }
    // "perform My City Was Gone": a capitalised verb or pronoun inside makes the title of a work
    if words.len() >= 3
        && words[1..].iter().any(|w| {
            matches!(
                w.as_str(),
                "was"
                    | "is"
                    | "are"
                    | "were"
                    | "be"
                    | "been"
                    | "am"
                    | "do"
                    | "does"
                    | "did"
                    | "don't"
                    | "can't"
                    | "won't"
                    | "you"
                    | "me"
                    | "your"
            )
        })
        && !LEX.orgs.contains(&key_all)
    {
        return;
    }
    if (product_next(doc, b) || maker_product || maker_code)
        && !LEX.orgs.contains(&key_all)
        && !LEX.places.contains_key(&key_all)
        && !LEX.demonyms.contains_key(&key_all)
        && title_len(&words) == 0
    {
        if words.len() >= 2 && LEX.orgs.contains(&words[0]) {
            out.push(make_cand(doc, a, a + 1));
        }
        return;
    }
    let digit_name =
        LEX.orgs.contains(&words.join(" ")) || raw.len() == 1 && is_org_code(raw[0]) && !product_next(doc, b);
    if !digit_name
        && raw.iter().any(|w| {
            // "Jos&#233;": digits of an encoded character are no product code
            !w.contains("&#") && w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(|c| c.is_ascii_alphabetic())
        })
        || raw.len() >= 2 && matches!(raw[raw.len() - 1], "II" | "III" | "IV" | "V" | "VI" | "X" | "XP")
    {
        return;
    }
    // hyphenated modifier ("San Francisco-based US Court of Appeals"): cut after it
    for k in 0..raw.len() {
        if let Some(m) = crate::lexicon::MODIFIER_SUFFIXES.iter().find(|m| raw[k].ends_with(**m)) {
            let tk = toks[a + k];
            let cut = tk.e - m.len();
            if k > 0 || cut > tk.s {
                let mut c = make_cand(doc, a, a + k + 1);
                c.e = cut;
                c.surface = decode_entities(&t[c.s..cut]);
                let key = fold(&c.surface);
                if let Some(p) = LEX.places.get(&key) {
                    c.kind = EKind::Place;
                    c.place = Some((*p).to_string());
                } else if c.kind == EKind::Unknown
                    && *m == "-listed"
                    && k == 0
                    && !LEX.first_names.contains(key.as_str())
                    && !LEX.demonyms.contains_key(&key)
                {
                    // "Nasdaq-listed": a market is an organisation ("X-owned" may be a person)
                    c.kind = EKind::Org;
                }
                if !c.surface.is_empty() && c.kind != EKind::Unknown {
                    out.push(c);
                }
            }
            split_span(doc, a + k + 1, b, lower, cap_mid, out);
            return;
        }
    }
    // events, awards, laws, documents are not entities
    // "the rock band Green Day": a band's name may end like an event
    let band_before = a > 0 && !toks[a - 1].cap && matches!(doc.low[a - 1].as_str(), "band" | "group" | "duo" | "trio");
    // ("the United Nations": a known body may end like an event)
    if crate::lexicon::EVENT_HEADS.contains(&raw[raw.len() - 1])
        && raw.len() >= 2
        && !band_before
        && !LEX.orgs.contains(&key_all)
    {
        return;
    }
    // a first name right after an organisation/place word starts a person: "EADS Philippe Camus"
    for k in 1..raw.len() {
        if LEX.first_names.contains(words[k].as_str())
            && k + 1 < raw.len()
            && is_orgish(k - 1)
            && !LEX.first_names.contains(words[k - 1].as_str())
            // "JP Morgan Chase Bank": an organisation head at the end keeps the name whole
            && !(LEX.org_words.contains(raw[raw.len() - 1]) && raw.len() - k >= 3)
            // ("JP Morgan Securities": so does a known name across the split)
            && !(k + 1..=raw.len()).any(|x| LEX.orgs.contains(&words[..x].join(" ")))
        {
            split_span(doc, a, a + k, lower, cap_mid, out);
            split_span(doc, a + k, b, lower, cap_mid, out);
            return;
        }
    }
    // "defection to Labour of Robert Jackson": a given name and a surname after "of" name a
    // person, not the rest of a body's name
    if let Some(k) = words.iter().position(|w| w == "of") {
        if k >= 1
            && words.len() == k + 3
            && LEX.first_names.contains(words[k + 1].as_str())
            && !LEX.first_names.contains(words[k + 2].as_str())
            && !LEX.org_words.contains(raw[k + 2])
            && !LEX.places.contains_key(&words[k + 2])
            && !LEX.common.contains(words[k + 2].as_str())
            && !LEX.orgs.contains(&words.join(" "))
        {
            split_span(doc, a, a + k, lower, cap_mid, out);
            split_span(doc, a + k + 1, b, lower, cap_mid, out);
            return;
        }
    }
    // "Jake White of South Africa": person of place
    if let Some(k) = words.iter().position(|w| w == "of") {
        if k >= 2 && k + 1 < words.len() && LEX.first_names.contains(words[0].as_str()) && title_len(&words[..1]) == 0 {
            split_span(doc, a, a + k, lower, cap_mid, out);
            split_span(doc, a + k + 1, b, lower, cap_mid, out);
            return;
        }
    }

    // "Grant Wilson of Mellon Bank": a two- or three-word name, then "of" and an organisation
    if let Some(k) = words.iter().position(|w| w == "of") {
        let head_plain = (0..k).all(|x| {
            !LEX.org_words.contains(raw[x])
                && !LEX.place_heads.contains(raw[x])
                && !LEX.places.contains_key(&words[x])
                && !LEX.demonyms.contains_key(&words[x])
                && !LEX.common.contains(words[x].as_str())
                && !is_acronym(raw[x])
                && title_len(&words[x..x + 1]) == 0
        });
        let tail = &words[k + 1..];
        // "Herbert Hansen of Respond": a given name and a surname, then a short unknown name
        let name_pair = k == 2 && LEX.first_names.contains(words[0].as_str())
            || k == 2
                && (0..k).all(|x| raw[x].chars().next().is_some_and(|c| c.is_uppercase()))
                && (1..=2).contains(&tail.len())
                && !tail.iter().any(|w| LEX.places.contains_key(w) || LEX.common.contains(w.as_str()));
        let tail_org = !tail.is_empty()
            && (tail.iter().enumerate().any(|(x, _)| LEX.org_words.contains(raw[k + 1 + x]))
                || LEX.orgs.contains(&tail.join(" "))
                || name_pair);
        if (2..=3).contains(&k) && head_plain && tail_org && !LEX.orgs.contains(&words.join(" ")) {
            let mut c = make_cand(doc, a, a + k);
            if c.kind == EKind::Org && !LEX.orgs.contains(&words[..k].join(" ")) {
                // "Zara Hale of ...": a given name that is also a brand
                c.kind = EKind::Person;
            }
            if c.kind == EKind::Unknown {
                c.person_cue = true;
            }
            out.push(c);
            let before = out.len();
            split_span(doc, a + k + 1, b, lower, cap_mid, out);
            if out.len() == before + 1 && matches!(out[before].kind, EKind::Unknown | EKind::Person) {
                out[before].kind = EKind::Org;
            }
            return;
        }
    }

    // leading place/demonym followed by more capitalised words: "US President Donald Trump",
    // "Ukrainian Defence Minister ...", "British Tolkien fans"
    if b - a >= 2 {
        let w0 = &words[0];
        let two = if words.len() >= 2 { format!("{} {}", words[0], words[1]) } else { String::new() };
        let rest_title = title_len(&words[1..]) > 0;
        // "Indian Ocean", "Arabian Sea", "English Channel": a demonym naming a natural feature is
        // part of the feature's name
        let feature = LEX.demonyms.contains_key(w0)
            && words.len() <= 3
            && matches!(
                raw[raw.len() - 1],
                "Ocean" | "Sea" | "Gulf" | "Channel" | "Peninsula" | "Desert" | "Mountains" | "Highlands" | "Basin"
            );
        if feature {
            let mut c = make_cand(doc, a, b);
            c.kind = EKind::Place;
            out.push(c);
            return;
        }
        // "the Spanish FA", "the Northern Irish FA": each nation has its football association, and
        // the demonym names which
        let national_fa = raw[raw.len() - 1] == "FA" && (1..=2).contains(&(raw.len() - 1)) && {
            let lead = words[..words.len() - 1].join(" ");
            LEX.demonyms.contains_key(&lead)
        };
        if national_fa {
            let mut c = make_cand(doc, a, b);
            c.kind = EKind::Org;
            out.push(c);
            return;
        }
        let lead_len = if LEX.places.contains_key(&two) && words.len() > 2 && !LEX.places.contains_key(&words.join(" "))
        {
            2
        } else if (LEX.places.contains_key(w0) || LEX.demonyms.contains_key(w0))
            && (rest_title
                || LEX.demonyms.contains_key(w0) && !LEX.places.contains_key(&words[..].join(" "))
                || words.len() >= 3 && LEX.orgs.contains(&words[1..].join(" ")))
        {
            1
        } else {
            0
        };
        // "Chicago Bulls", "Los Angeles Lakers", "Michigan State": a place and one plural name
        // (or "State") is a team or university
        let place_len = if words.len() == 3 && LEX.places.contains_key(&two) { 2 } else { 1 };
        // (not a given name that is also a city: "Milan Baros", "Florence Griffith")
        let team = LEX.places.contains_key(&words[..place_len].join(" "))
            && raw.len() == place_len + 1
            && !(place_len == 1
                && LEX.first_names.contains(words[0].as_str())
                && raw[1] != "State"
                && !crate::lexicon::WORDS.contains(words[1].as_str()))
            && {
                let w = raw[place_len];
                let f = &words[place_len];
                w == "State"
                    || w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && w.chars().all(|c| c.is_alphabetic())
                        && !LEX.common.contains(f.as_str())
                        && !LEX.places.contains_key(f)
                        && !LEX.demonyms.contains_key(f)
                        && !LEX.org_words.contains(w)
                        && !lower.contains(f.as_str())
            };
        if team {
            let mut c = make_cand(doc, a, b);
            c.kind = EKind::Org;
            out.push(c);
            return;
        }
        if lead_len > 0 && !LEX.orgs.contains(&words.join(" ")) {
            let rest_has_org_word = (lead_len..raw.len()).any(|x| LEX.org_words.contains(raw[x]) || words[x] == "of");
            // "US Federal Reserve", "German Deutsche Bank": a place before a known organisation
            let rest_known = LEX.orgs.contains(&words[lead_len..].join(" "));
            if rest_title || !rest_has_org_word || rest_known {
                push_plain(doc, a, a + lead_len, out);
                let before = out.len();
                split_span(doc, a + lead_len, b, lower, cap_mid, out);
                // "Brazilian Ronaldo": a demonym before a lone unknown name describes a person
                if lead_len == 1
                    && b - a == 2
                    && out.len() == before + 1
                    && out[before].kind == EKind::Unknown
                    && LEX.demonyms.contains_key(w0)
                    && !LEX.places.contains_key(w0)
                    && !is_acronym(raw[1])
                    && !LEX.common.contains(words[1].as_str())
                    && !lower.contains(words[1].as_str())
                    && !english_like(&words[1])
                    && !words[1].ends_with('s')
                    // "American Beauty": outside sports reports only a known given name
                    && (doc.sport || LEX.first_names.contains(words[1].as_str()))
                    // "European Indoor hopefuls", "European Footballer of the Year": a continent
                    // names a competition; players are described by their country
                    && !matches!(w0.as_str(), "european" | "african" | "asian" | "oceanian")
                    // "Greek Track and Field Federation": part of a longer organisation name
                    && !(b..(b + 4).min(toks.len())).any(|x| LEX.org_words.contains(toks[x].text(t)))
                {
                    out[before].person_cue = true;
                }
                return;
            }
        }
    }

    // titles anywhere: "President Volodymyr Zelensky", "Mr Wolfson", "Work and Pensions Secretary Alan Smith"
    // (not inside a known name: "Hollywood Reporter")
    for k in 0..if LEX.orgs.contains(&key_all) { 0 } else { words.len() } {
        // "Office of the Deputy Prime Minister": an office inside an organisation's name
        if k >= 2 && words[k - 1] == "the" && CONNECTORS.contains(&words[k - 2].as_str()) {
            break;
        }
        let tl = title_len(&words[k..]);
        if tl == 0 {
            continue;
        }
        // "Premier League Chief Executive": a title word opening a known organisation's name
        if (k + 2..=words.len().min(k + 5)).any(|m| LEX.orgs.contains(&words[k..m].join(" "))) {
            continue;
        }
        // "Premier League", "General Assembly": a title word before a single organisation head
        // is part of the name
        // ("Fine Art Student Award Fund": also before several words closed by one)
        if (k + tl + 1 == words.len() && !LEX.first_names.contains(words[k + tl].as_str())
            || k + tl + 1 < words.len() && !LEX.first_names.contains(words[k + tl].as_str()) && k > 0)
            && LEX.org_words.contains(raw[words.len() - 1])
        {
            if k == 0 {
                break;
            }
            continue;
        }
        let t0 = words[k..k + tl].join(" ");
        let mut r0 = k + tl;
        let mut via_connector = false;
        // "Mr Major", "Ms King": a title word that is also a surname, alone after an honorific
        let surname_title = |k: usize, r0: usize| {
            r0 + 1 == words.len()
                && r0 == k + tl
                && matches!(words[k].as_str(), "mr" | "mrs" | "ms" | "miss" | "dr")
                && matches!(
                    words[r0].as_str(),
                    "major" | "king" | "bishop" | "judge" | "marshall" | "prince" | "knight" | "dean"
                )
        };
        // strip further titles and connectors ("Lord Chancellor Lord Falconer", "Secretary of State for X")
        while r0 < words.len() && (title_len(&words[r0..]) > 0 || CONNECTORS.contains(&words[r0].as_str())) {
            if surname_title(k, r0) {
                break;
            }
            if title_len(&words[r0..]) > 0
                && r0 + title_len(&words[r0..]) < words.len()
                && !CONNECTORS.contains(&words[r0 + title_len(&words[r0..])].as_str())
                && (words[r0] == "lord" || words[r0] == "lady" || words[r0] == "sir" || words[r0] == "mr")
            {
                break;
            }
            if title_len(&words[r0..]) == 0 {
                via_connector = true;
            }
            r0 += title_len(&words[r0..]).max(1);
        }
        let rest = words.len() - r0;
        // "Premier League Chief Executive, Richard Scudamore", "Tesco Chairman": an office closing
        // the span names no one; the body before it stays
        if rest == 0 && k > 0 && !via_connector && r0 - k >= 2 {
            split_span(doc, a, a + k, lower, cap_mid, out);
            return;
        }
        let next_first = words.get(r0).map(|w| LEX.first_names.contains(w.as_str())).unwrap_or(false);
        // ("Judge Clark said", "Senator Kerry": an office held only by people, before one surname)
        let person_office = rest == 1
            && matches!(words[k].as_str(), "judge" | "senator" | "sen")
            && !LEX.org_words.contains(raw[r0])
            && !LEX.common.contains(words[r0].as_str());
        let strong = !weak_title(&words[k])
            || next_first
            || person_office
            || rest >= 2 && !(r0..words.len()).any(|x| LEX.org_words.contains(raw[x]));
        if !strong && k == 0 {
            break;
        }
        if !strong {
            continue;
        }
        if k > 0 {
            // left part: "Work and Pensions", "UK Athletics chief" style prefixes
            let before = out.len();
            split_span(doc, a, a + k, lower, cap_mid, out);
            // "Fiscal Policy Minister X", "Culture Secretary X": a portfolio before an office is
            // no person; keep only what is typed (a country, a known organisation)
            if rest > 0
                && matches!(words[k].as_str(), "minister" | "secretary" | "commissioner" | "spokesman" | "spokeswoman")
            {
                let mut i = before;
                while i < out.len() {
                    // "EU Trade Commissioner": an acronym's portfolio is no organisation either
                    let weak_org = out[i].kind == EKind::Org
                        && !LEX.orgs.contains(&fold(&out[i].surface))
                        && !out[i].surface.split_whitespace().any(|w| LEX.org_words.contains(w));
                    if matches!(out[i].kind, EKind::Unknown | EKind::Person) || weak_org {
                        out.remove(i);
                    } else {
                        i += 1;
                    }
                }
            }
        }
        if rest == 0 {
            return;
        }
        // "Secretary of State for Constitutional Affairs", "President of France": an office
        if via_connector {
            split_span(doc, a + r0, b, lower, cap_mid, out);
            return;
        }
        // the rest may itself start with "Lord"/"Mr": recurse through the title path
        if title_len(&words[r0..]) > 0 && !surname_title(k, r0) {
            split_span(doc, a + r0, b, lower, cap_mid, out);
            return;
        }
        // "Professor Anne Gray of Hallam University": the person, then the organisation/place
        if let Some(of) = (r0 + 1..words.len()).find(|&x| words[x] == "of") {
            let tail_org = (of + 1..words.len())
                .any(|x| LEX.org_words.contains(raw[x]) || LEX.places.contains_key(&words[x]) || is_acronym(raw[x]));
            let person_head = LEX.first_names.contains(words[r0].as_str()) && of >= r0 + 2;
            let peer_title =
                matches!(words[k].as_str(), "lord" | "lady" | "baroness" | "baron" | "earl" | "duke" | "viscount");
            if of + 1 < words.len()
                && (tail_org || person_head || peer_title)
                && !(r0..of).any(|x| LEX.org_words.contains(raw[x]))
            {
                let mut c = make_cand(doc, a + r0, a + of);
                c.kind = if c.kind == EKind::Unknown { EKind::Person } else { c.kind };
                if c.kind == EKind::Person {
                    c.titled = true;
                    c.gender = title_gender(&words[k]).or(c.gender);
                    c.role = Some(t0);
                }
                out.push(c);
                let before = out.len();
                split_span(doc, a + of + 1, b, lower, cap_mid, out);
                // "analyst Paul Reid of Collins Stewart": the employer; "Baroness Royle of Hadley":
                // a peer's territorial designation is a place
                let peer =
                    matches!(words[k].as_str(), "lord" | "lady" | "baroness" | "baron" | "earl" | "duke" | "viscount");
                if out.len() == before + 1 && matches!(out[before].kind, EKind::Unknown | EKind::Person) {
                    out[before].kind = if peer { EKind::Place } else { EKind::Org };
                }
                return;
            }
        }
        let mut c = make_cand(doc, a + r0, b);
        // "Mr Sears", "Dr Boots": an honorific makes a person even of a company's name
        let honorific = matches!(words[k].as_str(), "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame")
            && !(r0..words.len()).any(|x| LEX.org_words.contains(raw[x]));
        // ("Ms Essex", "Mr Kent": or of a place, but "Miss Africa" is a beauty title)
        // ("DR Congo" is the country)
        let place_surname = honorific && c.kind == EKind::Place && words[k] != "miss" && raw[k] != "DR";
        if place_surname {
            c.place = None;
        }
        c.kind = if c.kind == EKind::Unknown
            || c.kind == EKind::Person
            || honorific && c.kind == EKind::Org
            || place_surname
        {
            EKind::Person
        } else {
            c.kind
        };
        if c.kind == EKind::Person {
            c.titled = true;
            c.gender = title_gender(&words[k]).or(c.gender);
            c.role = Some(t0);
        }
        out.push(c);
        return;
    }
    // acronym right before a number is a product or index name ("FTSE 100", "A380")
    if b - a == 1
        && is_acronym(raw[0])
        && !digit_name
        && (raw[0].chars().any(|c| c.is_ascii_digit())
            || toks.get(b).map(|k| k.kind == Kind::Num && t[toks[b - 1].e..k.s].trim().is_empty()).unwrap_or(false))
    {
        return;
    }
    // "Conchita Martinez of Spain", "Li Na of China": a given name and surname, then the country
    // they come from (sports results)
    if let Some(of) = (2..words.len().saturating_sub(1)).find(|&x| words[x] == "of") {
        let tail = words[of + 1..].join(" ");
        if (is_country(&tail) || LEX.places.contains_key(&tail))
            && of <= 3
            && (LEX.first_names.contains(words[0].as_str())
                || of == 2
                    && (0..2).all(|x| !LEX.common.contains(words[x].as_str()) && !lower.contains(words[x].as_str()))
                    && !english_like(&words[0]))
            && (0..of).all(|x| {
                !LEX.org_words.contains(raw[x])
                    && !LEX.titles.contains(words[x].as_str())
                    && !TITLE_WORDS.contains(&words[x].as_str())
                    && !matches!(words[x].as_str(), "hrh" | "duchess" | "countess" | "marquess")
                    && !LEX.places.contains_key(&words[x])
                    && !LEX.orgs.contains(&words[x])
            })
        {
            let mut c = make_cand(doc, a, a + of);
            if c.kind == EKind::Unknown {
                c.kind = EKind::Person;
            }
            out.push(c);
            out.push(make_cand(doc, a + of + 1, b));
            return;
        }
    }
    out.push(make_cand(doc, a, b));
}

/// The first subject pronoun after `k`, before any other name and at the latest as the subject
/// of the next sentence, is "he" or "she".
fn next_pronoun_personal(doc: &Doc, k: usize) -> bool {
    let toks = doc.toks;
    let end = (k + 25).min(toks.len());
    for x in k..end {
        if x > 0 && doc.t[toks[x - 1].e..toks[x].s].contains('\n') {
            return false;
        }
        // another name comes first: the pronoun may be its
        if toks[x].cap && toks[x].kind == Kind::Word && !doc.initial[x] {
            let w = fold(strip_possessive(toks[x].text(doc.t)));
            if !(LEX.weekdays.contains(w.as_str())
                || LEX.months.contains(w.as_str())
                || LEX.places.contains_key(&w)
                || LEX.demonyms.contains_key(&w))
            {
                return false;
            }
        }
        match doc.low[x].as_str() {
            "he" | "she" => return true,
            "it" | "they" | "its" | "their" | "we" | "our" | "i" => return false,
            _ => {}
        }
        // the subject of the next sentence, at most
        if doc.initial[x] && x > k && !matches!(doc.low[x].as_str(), "he" | "she") {
            return false;
        }
    }
    false
}

/// Plural nouns right before titles of works ("soap operas Knots Landing").
const WORK_PLURALS: &[&str] = &[
    "films",
    "movies",
    "albums",
    "songs",
    "sitcoms",
    "dramas",
    "soaps",
    "operas",
    "novels",
    "musicals",
    "documentaries",
    "thrillers",
    "series",
    "programmes",
    "comedies",
];

/// Verbs and nouns of acting before "in <title>" ("starred in", "a cameo role in").
const ACTING_WORDS: &[&str] =
    &["starred", "starring", "stars", "star", "appeared", "appearing", "appears", "cameo", "role", "roles"];

/// A candidate opened like the title of a work: after a plural works noun, after "including" or
/// "such as" that follow a works noun, after a year's possessive ("1989's"), or after "in" in a
/// sentence about acting (not in sports reports).
fn work_opener(doc: &Doc, c: &Cand) -> bool {
    let t = doc.t;
    let toks = doc.toks;
    let p = c.tok;
    if p == 0 || is_possessive(toks[p + c.ntok - 1].text(t)) || t[c.e..].starts_with(['\'', '’']) {
        return false;
    }
    let prev = doc.low[p - 1].as_str();
    let adjacent = t[toks[p - 1].e..c.s].trim().is_empty();
    if !adjacent {
        return false;
    }
    if WORK_PLURALS.contains(&prev) && !toks[p - 1].cap {
        return true;
    }
    // "films, including X", "series such as X"
    // ("whose films include X, Y and Z")
    let cue_at = if matches!(prev, "including" | "include" | "includes" | "included") {
        Some(p - 1)
    } else if prev == "as" && p >= 2 && doc.low[p - 2] == "such" {
        Some(p - 2)
    } else {
        None
    };
    if let Some(q) = cue_at {
        // the works noun right before the cue, or before a comma before it
        let k = if q >= 2 && toks[q - 1].text(t) == "," { q - 2 } else { q.saturating_sub(1) };
        let w = doc.low[k].as_str();
        return k < q && !toks[k].cap && (WORK_PLURALS.contains(&w) || WORK_NOUNS.contains(&w));
    }
    // "1989's Shirley Valentine"
    let before = t[..c.s].trim_end();
    if let Some(stem) = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s")) {
        let digits = stem.len() - stem.trim_end_matches(|ch: char| ch.is_ascii_digit()).len();
        let lead = stem.trim_end_matches(|ch: char| ch.is_ascii_digit());
        if digits == 4 && !lead.ends_with(|ch: char| ch.is_alphanumeric()) {
            return true;
        }
    }
    // "she starred with Tom Reed in Doc Tennant"
    if prev == "in" && !doc.sport && !toks[p - 1].cap {
        let words: Vec<&str> = (p..p + c.ntok).map(|k| strip_possessive(toks[k].text(t))).collect();
        if words.iter().any(|w| LEX.org_words.contains(*w) || LEX.place_heads.contains(*w)) {
            return false;
        }
        let lo = p.saturating_sub(20);
        for k in (lo..p - 1).rev() {
            let w = toks[k].text(t);
            if toks[k].kind == Kind::Punct && matches!(w, "." | "!" | "?" | ";" | ":")
                || doc.initial[k + 1] && k + 1 < p
            {
                if ACTING_WORDS.contains(&doc.low[k].as_str()) {
                    return true;
                }
                break;
            }
            if ACTING_WORDS.contains(&doc.low[k].as_str()) && !toks[k].cap {
                return true;
            }
            // "playing a female boxer in X", "played Phoebe in X" (not "playing in an event in X")
            if matches!(doc.low[k].as_str(), "played" | "playing" | "plays" | "play")
                && !toks[k].cap
                && !(k + 1..p - 1).any(|x| doc.low[x] == "in")
                && doc
                    .low
                    .get(k + 1)
                    .is_some_and(|w| !matches!(w.as_str(), "in" | "for" | "at" | "with" | "against" | "on" | "to"))
            {
                return true;
            }
        }
    }
    false
}

/// "film-maker", "filmmaker", "documentary maker": makers of works are people, not companies.
fn person_maker(w: &str) -> bool {
    let w = w.replace(['-', ' '], "");
    ["filmmaker", "moviemaker", "programmemaker", "documentarymaker", "musicmaker", "dressmaker"].contains(&w.as_str())
}

/// "Trouble-hit", "Oscar-nominated", "Man-of-the-match": a capitalised word joined by hyphens to
/// a lower-case last word (a modifier, unlike "Rolls-Royce" or "Lewis-Francis").
fn hyphen_modifier(w: &str) -> bool {
    let mut parts = w.split('-');
    let first = parts.next().unwrap_or("");
    let Some(last) = w.rsplit('-').next() else { return false };
    w.contains('-')
        && !crate::lexicon::MODIFIER_SUFFIXES.iter().any(|m| w.ends_with(m))
        && first.chars().next().is_some_and(|c| c.is_uppercase())
        && last.len() >= 2
        && last.chars().all(|c| c.is_ascii_lowercase())
        // (an English word: "Dai-ichi Life" is a name)
        && (crate::lexicon::WORDS.contains(last)
            || LEX.common.contains(last)
            || last.ends_with("ed")
            || last.ends_with("ing")
            || matches!(last, "north" | "south" | "east" | "west"))
}

/// Party names that may open a "party + person" span.
const PARTY_PREFIXES: &[&str] = &[
    "liberal democrat",
    "liberal democrats",
    "lib dem",
    "lib dems",
    "labour",
    "tory",
    "conservative",
    "snp",
    "ukip",
    "plaid cymru",
    "sinn fein",
    "republican",
    "democrat",
    "green",
];

/// Length of a party name opening tokens `a..e` when a given name and at least a surname follow.
fn party_prefix(doc: &Doc, a: usize, e: usize) -> Option<usize> {
    let toks = doc.toks;
    let t = doc.t;
    for k in [2, 1] {
        if a + k + 2 > e {
            continue;
        }
        if (a..a + k).any(|x| is_possessive(toks[x].text(t))) {
            continue;
        }
        let key = joined(doc.low, a, a + k);
        if PARTY_PREFIXES.contains(&key.as_str())
            && LEX.first_names.contains(doc.low[a + k].as_str())
            && !LEX
                .orgs
                .contains(&(a..e).map(|x| fold(strip_possessive(toks[x].text(t)))).collect::<Vec<_>>().join(" "))
        {
            return Some(k);
        }
    }
    None
}

fn push_plain(doc: &Doc, a: usize, b: usize, out: &mut Vec<Cand>) {
    out.push(make_cand(doc, a, b));
}

fn make_cand(doc: &Doc, a: usize, b: usize) -> Cand {
    let t = doc.t;
    let toks = doc.toks;
    let s = toks[a].s;
    let last = toks[b - 1];
    let lt = last.text(t);
    // "McDonald's", "Sainsbury's": a known organisation whose name ends in a possessive
    let whole_poss = is_possessive(lt) && {
        let full: Vec<String> = (a..b).map(|x| fold(toks[x].text(t)).replace('’', "'")).collect();
        LEX.orgs.contains(&full.join(" "))
    };
    let e = if whole_poss { last.e } else { last.s + strip_possessive(lt).len() };
    let surface = decode_entities(&t[s..e]);
    let words: Vec<String> = (a..b).map(|x| fold(strip_possessive(toks[x].text(t)))).collect();
    let key = words.join(" ");
    let mut kind = EKind::Unknown;
    let mut by_place_head = false;
    let mut place = None;
    let mut gender = None;
    let mut person_cue = false;
    let raw_words: Vec<&str> = (a..b).map(|x| strip_possessive(toks[x].text(t))).collect();

    // "Serbia & Montenegro", "Trinidad and Tobago": countries joined into one state
    let joined_countries =
        key.split_once(" & ").or_else(|| key.split_once(" and ")).is_some_and(|(x, y)| is_country(x) && is_country(y))
            || key.contains(" & ") && is_country(&key.replace(" & ", " and "));
    if joined_countries {
        kind = EKind::Place;
    } else if whole_poss {
        kind = EKind::Org;
    } else if doc.sport
        && (LEX.orgs.contains(&key) || club_city(&key) && !venue_or_modifier(doc, a, b))
        && !LEX.demonyms.contains_key(&key)
        && LEX.places.get(&key).map(|p| fold(p) != key || key.len() > 3).unwrap_or(true)
        && !is_country(&key)
    {
        kind = EKind::Org;
    } else if b - a == 2
        && is_country(&words[1])
        && (LEX.common.contains(words[0].as_str())
            || crate::lexicon::SPORT_SET.contains(words[0].as_str())
            || matches!(
                words[0].as_str(),
                "cycling" | "swimming" | "hockey" | "golf" | "boxing" | "rowing" | "sailing" | "tourism" | "enterprise"
            ))
        && !LEX.places.contains_key(&key)
        && !matches!(
            words[0].as_str(),
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "new"
                | "upper"
                | "lower"
                | "greater"
                | "rural"
                | "modern"
                | "all"
                | "in"
                | "from"
                | "to"
                | "of"
                | "and"
                | "the"
        )
    {
        // "Health Canada", "Sport England", "Transport Scotland": a common noun naming a body
        // before its country
        kind = EKind::Org;
    } else if let Some(p) = LEX.places.get(&key) {
        kind = EKind::Place;
        place = Some((*p).to_string());
    } else if a > 0 && doc.low[a - 1] == "the" && LEX.orgs.contains(&format!("the {key}")) {
        // "the Observer", "the Independent": a newspaper known with its article
        kind = EKind::Org;
    } else if b - a == 2
        && matches!(words[0].as_str(), "daily" | "sunday" | "evening")
        && !matches!(words[1].as_str(), "the" | "and" | "of")
        && !LEX.months.contains(words[1].as_str())
    {
        // "the Daily Star", "Evening Chronicle": a newspaper
        kind = EKind::Org;
    } else if b - a == 1 && is_hyphen_acronym_name(raw_words[0]) {
        kind = EKind::Org;
    } else if (a + 1..b).any(|x| {
        // "B&K Ferries", "QR&T": capitals glued to an ampersand name a company (not a genre or
        // a format: "R&B", "Q&A", "B&B", "A&E")
        toks[x].text(t) == "&"
            && toks[x - 1].e == toks[x].s
            && x + 1 < b
            && toks[x].e == toks[x + 1].s
            && toks[x - 1].text(t).chars().all(|c| c.is_ascii_uppercase())
            && !matches!(
                (toks[x - 1].text(t), toks[x + 1].text(t)),
                ("R", "B") | ("Q", "A") | ("B", "B") | ("A", "E") | ("R", "D") | ("M", "A")
            )
    }) {
        kind = EKind::Org;
    } else if (a + 1..b.saturating_sub(1)).any(|x| {
        // "Marsh & McLennan", "Ernst & Young": capitalised names joined by a spaced ampersand
        // are a firm, unless both are given names ("Richard & Judy")
        toks[x].text(t) == "&"
            && !(LEX.first_names.contains(doc.low[x - 1].as_str()) && LEX.first_names.contains(doc.low[x + 1].as_str()))
    }) {
        kind = EKind::Org;
    } else if LEX.orgs.contains(&key)
        && (!crate::lexicon::ACRONYM_ORGS.contains(&key)
            || surface.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()))
    {
        kind = EKind::Org;
    } else if !doc.sport
        && b - a >= 2
        && raw_words[b - a - 1] == "City"
        && (LEX.places.contains_key(&words[..b - a - 1].join(" "))
            || b < toks.len()
                && toks[b].text(t) == ","
                && doc.low.get(b + 1).is_some_and(|w| LEX.places.contains_key(w.as_str()))
            || (2..=3).contains(&(b - a))
                && LEX.place_heads.contains(raw_words[b - a - 2])
                && !LEX.org_words.contains(raw_words[b - a - 2])
                && raw_words[b - a - 2] != "Circuit")
    {
        // "Mexico City", "Park City, Utah", "Salt Lake City": a city outside sports reports
        kind = EKind::Place;
    } else if (2..=3).contains(&(b - a))
        && LEX.place_heads.contains(raw_words[b - a - 1])
        && !LEX.org_words.contains(raw_words[b - a - 1])
        && !matches!(raw_words[b - a - 1], "Green" | "Common" | "Circuit" | "Port")
        && raw_words.iter().all(|w| w.chars().next().is_some_and(|ch| ch.is_uppercase()))
    {
        // "Times Square", "Union Square", "Parliament Square": a place head ends the name
        kind = EKind::Place;
        by_place_head = true;
    } else if b - a == 2
        && matches!(raw_words[1], "Chambers" | "Banks")
        && (LEX.first_names.contains(words[0].as_str()) || crate::lexicon::GIVEN_NAMES.contains(words[0].as_str()))
        && !LEX.demonyms.contains_key(&words[0])
    {
        // "Dwain Chambers", "Tony Banks": an organisation word that is also a common surname
        kind = EKind::Person;
    } else if b - a == 1 && matches!(raw_words[0], "Chambers" | "Banks") {
        // (alone it is left to the names of the article: "Chambers", "Banks")
    } else if b - a >= 2
        && matches!(raw_words[b - a - 1], "International" | "Worldwide")
        && !LEX.places.contains_key(&words[0])
        && !LEX.demonyms.contains_key(&words[0])
        && !matches!(words[0].as_str(), "home" | "the")
    {
        // "Contrack International", "Commodore International": a firm (not a tournament in a
        // city: "Sydney International")
        kind = EKind::Org;
    } else if raw_words.iter().any(|w| LEX.org_words.contains(w))
        || LEX.orgs.contains(&words[0])
            && (words[0].len() > 2
                || is_acronym(raw_words[0]) && !matches!(words[0].as_str(), "eu" | "un" | "fa" | "uk" | "us"))
            && b - a >= 2
            && !LEX.first_names.contains(words[0].as_str())
            // ("Milan Baros", "Chelsea Clinton": a census given name before a surname)
            && !(b - a == 2
                && crate::lexicon::GIVEN_NAMES.contains(words[0].as_str())
                && !crate::lexicon::WORDS.contains(words[1].as_str())
                && !LEX.org_words.contains(raw_words[1])
                && !LEX.places.contains_key(&words[1])
                && !LEX.demonyms.contains_key(&words[1])
                && !LEX.demonym_nouns.contains(words[1].as_str())
                && !LEX.orgs.contains(&key))
    {
        kind = EKind::Org;
    } else if b - a == 1
        && (is_acronym(raw_words[0]) && raw_words[0].chars().all(|c| c.is_ascii_uppercase())
            || is_camel(raw_words[0])
            || is_org_code(raw_words[0]))
    {
        kind = EKind::Org;
    } else if b - a >= 2 && LEX.place_heads.contains(raw_words[b - a - 1])
        || raw_words.last().map(|w| w.ends_with("shire") && w.len() > 7).unwrap_or(false)
        || b - a == 2 && raw_words[0] == "County"
    {
        kind = EKind::Place;
        by_place_head = true;
    } else if b - a >= 2
        && toks.get(b).is_some_and(|k| k.kind == Kind::Word && !k.cap)
        && matches!(
            doc.low[b].as_str(),
            "hotel" | "stadium" | "arena" | "airport" | "hospital" | "prison" | "theatre" | "cathedral" | "racecourse"
        )
        // (not "the Ruben Di Pietro theatre academy")
        && toks.get(b + 1).is_none_or(|k| k.kind != Kind::Word || k.cap || doc.low[b + 1].len() <= 3)
    {
        // "the Beverly Hilton hotel", "the Frank Pais airport": a venue, though it opens with a
        // given name
        kind = EKind::Place;
    } else if b - a >= 2
        // (or a census given name that is no English word: "Katie Melua", "Carolina Kluft")
        && (LEX.first_names.contains(words[0].as_str())
            || b - a <= 3
                && crate::lexicon::GIVEN_NAMES.contains(words[0].as_str())
                // (not a place or a body: "Milton Keynes", "Clarence House", "Sydney International")
                && !LEX.places.contains_key(&words[0])
                && !crate::lexicon::CITIES.contains(&words[0])
                && !LEX.places.contains_key(&key)
                && !crate::lexicon::CITIES.contains(&key)
                // (nor a title of English words: "Vera Drake", "Garden State", "Buena Vista";
                // nor a month or an abbreviation: "April IMF", "Mac OSX")
                && !crate::lexicon::WORDS.contains(words[b - a - 1].as_str())
                && !LEX.months.contains(words[0].as_str())
                && words[0] != "mac"
                && raw_words[1..].iter().all(|w| {
                    !is_acronym(w)
                        && !LEX.org_words.contains(*w)
                        && !LEX.place_heads.contains(*w)
                        && !matches!(
                            *w,
                            "International" | "Aid" | "Dons" | "Harriers" | "Mini" | "South" | "North" | "East" | "West"
                        )
                }))
        && !apposition_org_head(doc, b).is_some_and(|h| {
            // "Freddie Mac, the country's other big mortgage firm,": the apposition ends at its
            // business noun ("a charity worker" is a person's job)
            doc.toks.get(h + 1).is_none_or(|k| k.kind != Kind::Word)
                || matches!(doc.low[h + 1].as_str(), "that" | "which" | "said" | "says" | "has" | "is" | "was" | "had")
        })
    {
        kind = EKind::Person;
    } else if (2..=5).contains(&(b - a))
        && (b - a <= 3 || raw_words.contains(&"."))
        && (a == 0 || !matches!(toks[a - 1].text(t), "/" | "-" | "&" | "."))
        && raw_words[0].len() == 1
        && raw_words[0].chars().all(|c| c.is_ascii_uppercase())
        && !matches!(raw_words[0], "A" | "I" | "X" | "V" | "O")
        && raw_words[1..]
            .iter()
            .filter(|w| **w != ".")
            .all(|w| w.chars().count() >= 2 && !w.chars().all(|c| c.is_uppercase()))
        && words[1..]
            .iter()
            .filter(|w| *w != ".")
            .all(|w| !LEX.common.contains(w.as_str()) && !LEX.places.contains_key(w))
    {
        // "R Kelly", "J K Rowling": an initial as the first name
        kind = EKind::Person;
    }
    if LEX.female.contains(words[0].as_str()) && !LEX.male.contains(words[0].as_str()) {
        gender = Some('f');
    } else if LEX.male.contains(words[0].as_str()) && !LEX.female.contains(words[0].as_str()) {
        gender = Some('m');
    }
    // context: preceding lower-case role word ("producer Kevin Wallace", "chief executive X")
    let mut role = None;
    if a > 0 && toks[a - 1].kind == Kind::Word && !toks[a - 1].cap {
        let full = fold(toks[a - 1].text(t));
        // "vice-chairman Vivek Paul", "co-founder X": a prefixed title is still a title
        let w = match full.split_once('-') {
            Some(("vice" | "co" | "ex" | "joint" | "deputy" | "assistant", head)) if LEX.titles.contains(head) => {
                head.to_string()
            }
            _ => full.clone(),
        };
        if LEX.titles.contains(w.as_str())
            || w.ends_with("er")
                && w.len() > 4
                && [
                    "writer",
                    "designer",
                    "composer",
                    "player",
                    "manager",
                    "producer",
                    "striker",
                    "winger",
                    "defender",
                    "forward",
                    "keeper",
                    "presenter",
                    "reporter",
                    "founder",
                    "owner",
                    "leader",
                    "officer",
                    "minister",
                    "member",
                    "partner",
                    "lawyer",
                    "banker",
                    "trader",
                    "dealer",
                    "broker",
                    "brother",
                    "father",
                    "mother",
                    "sister",
                    "daughter",
                    "farmer",
                    "teacher",
                    "worker",
                    "boxer",
                    "rider",
                    "driver",
                    "runner",
                    "skier",
                    "golfer",
                    "bowler",
                    "batsman",
                ]
                .contains(&w.as_str())
            || [
                "executive",
                "analyst",
                "economist",
                "half",
                "back",
                "flanker",
                "hooker",
                "prop",
                "lock",
                "centre",
                "scrum-half",
                "fly-half",
                "full-back",
                "coach",
                "boss",
                "chancellor",
                "secretary",
                "spokesman",
                "spokeswoman",
                "actor",
                "actress",
                "singer",
                "star",
                "comedian",
                "director",
                "chairman",
                "president",
                "editor",
                "vice-president",
                "veteran",
                "rival",
                "wife",
                "husband",
                "son",
                "girlfriend",
                "boyfriend",
                "colleague",
                "team-mate",
                "international",
                "champion",
                "screenwriter",
                "guitarist",
                "drummer",
                "novelist",
                "artist",
                "chef",
                "pilot",
                "judge",
                "general",
                "counterpart",
                "activist",
                "campaigner",
                "aide",
                "adviser",
                "envoy",
                "ambassador",
                "candidate",
                "mp",
                "mep",
                "peer",
                "cardinal",
                "archbishop",
                "sprinter",
                "athlete",
                "captain",
                "skipper",
                "midfielder",
                "goalkeeper",
                "heptathlete",
                "tycoon",
                "billionaire",
                "magnate",
                "crooner",
                "rapper",
                "dj",
                "model",
                "designer",
                "photographer",
                "journalist",
                "critic",
                "professor",
                "scientist",
                "researcher",
                "doctor",
                "surgeon",
                "nurse",
                "detective",
                "officer",
            ]
            .contains(&w.as_str())
        {
            // "shadow chancellor X", "former minister X": the modifier is part of the role
            let m = if a > 1 && toks[a - 2].kind == Kind::Word { fold(toks[a - 2].text(t)) } else { String::new() };
            // "WPP bought US rival Grey Global", "sector leader Omnicom": a market's rival or
            // leader is a business unless a given name opens the name
            // ("Paraguayan leader Francisco Solano Lopez", "its leader Abu Bakr": a people's leader)
            let market = matches!(m.as_str(), "sector" | "market" | "industry" | "business");
            let business = (w == "leader" && market
                || w == "rival"
                    && (market
                        || matches!(m.as_str(), "its" | "their")
                        || LEX.places.contains_key(&m)
                        || LEX.demonyms.contains_key(&m)))
                && !LEX.first_names.contains(words[0].as_str());
            if business && kind == EKind::Unknown {
                kind = EKind::Org;
            }
            role = Some(
                if matches!(m.as_str(), "shadow" | "former" | "deputy" | "vice" | "assistant" | "acting" | "junior") {
                    format!("{m} {full}")
                } else {
                    full
                },
            );
            if kind == EKind::Unknown {
                person_cue = true;
            }
            if business {
                role = None;
            }
        }
    }
    // following ", 45," age or ", a/the <role>"
    if b < toks.len() {
        let after = &t[e..crate::text::floor_char(t, e + 40)];
        let after_t = after.trim_start();
        if let Some(rest) = after_t.strip_prefix(',') {
            let rest = rest.trim_start();
            let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            if !digits.is_empty() && digits.len() <= 2 && rest[digits.len()..].starts_with(',') {
                person_cue = true;
            }
            if rest.starts_with("who ") || rest.starts_with("whose ") {
                person_cue = true;
            }
            let rest = rest.trim_start_matches("a ").trim_start_matches("an ").trim_start_matches("the ");
            // "Kim Yungmin, an equity strategist at", "Rodrigo de Rato, the IMF's managing director"
            let head_role = rest
                .split([',', '.', ';'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(4)
                .take_while(|w| !matches!(*w, "at" | "of" | "for" | "with" | "in" | "who" | "and"))
                .last()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase())
                .unwrap_or_default();
            if LEX.titles.contains(head_role.as_str())
                || matches!(
                    head_role.as_str(),
                    "strategist"
                        | "analyst"
                        | "economist"
                        | "spokesman"
                        | "spokeswoman"
                        | "director"
                        | "executive"
                        | "officer"
                        | "consultant"
                        | "researcher"
                        | "lawyer"
                        | "official"
                        | "trader"
                        | "dealer"
                        | "broker"
                        | "editor"
                        | "founder"
                        | "chairman"
                        | "head"
                        | "president"
                        | "partner"
                )
            {
                person_cue = true;
            }
            let w1: String =
                rest.chars().take_while(|c| c.is_alphabetic() || *c == '-').collect::<String>().to_lowercase();
            // "Migration Watch UK, Sir Andrew Green,": a title before a name titles that name
            let w1_end = rest.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(rest.len());
            let titles_a_name =
                rest[w1_end..].strip_prefix(' ').and_then(|r| r.chars().next()).is_some_and(|c| c.is_uppercase());
            if !titles_a_name && LEX.titles.contains(w1.as_str())
                || matches!(
                    w1.as_str(),
                    "head"
                        | "analyst"
                        | "economist"
                        | "chief"
                        | "president"
                        | "director"
                        | "editor"
                        | "spokesman"
                        | "spokeswoman"
                        | "founder"
                        | "chairman"
                        | "professor"
                        | "author"
                        | "executive"
                        | "minister"
                        | "secretary"
                        | "leader"
                        | "manager"
                        | "coach"
                        | "captain"
                        | "partner"
                )
            {
                person_cue = true;
            }
        }
    }
    // "Anti-Phishing Working group", "Violent Crime taskforce": a lower-case organisation head
    let mut e = e;
    let mut surface = surface;
    if kind == EKind::Unknown
        && !LEX.demonyms.contains_key(&key)
        && !LEX.places.contains_key(&key)
        && b < toks.len()
        && toks[b].kind == Kind::Word
        && !toks[b].cap
        && t[e..toks[b].s].trim().is_empty()
    {
        let nw = fold(toks[b].text(t));
        if matches!(
            nw.as_str(),
            "group"
                | "taskforce"
                | "committee"
                | "commission"
                | "agency"
                | "foundation"
                | "council"
                | "institute"
                | "consortium"
                | "coalition"
                | "alliance"
                | "federation"
                | "association"
        ) {
            e = toks[b].e;
            surface = decode_entities(&t[s..e]);
            kind = EKind::Org;
        }
    }
    // "Justin Green, spokesman for ...": a name that merely ends like a place ("Green", "Hill")
    if by_place_head && (person_cue || role.is_some()) {
        kind = EKind::Person;
    }
    // "Wayne Bridge", "Danny Green": a known given name before a head that is also a common
    // surname is a person, unless the name reads as a location ("at the Albert Hall", "in Penny Lane")
    if by_place_head
        && b - a == 2
        && LEX.first_names.contains(words[0].as_str())
        && matches!(raw_words[1], "Bridge" | "Green" | "Hill" | "Field" | "Hall" | "Lane" | "Moor" | "Forest")
        && !a.checked_sub(1).and_then(|p| doc.low.get(p)).is_some_and(|w| {
            matches!(
                w.as_str(),
                "the"
                    | "at"
                    | "in"
                    | "on"
                    | "near"
                    | "across"
                    | "over"
                    | "outside"
                    | "inside"
                    | "around"
                    | "through"
                    | "via"
            )
        })
    {
        kind = EKind::Person;
    }
    Cand { s, e, tok: a, ntok: b - a, surface, kind, place, titled: false, gender, role, person_cue }
}

/// Lower-case nouns right before the title of a work (no verb homographs: "play", "hit", "show").
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "album",
    "song",
    "sitcom",
    "drama",
    "soap",
    "novel",
    "musical",
    "documentary",
    "blockbuster",
    "thriller",
    "biopic",
    "opera",
    "ballet",
    "videogame",
    "anthem",
    "series",
    "programme",
    "comedy",
];

/// Lower-case nouns that introduce an organisation in apposition ("energy drink company, Red Bull").
const ORG_CUE_NOUNS: &[&str] = &[
    "band",
    "company",
    "firm",
    "group",
    "maker",
    "retailer",
    "giant",
    "network",
    "label",
    "studio",
    "publisher",
    "broadcaster",
    "magazine",
    "newspaper",
    "website",
    "site",
    "bank",
    "airline",
    "operator",
    "brand",
    "charity",
    "agency",
    "developer",
    "manufacturer",
    "supplier",
    "provider",
    "club",
    "rival",
    "rivals",
    "sponsor",
    "partner",
    "competitor",
];

fn is_function_word(w: &str) -> bool {
    crate::lexicon::FUNCTION_CAPS.contains(&w)
        || matches!(
            w,
            "however"
                | "meanwhile"
                | "although"
                | "while"
                | "there"
                | "here"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "these"
                | "those"
                | "what"
                | "who"
                | "when"
                | "where"
                | "why"
                | "how"
                | "which"
                | "some"
                | "many"
                | "more"
                | "most"
                | "all"
                | "both"
                | "each"
                | "every"
                | "no"
                | "not"
                | "yes"
                | "also"
                | "still"
                | "even"
                | "just"
                | "only"
                | "now"
                | "then"
                | "today"
                | "yesterday"
                | "last"
                | "first"
                | "one"
                | "two"
                | "three"
                | "or"
                | "nor"
                | "yet"
                | "of"
                | "is"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "do"
                | "does"
                | "did"
                | "has"
                | "have"
                | "had"
                | "you"
                | "me"
                | "him"
                | "them"
                | "us"
                | "than"
                | "about"
                | "into"
                | "over"
                | "under"
                | "after"
                | "since"
                | "until"
                | "because"
                | "though"
                | "despite"
                | "without"
                | "within"
                | "among"
                | "between"
                | "through"
                | "during"
                | "like"
                | "new"
                | "old"
                | "big"
                | "great"
                | "good"
        )
}

fn is_adjective_demonym(key: &str) -> bool {
    static ADJ: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
        let mut s = HashSet::default();
        for (k, _) in LEX.demonyms.iter() {
            if !LEX.demonym_nouns.contains(k)
                || k.ends_with("ish")
                || k.ends_with("ch")
                || k.ends_with("ese")
                || k.ends_with("ss")
            {
                s.insert(k.clone());
            }
        }
        s
    });
    ADJ.contains(key) || !key.ends_with('s')
}

pub(crate) fn is_country(key: &str) -> bool {
    LEX.places.get(key).map(|p| LEX.demonyms.values().any(|d| d == p)).unwrap_or(false)
}

/// `short` ("PwC", "KVS", "CAO") abbreviates `long`: two to six letters or digits with at least
/// two capitals, the first letter of both the same, and the capitals found in order in `long`.
fn abbreviates(short: &str, long: &str) -> bool {
    let n = short.chars().count();
    if !(2..=6).contains(&n)
        || !short.chars().all(|c| c.is_alphanumeric())
        || short.chars().filter(|c| c.is_uppercase()).count() < 2
        || !short.chars().next().is_some_and(|c| c.is_uppercase())
    {
        return false;
    }
    let long_l: Vec<char> = long.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect();
    let caps: Vec<char> = short.chars().filter(|c| c.is_uppercase()).flat_map(|c| c.to_lowercase()).collect();
    if long_l.first() != caps.first() || long_l.len() <= n {
        return false;
    }
    let mut it = long_l.iter();
    caps.iter().all(|c| it.any(|d| d == c))
}

fn initials(name: &str) -> String {
    let mut out = String::new();
    for w in name.split(|c: char| c.is_whitespace() || c == '-') {
        if w.is_empty() {
            continue;
        }
        let lw = w.to_ascii_lowercase();
        if CONNECTORS.contains(&lw.as_str()) || lw == "the" {
            continue;
        }
        if is_acronym(w) {
            out.push_str(w);
        } else if let Some(c) = w.chars().next() {
            if c.is_uppercase() {
                out.extend(c.to_uppercase());
            }
        }
    }
    out
}

const LONE_SAID_ORG: i32 = 1;

fn resolve(doc: &Doc, mut cands: Vec<Cand>, lower: &HashSet<&str>) -> Entities {
    let t = doc.t;
    let toks = doc.toks;
    // "Air Chief Marshal Angus Houston ... Houston said": a lone place name that is the surname of
    // a person named in full in the same text is that person, unless a locative word marks it
    // as the place ("in Houston", "from Houston")
    let surnames: HashSet<String> = cands
        .iter()
        .filter(|c| {
            c.kind == EKind::Person
                && c.ntok >= 2
                && LEX.first_names.contains(fold(&c.surface).split(' ').next().unwrap_or(""))
        })
        .filter_map(|c| surname_word(&c.surface).map(fold))
        .collect();
    if !surnames.is_empty() {
        for c in cands.iter_mut() {
            let locative = c.tok > 0
                && matches!(
                    doc.low[c.tok - 1].as_str(),
                    "in" | "at"
                        | "from"
                        | "to"
                        | "near"
                        | "into"
                        | "across"
                        | "outside"
                        | "inside"
                        | "around"
                        | "of"
                        | "via"
                        | "through"
                        | "toward"
                        | "towards"
                        | "between"
                        | "and"
                );
            if c.ntok == 1 && c.kind == EKind::Place && !locative && surnames.contains(&fold(&c.surface)) {
                c.kind = EKind::Unknown;
                c.place = None;
            }
        }
    }
    // groups from demonyms
    let mut out_cands: Vec<Cand> = Vec::with_capacity(cands.len());
    for mut c in cands.drain(..) {
        let key = fold(&c.surface);
        if c.ntok == 1 && c.kind != EKind::Person && !c.titled {
            if let Some(p) = LEX.demonyms.get(&key) {
                if LEX.places.contains_key(&key) {
                    // "New Zealand" is both; treat as place
                } else {
                    // look ahead for a people noun within 4 tokens
                    let mut k = c.tok + 1;
                    let mut endk = None;
                    while k < toks.len() && k <= c.tok + 4 {
                        let tk = toks[k];
                        if tk.kind != Kind::Word || t[toks[k - 1].e..tk.s].contains('\n') {
                            break;
                        }
                        let w = fold(tk.text(t));
                        // one person ("the Turkish economics minister") is not a group
                        if matches!(
                            w.as_str(),
                            "minister"
                                | "ambassador"
                                | "envoy"
                                | "counterpart"
                                | "champion"
                                | "spokesman"
                                | "spokeswoman"
                                | "spokesperson"
                        ) {
                            break;
                        }
                        // "the Russian government", "the German team", "Japanese companies": an
                        // institution or a body of a nation is no group of people
                        if matches!(
                            w.as_str(),
                            "government"
                                | "team"
                                | "side"
                                | "squad"
                                | "companies"
                                | "firms"
                                | "businesses"
                                | "banks"
                                | "clubs"
                                | "intelligence"
                        ) {
                            break;
                        }
                        if LEX.people_nouns.contains(w.as_str()) {
                            // "Ukrainian Defence Minister Rustem Umerov" is a title, not a group
                            let named = toks
                                .get(k + 1)
                                .map(|n| {
                                    n.kind == Kind::Word
                                        && n.cap
                                        && !t[tk.e..n.s].contains('\n')
                                        && t[tk.e..n.s].trim().is_empty()
                                })
                                .unwrap_or(false);
                            if !named {
                                endk = Some(k);
                            }
                            break;
                        }
                        if LEX.common.contains(w.as_str())
                            && !matches!(
                                w.as_str(),
                                "people"
                                    | "players"
                                    | "fans"
                                    | "workers"
                                    | "officials"
                                    | "forces"
                                    | "troops"
                                    | "leaders"
                                    | "ministers"
                                    | "voters"
                            )
                        {
                            break;
                        }
                        k += 1;
                    }
                    let prev = if c.tok > 0 { fold(toks[c.tok - 1].text(t)) } else { String::new() };
                    if let Some(k) = endk {
                        c.e = toks[k].e;
                        c.surface = decode_entities(&t[c.s..c.e]);
                        c.kind = EKind::Group;
                        c.place = Some((*p).to_string());
                        out_cands.push(c);
                    } else if LEX.demonym_nouns.contains(&key)
                        && (!is_adjective_demonym(&key) || {
                            let next_lower = toks
                                .get(c.tok + 1)
                                .map(|n| {
                                    n.kind == Kind::Word
                                        && !n.cap
                                        // ("the English played better": a past-tense verb, not a noun)
                                        && !past_tense(&fold(n.text(t)))
                                        && (!LEX.report_verbs.contains(fold(n.text(t)).as_str())
                                            || matches!(
                                                fold(n.text(t)).as_str(),
                                                "show" | "report" | "claim" | "estimate" | "forecast" | "statement"
                                            ))
                                        && !matches!(
                                            fold(n.text(t)).as_str(),
                                            "are"
                                                | "were"
                                                | "have"
                                                | "had"
                                                | "has"
                                                | "will"
                                                | "would"
                                                | "could"
                                                | "and"
                                                | "in"
                                                | "at"
                                                | "who"
                                                | "to"
                                                | "for"
                                                | "of"
                                                | "as"
                                                | "was"
                                                | "is"
                                        )
                                })
                                .unwrap_or(false);
                            !next_lower
                                && (matches!(
                                    prev.as_str(),
                                    "the"
                                        | "many"
                                        | "of"
                                        | "some"
                                        | "most"
                                        | "few"
                                        | "by"
                                        | "for"
                                        | "and"
                                        | "two"
                                        | "three"
                                        | "all"
                                        | "young"
                                        | "ordinary"
                                        | "fellow"
                                ) || key.ends_with('s'))
                        })
                    {
                        c.kind = EKind::Group;
                        c.place = Some((*p).to_string());
                        out_cands.push(c);
                    }
                    continue;
                }
            }
        }
        out_cands.push(c);
    }
    let cands = out_cands;

    // cluster
    let mut ents: Vec<Ent> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::default();
    let mut mentions: Vec<Mention> = Vec::new();
    let mut assign: Vec<Option<usize>> = vec![None; cands.len()];

    let new_ent = |c: &Cand, ents: &mut Vec<Ent>| -> usize {
        ents.push(Ent {
            name: c.place.clone().filter(|_| c.kind == EKind::Place).unwrap_or_else(|| c.surface.clone()),
            kind: c.kind,
            place: if c.kind == EKind::Group { c.place.clone() } else { None },
            surfaces: Vec::new(),
            spans: Vec::new(),
            gender: c.gender,
            roles: Vec::new(),
        });
        ents.len() - 1
    };

    // pass 1: multi-token names, places, orgs, titled persons
    for (ci, c) in cands.iter().enumerate() {
        let single_unknown =
            c.ntok == 1 && !c.surface.contains(' ') && matches!(c.kind, EKind::Unknown | EKind::Person);
        if single_unknown {
            continue;
        }
        let key = match (&c.kind, &c.place) {
            (EKind::Place, Some(p)) => format!("place:{}", p),
            (EKind::Group, _) => format!("group:{}", alias_key(&c.surface)),
            (EKind::Org, _) => {
                let k = alias_key(&c.surface);
                party_of_key(&k).map(|p| format!("party:{p}")).unwrap_or(k)
            }
            _ => alias_key(&c.surface),
        };
        let party = key.starts_with("party:");
        let id = match by_key.get(&key) {
            Some(&id) => id,
            None => {
                let id = new_ent(c, &mut ents);
                by_key.insert(key, id);
                id
            }
        };
        // (every name of a party also finds it by its own key: "the Conservative plans")
        if party {
            by_key.entry(alias_key(&c.surface)).or_insert(id);
        }
        if ents[id].kind == EKind::Unknown && c.kind != EKind::Unknown {
            ents[id].kind = c.kind;
        }
        assign[ci] = Some(id);
    }
    // persons: multi-token unknowns with person cues become persons
    for (ci, c) in cands.iter().enumerate() {
        if let Some(id) = assign[ci] {
            if ents[id].kind == EKind::Unknown && (c.person_cue || c.role.is_some() || c.titled) {
                ents[id].kind = EKind::Person;
            }
        }
    }
    // surname / first-name index of multi-token persons (and unknown multi-token names)
    let mut last_index: HashMap<String, Vec<usize>> = HashMap::default();
    let mut first_index: HashMap<String, Vec<usize>> = HashMap::default();
    for (ci, c) in cands.iter().enumerate() {
        if let Some(id) = assign[ci] {
            if c.ntok >= 2
                && (ents[id].kind == EKind::Person
                    || ents[id].kind == EKind::Unknown
                        && !LEX.common.contains(fold(c.surface.split_whitespace().next().unwrap_or("")).as_str()))
            {
                let words: Vec<&str> = c.surface.split_whitespace().collect();
                if let (Some(l), Some(f)) = (surname_word(&c.surface), words.first()) {
                    let v = last_index.entry(alias_key(l)).or_default();
                    if !v.contains(&id) {
                        v.push(id);
                    }
                    let v = first_index.entry(alias_key(f)).or_default();
                    if !v.contains(&id) {
                        v.push(id);
                    }
                }
            }
        }
    }
    // org first-word index (for "Marvel" -> "Marvel Comics")
    let mut org_first: HashMap<String, Vec<usize>> = HashMap::default();
    let mut acr: HashMap<String, usize> = HashMap::default();
    for (id, e) in ents.iter().enumerate() {
        if e.kind == EKind::Org || e.kind == EKind::Unknown {
            let words: Vec<&str> = e.name.split_whitespace().collect();
            // ("Marsh said" for Marsh & McLennan: or two names joined by an ampersand)
            if words.len() >= 2 && words[1..].iter().all(|w| LEX.org_words.contains(w) || *w == "&")
                || words.len() == 3 && words[1] == "&" && words[0] != words[2]
            {
                org_first.entry(alias_key(words[0])).or_default().push(id);
            }
            if words.len() >= 2 {
                let ini = initials(&e.name);
                // ("Universal Studio" is not the "US": a country's abbreviation stays the country)
                if ini.len() >= 2 && !is_country(&ini.to_lowercase()) && !LEX.places.contains_key(&ini.to_lowercase()) {
                    acr.entry(ini).or_insert(id);
                }
            }
        }
    }
    // first-pass mention starts per entity, for choosing the nearest full mention
    let mut first_starts: Vec<Vec<usize>> = vec![Vec::new(); ents.len()];
    for (ci, c) in cands.iter().enumerate() {
        if let Some(id) = assign[ci] {
            first_starts[id].push(c.s);
        }
    }
    // pass 2: single tokens
    for (ci, c) in cands.iter().enumerate() {
        if assign[ci].is_some() {
            continue;
        }
        // ("the Conservative plans" after "Tory" and "the Conservatives": the party)
        let key = alias_key(&c.surface);
        let key = party_of_key(&key).map(|p| format!("party:{p}")).filter(|p| by_key.contains_key(p)).unwrap_or(key);
        let pick = |ids: &Vec<usize>| -> Option<usize> {
            if ids.len() == 1 {
                return Some(ids[0]);
            }
            // nearest preceding full mention
            let mut best: Option<(usize, usize)> = None;
            for &id in ids {
                let Some(starts) = first_starts.get(id) else { continue };
                if let Some(&s) = starts.iter().rfind(|s| **s < c.s) {
                    if best.map(|(bs, _)| s > bs).unwrap_or(true) {
                        best = Some((s, id));
                    }
                }
            }
            best.map(|(_, id)| id).or(ids.first().copied())
        };
        let target = if let Some(ids) = last_index.get(&key) {
            pick(ids)
        } else if let Some(&id) = by_key.get(&key) {
            Some(id)
        } else if let Some(&id) = acr.get(c.surface.as_str()) {
            Some(id)
        } else if let Some(ids) = first_index.get(&key).filter(|v| {
            // "Mr Kim" for "Kim Yungmin": family name first (East Asian names)
            v.len() == 1
                && (!c.titled
                    || matches!(c.role.as_deref(), Some("sir" | "dame"))
                    || matches!(c.role.as_deref(), Some("mr" | "mrs" | "ms" | "miss" | "dr"))
                        && ents[v[0]].name.split_whitespace().count() == 2)
                && c.kind != EKind::Org
        }) {
            Some(ids[0])
        } else {
            org_first.get(&key).filter(|v| v.len() == 1).map(|ids| ids[0]).or_else(|| {
                // "Fed" -> "Federal Reserve": capitalised abbreviation of an organisation's first word
                if key.len() < 3 || !(c.kind == EKind::Unknown || c.kind == EKind::Org && !LEX.orgs.contains(&key)) {
                    return None;
                }
                let hits: Vec<usize> = ents
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| {
                        matches!(e.kind, EKind::Org)
                            && e.name.split_whitespace().count() >= 2
                            && e.name
                                .split_whitespace()
                                .next()
                                .map(|w| {
                                    let k = alias_key(w);
                                    k.len() > key.len() && k.starts_with(&key)
                                })
                                .unwrap_or(false)
                    })
                    .map(|(i, _)| i)
                    .collect();
                (hits.len() == 1).then(|| hits[0])
            })
        };
        // "said Daveport" after "Lindsay Davenport": a surname misspelt by one letter inside the
        // word (long names only; "Clark" and "Clarke" differ at the end and stay apart)
        let target = target.or_else(|| {
            let f = fold(strip_possessive(&c.surface));
            // ("Ms Chada said" for Monica Chadha: five letters and one more)
            if c.ntok != 1
                || key.len() < 5
                || !matches!(c.kind, EKind::Unknown | EKind::Person)
                // (a name in its own right: "Kingston" is no misspelt "Kingson")
                || LEX.places.contains_key(&f)
                || LEX.orgs.contains(&f)
                || LEX.first_names.contains(f.as_str())
                || crate::lexicon::WORDS.contains(f.as_str())
            {
                return None;
            }
            // (speaking or titled, as people are: not "Reid (Kingston, UK)")
            let speaks =
                |k: Option<usize>| k.and_then(|k| doc.low.get(k)).is_some_and(|w| crate::lexicon::said_verb(w));
            if !(c.titled || speaks(c.tok.checked_sub(1)) || speaks(Some(c.tok + 1))) {
                return None;
            }
            let hits: Vec<usize> = last_index
                .iter()
                .filter(|(k, _)| one_inner_edit(k, &key))
                .flat_map(|(_, ids)| ids.iter().copied())
                .filter(|&id| ents[id].kind == EKind::Person)
                .collect();
            (!hits.is_empty() && hits.iter().all(|&h| h == hits[0])).then(|| hits[0])
        });
        let id = match target {
            Some(id) => id,
            None => {
                let id = new_ent(c, &mut ents);
                by_key.insert(key, id);
                id
            }
        };
        if c.titled && ents[id].kind == EKind::Unknown {
            ents[id].kind = EKind::Person;
        }
        assign[ci] = Some(id);
    }
    // acronym <-> long form and "(ACR)" merges
    let mut redirect: Vec<usize> = (0..ents.len()).collect();
    for id in 0..ents.len() {
        let name = ents[id].name.clone();
        if is_acronym(&name) {
            if let Some(&long) = acr.get(name.as_str()) {
                if long != id && matches!(ents[long].kind, EKind::Org | EKind::Unknown) {
                    redirect[id] = long;
                }
            }
        }
    }
    // "PricewaterhouseCoopers (PwC)", "Kelvar Systems (KVS)": a short name in brackets straight
    // after a name, its capitals drawn in order from that name, is the name's abbreviation
    for (ci, c) in cands.iter().enumerate() {
        let Some(id) = assign[ci] else { continue };
        if ci == 0 || c.ntok != 1 || c.tok < 2 || redirect[id] != id {
            continue;
        }
        if toks[c.tok - 1].text(t) != "(" || toks.get(c.tok + 1).map(|k| k.text(t)) != Some(")") {
            continue;
        }
        let prev = &cands[ci - 1];
        if prev.tok + prev.ntok + 1 != c.tok {
            continue;
        }
        let Some(long) = assign[ci - 1] else { continue };
        let long = redirect[long];
        if long != id
            && matches!(ents[long].kind, EKind::Org | EKind::Unknown)
            && matches!(ents[id].kind, EKind::Org | EKind::Unknown)
            // (a known abbreviation only when the name's initials open with it: "Public and
            // Commercial Services Union (PCS)")
            && (!LEX.orgs.contains(&fold(&c.surface)) || initials(&prev.surface).starts_with(c.surface.as_str()))
            && abbreviates(&c.surface, &prev.surface)
        {
            redirect[id] = long;
        }
    }
    // "RDF Media" ... "RDF's action": the first word of an organisation named by a word and an
    // organisation head is the same organisation (unless it is a known organisation of its own)
    for id in 0..ents.len() {
        let name = &ents[id].name;
        if redirect[id] != id
            || name.contains(' ')
            || !matches!(ents[id].kind, EKind::Org | EKind::Unknown)
            || LEX.orgs.contains(&fold(name))
            || LEX.places.contains_key(&fold(name))
        {
            continue;
        }
        if let Some(v) = org_first.get(&alias_key(name)) {
            if v.len() == 1 && v[0] != id && ents[v[0]].kind == EKind::Org {
                redirect[id] = v[0];
            }
        }
    }
    // "the European Commission" ... "the Commission": a bare organisation head word is the one
    // organisation in the article named with it
    // ("the Bank of England" ... "the Bank": else the head before its "of")
    let mut by_head: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_head_of: HashMap<&str, Vec<usize>> = HashMap::default();
    for (j, e) in ents.iter().enumerate() {
        if redirect[j] == j && e.kind == EKind::Org && e.name.contains(' ') {
            let words: Vec<&str> = e.name.split_whitespace().collect();
            if let Some(last) = words.last().filter(|w| LEX.org_words.contains(*w)) {
                by_head.entry(last).or_default().push(j);
            }
            if let Some(k) = words.iter().position(|w| matches!(*w, "of" | "for")).filter(|&k| k > 0) {
                if LEX.org_words.contains(words[k - 1]) {
                    by_head_of.entry(words[k - 1]).or_default().push(j);
                }
            }
        }
    }
    let mut head_redirects: Vec<(usize, usize)> = Vec::new();
    for (id, e) in ents.iter().enumerate() {
        if redirect[id] != id || e.name.contains(' ') {
            continue;
        }
        if let Some(hits) = by_head.get(e.name.as_str()).or_else(|| by_head_of.get(e.name.as_str())) {
            if hits.len() == 1 && hits[0] != id {
                head_redirects.push((id, hits[0]));
            }
        }
    }
    for (id, to) in head_redirects {
        redirect[id] = to;
    }
    // "the Labour Party" ... "Labour", "a Liberal Democrat" ... "the Liberal Democrats": one
    // organisation named with and without "Party", or in the singular and the plural
    let org_by_name: HashMap<&str, usize> = ents
        .iter()
        .enumerate()
        .filter(|(j, e)| redirect[*j] == *j && matches!(e.kind, EKind::Org | EKind::Unknown))
        .map(|(j, e)| (e.name.as_str(), j))
        .collect();
    let mut variant_redirects: Vec<(usize, usize)> = Vec::new();
    for (&name, &id) in &org_by_name {
        if name.len() < 4 || is_acronym(name) {
            continue;
        }
        for v in [format!("{name} Party"), format!("{name}s")] {
            if let Some(&j) = org_by_name.get(v.as_str()) {
                // ("a Conservative spokeswoman" ... "the Conservatives": one side typed is enough)
                if j != id && (ents[id].kind == EKind::Org || ents[j].kind == EKind::Org) {
                    variant_redirects.push((id.max(j), id.min(j)));
                }
            }
        }
    }
    variant_redirects.sort_unstable();
    for (from, to) in variant_redirects {
        if redirect[from] == from && redirect[to] == to {
            redirect[from] = to;
            ents[to].kind = EKind::Org;
        }
    }
    // context votes for remaining unknowns
    let mut votes: Vec<[i32; 3]> = vec![[0; 3]; ents.len()]; // person, org, place
                                                             // last words of multi-word names, built when first needed ("the Osbournes")
    let mut last_words: Option<HashSet<String>> = None;
    let mut no_pair: Vec<bool> = vec![false; ents.len()];
    for (ci, c) in cands.iter().enumerate() {
        let Some(id) = assign[ci] else { continue };
        let id = redirect[id];
        if ents[id].kind != EKind::Unknown {
            continue;
        }
        // "Economic and Fiscal Policy Minister X": the first half of a portfolio, no name
        let after = c.tok + c.ntok;
        if doc.low.get(after).is_some_and(|w| w == "and")
            && (after + 1..(after + 5).min(toks.len()))
                .any(|k| toks[k].cap && matches!(doc.low[k].as_str(), "minister" | "secretary" | "commissioner"))
        {
            continue;
        }
        let v = &mut votes[id];
        // a surname used alone elsewhere: "Jimi Hendrix" ... "Hendrix"
        if c.ntok == 1
            && ents[id].name.split_whitespace().count() >= 2
            && (surname_word(&ents[id].name).map(|l| alias_key(l) == alias_key(&c.surface)).unwrap_or(false)
                || ents[id]
                    .name
                    .split_whitespace()
                    .next()
                    .map(|l| alias_key(l) == alias_key(&c.surface))
                    .unwrap_or(false))
        {
            v[0] += 2;
        }
        if c.person_cue || c.role.is_some() {
            v[0] += 2;
        }
        let prev = if c.tok > 0 { fold(toks[c.tok - 1].text(t)) } else { String::new() };
        let prev2 = if c.tok > 1 { fold(toks[c.tok - 2].text(t)) } else { String::new() };
        let next = toks.get(c.tok + c.ntok).map(|x| fold(x.text(t))).unwrap_or_default();
        let poss = is_possessive(&t[c.s..toks[c.tok + c.ntok - 1].e]);
        v[1] += org_context_votes(doc, c.tok, c.ntok, &prev, &prev2, &next, poss);
        // "'...,' insisted Borrowdale.": a lone name after an inverted reporting verb that follows
        // the closing quote mark is the speaker, a person
        if c.ntok == 1
            && !poss
            && !is_acronym(&c.surface)
            && c.tok >= 2
            && matches!(toks[c.tok - 2].text(t), "\"" | "”" | "'" | "’")
            && matches!(
                prev.as_str(),
                "said"
                    | "insisted"
                    | "added"
                    | "admitted"
                    | "explained"
                    | "conceded"
                    | "joked"
                    | "laughed"
                    | "stressed"
            )
            && matches!(next.as_str(), "." | "," | "")
        {
            v[0] += 2;
        }
        // "Wenley manager Alan Birch", "Tarvik chairman Ian Holt": an employer before a role and a name
        if !poss
            && matches!(
                next.as_str(),
                "manager"
                    | "chairman"
                    | "coach"
                    | "director"
                    | "captain"
                    | "striker"
                    | "owner"
                    | "president"
                    | "midfielder"
                    | "defender"
                    | "goalkeeper"
                    | "winger"
                    | "founder"
                    | "chairwoman"
            )
            && toks.get(c.tok + c.ntok + 1).map(|k| k.cap && k.kind == Kind::Word).unwrap_or(false)
            && !LEX.first_names.contains(fold(&c.surface).as_str())
        {
            v[1] += 2;
        }
        // "Arsenal's Edu has lifted the lid": in a sports report a lone name after a club's
        // possessive is one of its people
        if doc.sport && c.ntok == 1 && !poss && ci > 0 && is_possessive(&prev) {
            let pc = &cands[ci - 1];
            let f = fold(&c.surface);
            let club = pc.tok + pc.ntok == c.tok
                && assign[ci - 1].is_some_and(|pid| ents[redirect[pid]].kind == EKind::Org)
                && !LEX.orgs.contains(&f)
                && !LEX.places.contains_key(&f)
                // (not an event or programme: "the AAA's Indoor 800m title", "Five Live's Sportsweek.")
                && !crate::lexicon::WORDS.contains(f.as_str())
                && c.surface.chars().all(char::is_alphabetic)
                && toks.get(c.tok + 1).is_some_and(|k| k.kind == Kind::Word && !k.cap);
            if club {
                v[0] += 2;
            }
        }
        // "Queen have played", "Wenley were beaten": a singular name with a plural verb is a band,
        // team or company (British usage); people never take it
        if c.ntok == 1 && matches!(next.as_str(), "have" | "are" | "were") && !c.surface.ends_with('s') && !poss {
            v[1] += 2;
        }
        // "Kettering, Northamptonshire," / "Lisburn, County Antrim": a region after a place
        if prev == "," && ci > 0 && matches!(next.as_str(), "," | "." | ";" | "on" | "in" | "and") {
            let pc = &cands[ci - 1];
            if pc.tok + pc.ntok + 1 == c.tok {
                if let Some(pid) = assign[ci - 1] {
                    if ents[redirect[pid]].kind == EKind::Place {
                        v[2] += 2;
                    }
                }
            }
        }
        // "against Partizan Belgrade" / "against Mardy Fish": a lone name or a place's club is a
        // team; an unknown pair may be either (neither vote nor name-shape guess)
        let opponent = doc.sport
            && matches!(
                prev.as_str(),
                "beat"
                    | "against"
                    | "v"
                    | "vs"
                    | "versus"
                    | "face"
                    | "faces"
                    | "facing"
                    | "host"
                    | "hosts"
                    | "play"
                    | "beating"
                    | "draw"
                    | "drew"
            );
        if opponent && c.ntok >= 2 {
            no_pair[id] = true;
        }
        if opponent
            && (c.ntok == 1 || LEX.places.contains_key(&fold(c.surface.split_whitespace().next().unwrap_or(""))))
        {
            v[1] += 3;
        }
        if matches!(prev.as_str(), "said" | "says" | "added" | "according") {
            v[0] += 1;
        }
        let scorer = prev == "from"
            && matches!(
                prev2.as_str(),
                "goals"
                    | "goal"
                    | "strike"
                    | "strikes"
                    | "header"
                    | "headers"
                    | "tries"
                    | "try"
                    | "penalty"
                    | "penalties"
                    | "effort"
                    | "efforts"
                    | "double"
                    | "brace"
            );
        // "her performance in Hotel Rwanda", "starred in Closer": the title of a work
        let work_slot = prev == "in"
            && matches!(
                prev2.as_str(),
                "performance"
                    | "performances"
                    | "role"
                    | "roles"
                    | "starred"
                    | "starring"
                    | "stars"
                    | "appeared"
                    | "appears"
                    | "appearing"
                    | "cameo"
                    | "featured"
                    | "features"
            );
        if matches!(next.as_str(), "constituency" | "ward" | "borough" | "district" | "province") && !poss {
            v[2] += 2;
        }
        // "the capital of Tarno Besik", "the village of Kembang": a settlement named after "of"
        if prev == "of"
            && !poss
            && matches!(
                prev2.as_str(),
                "capital"
                    | "city"
                    | "town"
                    | "village"
                    | "villages"
                    | "towns"
                    | "province"
                    | "island"
                    | "suburb"
                    | "outskirts"
                    | "region"
                    | "state"
            )
        {
            v[2] += 2;
        }
        // "MP for Copeland", "the Labour candidate for Hartley": a constituency
        if prev == "for" && matches!(prev2.as_str(), "mp" | "msp" | "mep" | "am" | "candidate" | "member" | "seat") {
            v[2] += 2;
        }
        if scorer {
            v[0] += 2;
        } else if matches!(prev.as_str(), "in" | "near" | "from" | "across" | "outside" | "inside")
            && !poss
            && !work_slot
        {
            v[2] += 1;
        }
        if prev == "," && ORG_CUE_NOUNS.contains(&prev2.as_str()) {
            v[1] += 3;
        }
        // "according to analysts Gartner", "consultancy Ovum": a plural or business descriptor
        // right before a lone name
        if c.ntok <= 3
            && !LEX.first_names.contains(fold(c.surface.split_whitespace().next().unwrap_or("")).as_str())
            && matches!(
                prev.as_str(),
                "analysts"
                    | "consultancy"
                    | "consultants"
                    | "consultant"
                    | "pollster"
                    | "pollsters"
                    | "think-tank"
                    | "thinktank"
                    | "researchers"
                    | "carmaker"
                    | "telecoms"
                    | "broadband"
                    | "bookmaker"
                    | "bookmakers"
                    | "supermarket"
                    | "conglomerate"
                    | "bourse"
                    | "band"
                    | "bands"
                    | "competitor"
                    | "competitors"
                    | "specialist"
                    | "specialists"
                    | "outfit"
                    | "duo"
            )
        {
            v[1] += 3;
        }
        // "the far-left Syriza party", "the Vandal coalition": a name before a party noun
        if c.ntok <= 3
            && !poss
            && matches!(next.as_str(), "party" | "coalition" | "movement" | "alliance")
            && !LEX.first_names.contains(fold(c.surface.split_whitespace().next().unwrap_or("")).as_str())
            // "the Socialist Pasok party": an ideology word before the name is no part of it
            && (c.ntok == 1 || !english_like(&fold(c.surface.split_whitespace().next().unwrap_or(""))))
        {
            v[1] += 3;
        }
        // "an upturn in Saints' fortunes", "the Gunners": in a sports report a lone plural name
        // (not a people or place name) is a club's nickname: no place, no person (and left out
        // unless other cues name it an organisation, as it cannot be tied to its club)
        if doc.sport
            && c.ntok == 1
            && !ents[id].name.contains(' ')
            && (prev == "the"
                || t[c.e..].starts_with("' ") && !t[c.s..c.e].ends_with("'s")
                || t[c.e..].starts_with("’ ") && !t[c.s..c.e].ends_with("’s"))
            && {
                let f = fold(strip_possessive(&c.surface));
                f.len() > 4
                    && f.ends_with('s')
                    && !f.ends_with("ss")
                    && !LEX.demonyms.contains_key(&f)
                    && !LEX.places.contains_key(&f)
                    && !LEX.first_names.contains(f.as_str())
                    && !LEX.common.contains(f.as_str())
                    && !matches!(f.as_str(), "states" | "islands" | "olympics" | "games" | "championships" | "lions")
                    && !is_acronym(&c.surface)
            }
        {
            v[0] -= 5;
            v[2] -= 5;
        }
        // "The Bernabeu was evacuated", "at the Stade": in a sports report a lone name after
        // "the" is a ground (club nicknames are plural)
        if doc.sport
            && c.ntok <= 2
            && prev == "the"
            && (prev2 == "at" || doc.initial[c.tok - 1])
            && !c.surface.ends_with('s')
            && !poss
            && !c.surface.split_whitespace().any(|w| {
                let f = fold(w);
                english_like(&f) || lower.contains(f.as_str()) || LEX.common.contains(f.as_str())
            })
        {
            v[2] += 1;
        }
        // "Its governor, Mervyn King, said": a name in apposition to a role
        if prev == "," && LEX.titles.contains(prev2.as_str()) && !ORG_CUE_NOUNS.contains(&prev2.as_str()) {
            v[0] += 2;
        } else if prev == ","
            && c.ntok >= 2
            && next == ","
            && !LEX.first_names.contains(fold(c.surface.split_whitespace().next().unwrap_or("")).as_str())
        {
            // "the President of the European Parliament, Jon Amaral, said": an office with its
            // organisation, then the holder's name between commas
            let from = c.tok.saturating_sub(7);
            let office = (from..c.tok.saturating_sub(2))
                .rev()
                .take_while(|&k| doc.low[k] != "," && doc.low[k] != ".")
                .any(|k| {
                    matches!(
                        doc.low[k].as_str(),
                        "president"
                            | "chairman"
                            | "chairwoman"
                            | "head"
                            | "leader"
                            | "director"
                            | "minister"
                            | "secretary"
                            | "chief"
                            | "governor"
                            | "mayor"
                            | "spokesman"
                            | "spokeswoman"
                            | "boss"
                            | "founder"
                            | "editor"
                    )
                });
            if office {
                v[0] += 2;
            }
        }
        if matches!(
            next.as_str(),
            "magazine" | "newspaper" | "website" | "channel" | "network" | "label" | "studio" | "studios" | "shares"
        ) {
            v[1] += 2;
        }
        if matches!(prev.as_str(), "at" | "of" | "for" | "with" | "by" | "in")
            && matches!(
                prev2.as_str(),
                "analyst"
                    | "economist"
                    | "chief"
                    | "head"
                    | "director"
                    | "president"
                    | "executive"
                    | "spokesman"
                    | "spokeswoman"
                    | "shares"
                    | "stake"
                    | "editor"
                    | "founder"
                    | "chairman"
                    | "boss"
                    | "manager"
                    | "partner"
                    | "analysts"
            )
        {
            v[1] += 3;
        }
        if matches!(
            next.as_str(),
            "shares"
                | "share"
                | "profits"
                | "profit"
                | "sales"
                | "chief"
                | "boss"
                | "executive"
                | "spokesman"
                | "spokeswoman"
                | "stake"
                | "customers"
                | "subscribers"
                | "revenues"
                | "revenue"
                | "products"
                | "website"
                | "plc"
                | "inc"
                | "ltd"
                | "stock"
                | "shareholders"
                | "subsidiary"
        ) {
            v[1] += 2;
        }
        // "the Pretenders", "the Hollowmen": a plural name with a lower-case "the" is a band, team
        // or company, never a person
        if c.ntok == 1
            && c.tok >= 1
            && toks[c.tok - 1].text(t) == "the"
            && c.surface.len() > 4
            && c.surface.ends_with('s')
            && !c.surface.ends_with("ss")
            && !poss
            && !c.surface.ends_with("lands")
            && !LEX.demonyms.contains_key(&fold(&c.surface))
            && !LEX.places.contains_key(&fold(&c.surface))
            && !LEX.common.contains(fold(&c.surface).as_str())
            // "from the Orkneys": a place; "the Verviers raid": a modifier
            && !matches!(prev2.as_str(), "in" | "from" | "across" | "around" | "throughout")
            && toks
                .get(c.tok + 1)
                .is_none_or(|k| k.kind != Kind::Word || LEX.common.contains(next.as_str()) || k.cap)
            // "the Osbournes" beside "Sharon Osbourne": a family, not a band
            && !{
                let s1 = alias_key(&c.surface[..c.surface.len() - 1]);
                let s2 = alias_key(c.surface.strip_suffix("es").unwrap_or(""));
                let last_words = last_words.get_or_insert_with(|| {
                    ents.iter()
                        .filter(|e| e.name.contains(' '))
                        .filter_map(|e| surname_word(&e.name).map(alias_key))
                        .collect::<HashSet<String>>()
                });
                last_words.contains(&s1) || last_words.contains(&s2)
            }
        {
            v[1] += 3;
        }
        // "agreed to buy Castellan", "bought Oberlin in 2003": the object of a purchase verb is a
        // business (a person would come with a first name)
        if matches!(
            prev.as_str(),
            "buy" | "buys" | "bought" | "buying" | "acquire" | "acquires" | "acquired" | "acquiring"
        ) && !poss
        {
            v[1] += 2;
        }
        if matches!(
            prev.as_str(),
            "firm"
                | "company"
                | "group"
                | "giant"
                | "maker"
                | "retailer"
                | "rival"
                | "rivals"
                | "bank"
                | "network"
                | "label"
                | "studio"
                | "publisher"
                | "broadcaster"
                | "channel"
                | "magazine"
                | "newspaper"
                | "site"
                | "portal"
                | "operator"
                | "carrier"
                | "airline"
                | "brand"
                | "club"
                | "side"
                | "company,"
                | "developer"
                | "manufacturer"
                | "supplier"
                | "provider"
                | "insurer"
                | "lender"
                | "chain"
                | "agency"
                | "watchdog"
                | "regulator"
                | "analyst"
                | "publication"
                | "fansite"
                | "outfit"
                | "team"
        ) || c.ntok <= 2
            && (prev.len() > 6 && prev.ends_with("maker") && !person_maker(&prev)
                || matches!(
                    prev.as_str(),
                    "charity" | "utility" | "tabloid" | "duo" | "trio" | "quartet" | "engine" | "auditor" | "auditors"
                ))
        {
            v[1] += 3;
        }
        // "Massoud Shadjareh, from the Muslim Safety Forum, said": a name of two or more words
        // whose apposition is closed by a reporting verb speaks; "X, which ..., said" is a body
        // (not a name that is itself an apposition: "Claire McCaskill, Democrat of Missouri, a
        // close ally ..., says")
        if c.ntok >= 2 && !poss && next == "," && !(c.tok > 0 && toks[c.tok - 1].text(t) == ",") {
            let a0 = c.tok + c.ntok + 1;
            let close = (a0 + 1..(a0 + 16).min(toks.len().saturating_sub(1))).find(|&k| {
                matches!(toks[k].text(t), "," | ")")
                    && (said_verb(&doc.low[k + 1]) || matches!(doc.low[k + 1].as_str(), "explained" | "warned"))
            });
            let clean = close.is_some_and(|k| {
                (a0..k).all(|x| !matches!(toks[x].text(t), "\"" | "“" | "”" | "." | ";" | ":" | "?" | "!"))
            });
            // (an apposition opens with a preposition, a determiner or a role: "24, Desperate
            // Housewives and Six Feet Under, appear on the web ..., said a report" is a clause)
            if clean && a0 < toks.len() && !toks[a0].cap {
                let w = doc.low[a0].as_str();
                match w {
                    "which" | "that" | "whose" => v[1] += 1,
                    "who" => v[0] += 2,
                    "from" | "of" | "at" | "a" | "an" | "the" | "its" | "his" | "her" => v[0] += 1,
                    _ if LEX.titles.contains(w) || LEX.people_nouns.contains(w) => v[0] += 1,
                    _ => {}
                }
            }
            // ("Assad Omar, Afghanistan's envoy to the United Nations in Geneva, said": a body's or
            // country's role)
            if clean
                && a0 + 1 < toks.len()
                && toks[a0].cap
                && is_possessive(toks[a0].text(t))
                && !toks[a0 + 1].cap
                && (LEX.titles.contains(doc.low[a0 + 1].as_str())
                    || LEX.people_nouns.contains(doc.low[a0 + 1].as_str()))
            {
                v[0] += 1;
            }
        }
        if matches!(
            next.as_str(),
            "said"
                | "says"
                | "told"
                | "added"
                | "announced"
                | "insisted"
                | "insists"
                | "explained"
                | "admitted"
                | "admits"
                | "warned"
                | "believes"
                | "confirmed"
                | "revealed"
                | "denied"
                | "agreed"
        ) {
            // "Quinlan said he ...", "Tarvik said it ...": the pronoun after the verb decides
            let next2 = toks.get(c.tok + c.ntok + 1).map(|x| fold(x.text(t))).unwrap_or_default();
            let first_word = fold(c.surface.split_whitespace().next().unwrap_or(""));
            let first_name = LEX.first_names.contains(first_word.as_str());
            // "Brokerage Farlow said": a common word opening the name is no first name
            let common_head = c.ntok >= 2 && !first_name && LEX.common.contains(first_word.as_str());
            // "Halbridge said": a lone word never given with a first name in the article is as
            // often a company, band or agency as a person (people are introduced by full name)
            // "Bono announced a tour ... He said": the next subject pronoun is personal
            let personal_after = c.ntok == 1 && next_pronoun_personal(doc, c.tok + c.ntok + 1);
            let lone = c.ntok == 1
                && !first_name
                && ents[id].name.split_whitespace().count() == 1
                && !doc.sport
                && !personal_after
                && !matches!(next2.as_str(), "he" | "she" | "his" | "her" | "him");
            if personal_after && !poss && !is_acronym(&c.surface) {
                v[0] += 1;
            }
            // ("Michelle said it was fine": after a given name "it" opens the reported clause)
            if matches!(next2.as_str(), "it" | "its") && !(first_name && c.ntok == 1) {
                v[1] += 1;
            } else if common_head {
                v[1] += 1;
            } else if lone {
                v[1] += LONE_SAID_ORG;
            } else if c.ntok >= 2
                || !poss
                    && !matches!(next2.as_str(), "they" | "their")
                    && !matches!(prev.as_str(), "the" | "a" | "an" | "old" | "this" | "that")
                    && !prev.ends_with("-old")
                    && !c.surface.ends_with("man")
                    && !c.surface.ends_with("men")
            {
                v[0] += 1;
            }
        }
    }
    // two or three capitalised unknown words used mid-sentence, shaped like a given name and a
    // surname, with no cue at all: a person ("behind Hayley Yelling and ...")
    let mut mid: Vec<bool> = vec![false; ents.len()];
    let mut pair_person: Vec<bool> = vec![false; ents.len()];
    for (ci, c) in cands.iter().enumerate() {
        if let Some(id) = assign[ci] {
            // in a sports report also a sentence opener followed by its verb ("Sonny Vale is ...")
            let opener = doc.sport
                && doc.initial[c.tok]
                && toks.get(c.tok + c.ntok).is_some_and(|k| k.kind == Kind::Word && !k.cap);
            // a fragment of a longer capitalised run ("The Da Vinci Code") or a chart or product
            // name before a number ("Billboard Hot 100")
            // ("sixth seeded Russian Nikolay Davydenko": a nationality before the name is no fragment)
            let fragment = c.tok > 0
                && toks[c.tok - 1].cap
                && toks[c.tok - 1].kind == Kind::Word
                && !is_possessive(toks[c.tok - 1].text(t))
                && !(c.ntok == 2 && LEX.demonyms.contains_key(&doc.low[c.tok - 1]))
                || toks.get(c.tok + c.ntok).is_some_and(|k| k.kind == Kind::Num);
            if fragment {
                continue;
            }
            if opener && c.ntok >= 2 {
                mid[redirect[id]] = true;
            }
            if c.ntok >= 2 && !doc.initial[c.tok] && c.tok > 0 {
                let prev = doc.low[c.tok - 1].as_str();
                // outside sports reports unknown pairs are as often titles of works ("starred in
                // Quantum Leap"): only after a possessive ("France's X Y") or a plain verb/noun
                let next_role = doc.low.get(c.tok + c.ntok).is_some_and(|w| {
                    !toks[c.tok + c.ntok].cap
                        && (LEX.titles.contains(w.as_str()) || LEX.people_nouns.contains(w.as_str()))
                });
                let poss_place = is_possessive(toks[c.tok - 1].text(t)) && {
                    let k = fold(strip_possessive(toks[c.tok - 1].text(t)));
                    LEX.places.contains_key(&k) || LEX.orgs.contains(&k)
                };
                // "for Secrets and Lies and Topsy Turvy": a list of titles
                let title_list = matches!(prev, "and" | "or")
                    && c.tok >= 2
                    && toks[c.tok - 2].cap
                    && toks[c.tok - 2].kind == Kind::Word
                    && !(c.tok >= 3 && toks[c.tok - 3].cap && toks[c.tok - 3].kind == Kind::Word);
                let plain_prev = !is_possessive(toks[c.tok - 1].text(t))
                    && toks[c.tok - 1].kind == Kind::Word
                    && !matches!(
                        prev,
                        "the" | "a" | "an" | "in" | "of" | "on" | "for" | "from" | "as" | "like" | "about" | "into"
                    );
                let ok_prev = if next_role {
                    false
                } else if doc.sport {
                    // "at Craven Lodge": a ground
                    !matches!(prev, "the" | "at" | "in")
                } else {
                    poss_place || plain_prev && !title_list
                };
                if ok_prev {
                    mid[redirect[id]] = true;
                }
            }
        }
    }
    for id in 0..ents.len() {
        if redirect[id] != id || ents[id].kind != EKind::Unknown || votes[id] != [0; 3] || !mid[id] || no_pair[id] {
            continue;
        }
        let ws: Vec<&str> = ents[id].name.split_whitespace().collect();
        let shaped = ws.len() == 2
            // ("Women's Hour", "People's Daily": a possessive inside is a title's, not a person's)
            && !ws[0].ends_with("'s")
            && !ws[0].ends_with("’s")
            && !LEX.demonyms.contains_key(&fold(&ents[id].name))
            && !TITLE_WORDS.contains(&fold(ws[0]).as_str())
            // "La Traviata", "Le Corbeau": a foreign article opens a title, not a given name
            && !matches!(fold(ws[0]).as_str(), "la" | "le" | "les" | "il" | "el" | "los" | "las" | "der" | "die" | "das")
            && !crate::lexicon::SINGULAR_DEMONYMS.contains(&fold(ws[0]).as_str())
            && !LEX.titles.contains(fold(ws[0]).as_str())
            && !LEX.first_names.contains(fold(ws[1]).as_str())
            // "Extreme Makeover", "Airplane Mode", "Best Picture": two English words are a title or
            // a thing, unless the first is a given name ("Will Young")
            && !(crate::lexicon::WORDS.contains(fold(ws[0]).as_str())
                && crate::lexicon::WORDS.contains(fold(ws[1]).as_str())
                && !LEX.first_names.contains(fold(ws[0]).as_str()))
            && !{
                let l = fold(ws[1]);
                ["ion", "ity", "ness", "ment", "ship", "ics", "able", "ible", "ive", "ous", "ful", "less", "ware"]
                    .iter()
                    .any(|e| l.len() > e.len() + 2 && l.ends_with(e))
            }
            && ws.iter().enumerate().all(|(x, w)| {
                let f = fold(w);
                let mut cs = w.chars();
                cs.next().is_some_and(|c| c.is_uppercase())
                    && cs.clone().count() >= 1
                    && cs.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                    && w.chars().skip(1).filter(|c| c.is_uppercase()).count() <= 1
                    && !LEX.org_words.contains(*w)
                    && !LEX.place_heads.contains(*w)
                    && !crate::lexicon::EVENT_HEADS.contains(w)
                    && !LEX.places.contains_key(&f)
                    && !LEX.demonyms.contains_key(&f)
                    && !LEX.orgs.contains(&f)
                    && !LEX.common.contains(f.as_str())
                    && !LEX.months.contains(f.as_str())
                    && !LEX.weekdays.contains(f.as_str())
                    && !LEX.non_names.contains(f.as_str())
                    // "Rugby Special", "Football Focus": a sport word opens a programme's name
                    && !crate::lexicon::SPORT_SET.contains(f.as_str())
                    && !(x == 0 && (lower.contains(f.as_str()) || english_like(&f)))
                    && !(x > 0 && lower.contains(f.as_str()))
                    && !f.ends_with("n't")
            });
        if shaped {
            pair_person[id] = !crate::lexicon::CITIES.contains(&fold(&ents[id].name));
        }
    }
    for id in 0..ents.len() {
        if redirect[id] != id {
            continue;
        }
        if ents[id].kind == EKind::Unknown {
            let v = votes[id];
            ents[id].kind = if v[1] > 0 && v[1] >= v[0] && v[1] >= v[2] {
                EKind::Org
            } else if v[0] > 0 && v[0] >= v[2] {
                EKind::Person
            } else if v[2] > 0 {
                EKind::Place
            } else {
                EKind::Unknown
            };
        }
    }
    // coordinated lists ("Apple, Creative Labs, Archos, iRiver and others"): unknown members
    // take the kind of their typed neighbours
    let mut group: Vec<usize> = Vec::new();
    let flush = |group: &mut Vec<usize>, ents: &mut Vec<Ent>, with_and: bool, head: Option<EKind>| {
        if group.len() >= 3 || group.len() == 2 && with_and {
            let mut kinds: Vec<EKind> = group
                .iter()
                .map(|&i| ents[i].kind)
                .filter(|k| matches!(k, EKind::Person | EKind::Org | EKind::Place))
                .collect();
            // "rappers Nas, Jadakiss and Ludacris": a list of unknown names takes its head noun's kind
            if kinds.is_empty() {
                kinds.extend(head);
            }
            // the kind of a clear majority ("Norah Jones, Diana Ross, Stevie Wonder, Maroon 5, Mary J
            // Blige and Eric Clapton": a band among singers)
            let count = |k: EKind| kinds.iter().filter(|x| **x == k).count();
            let k0 = [EKind::Person, EKind::Org, EKind::Place].into_iter().max_by_key(|k| count(*k));
            if let Some(k0) = k0.filter(|k| count(*k) > 0) {
                let others = kinds.len() - count(k0);
                if others == 0 || count(k0) > others + 1 {
                    for &i in group.iter() {
                        // ("Forrest Gump, Ghost and Big Fish": English words among people are titles
                        // of works, outside sports reports where surnames like White are common)
                        let title_like = || {
                            !doc.sport
                                && ents[i]
                                    .name
                                    .split_whitespace()
                                    .all(|w| crate::lexicon::WORDS.contains(fold(w).as_str()))
                        };
                        if ents[i].kind == EKind::Unknown && !(k0 == EKind::Person && title_like()) {
                            ents[i].kind = k0;
                        }
                    }
                }
            }
            // "went to Usher and Avril Lavigne", "performances from Usher and Jennifer Lopez": a
            // lone name the lexicon does not know as a place, placed only by its preposition, is
            // a person when every other member of its list is one
            let persons = group.iter().filter(|&&i| ents[i].kind == EKind::Person).count();
            let unknown_places: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&i| {
                    // (a lone word, or a given name and surname: "in Richie Rees and Rhodri Wells")
                    ents[i].kind == EKind::Place
                        && (!ents[i].name.contains(' ')
                            || LEX.first_names.contains(fold(ents[i].name.split(' ').next().unwrap_or("")).as_str()))
                        && !LEX.places.contains_key(&fold(&ents[i].name))
                        && !is_country(&fold(&ents[i].name))
                })
                .collect();
            if persons >= 1 && unknown_places.len() == 1 && persons + 1 == group.len() {
                ents[unknown_places[0]].kind = EKind::Person;
            }
        }
        group.clear();
    };
    let mut prev_end: Option<usize> = None;
    let mut with_and = false;
    let mut head = None;
    for (ci, c) in cands.iter().enumerate() {
        let Some(id) = assign[ci] else { continue };
        let id = redirect[id];
        let sep = prev_end.filter(|pe| *pe <= c.s).map(|pe| t[pe..c.s].trim());
        let joined = matches!(sep, Some("," | "and" | ", and" | "or" | ", or"));
        if !joined {
            flush(&mut group, &mut ents, with_and, head);
            with_and = false;
            head = list_head_kind(doc, c.tok);
        } else if sep != Some(",") {
            with_and = true;
        }
        group.push(id);
        prev_end = Some(c.e);
    }
    flush(&mut group, &mut ents, with_and, head);
    // "to Maseru", "Tulsa, Wichita and Omaha": a world city that neither a cue nor its list typed
    // (in a sports report a town names its club: "drawn away to Hartlepool")
    for id in 0..ents.len() {
        if redirect[id] == id
            && ents[id].kind == EKind::Unknown
            && crate::lexicon::CITIES.contains(&fold(&ents[id].name))
        {
            ents[id].kind = if doc.sport { EKind::Org } else { EKind::Place };
        }
    }
    for (id, p) in pair_person.iter().enumerate() {
        if *p && ents[id].kind == EKind::Unknown {
            ents[id].kind = EKind::Person;
        }
    }
    // multi-token names that are the start of a longer name of the same kind
    // ("Juan Carlos" -> "Juan Carlos Ferrero", "AG Edwards" -> "AG Edwards & Sons")
    let person_names: Vec<(usize, Vec<String>)> = (0..ents.len())
        .filter(|&i| redirect[i] == i && matches!(ents[i].kind, EKind::Person | EKind::Org))
        .map(|i| (i, ents[i].name.split_whitespace().map(alias_key).collect()))
        .collect();
    for (i, wi) in &person_names {
        if wi.len() < 2 {
            continue;
        }
        let longer: Vec<usize> = person_names
            .iter()
            .filter(|(j, wj)| {
                j != i && wj.len() > wi.len() && wj[..wi.len()] == wi[..] && ents[*j].kind == ents[*i].kind
            })
            .map(|(j, _)| *j)
            .collect();
        if longer.len() == 1 {
            redirect[*i] = longer[0];
        }
    }
    // "Ten Cate" -> "Henk Ten Cate", "Van Persie" -> "Robin Van Persie": a surname of two words
    // used alone is the one person whose name ends with it
    // (the persons of `person_names` that are still their own entity)
    let persons: Vec<&(usize, Vec<String>)> =
        person_names.iter().filter(|(j, _)| redirect[*j] == *j && ents[*j].kind == EKind::Person).collect();
    for i in 0..ents.len() {
        if redirect[i] != i || !matches!(ents[i].kind, EKind::Person | EKind::Org | EKind::Unknown) {
            continue;
        }
        let wi: Vec<String> = ents[i].name.split_whitespace().map(alias_key).collect();
        // (not a given name and surname of its own: "Peter Crouch", "Nelson Mandela")
        if wi.len() != 2
            || LEX.orgs.contains(&wi.join(" "))
            || LEX.first_names.contains(wi[0].as_str())
            || LEX.common.contains(wi[0].as_str())
        {
            continue;
        }
        let mut longer = persons.iter().filter(|(j, wj)| *j != i && wj.len() > 2 && wj[wj.len() - 2..] == wi[..]);
        if let (Some((j, _)), None) = (longer.next(), longer.next()) {
            redirect[i] = *j;
        }
    }
    // "Channel Seven" ... "a day with Seven": the bare name of a channel or station is the
    // organisation, whatever its later context suggested
    let heads: Vec<(String, usize)> = (0..ents.len())
        .filter(|&i| redirect[i] == i && ents[i].kind == EKind::Org)
        .filter_map(|i| {
            let mut w = ents[i].name.split_whitespace();
            let first = fold(w.next()?);
            let rest: Vec<&str> = w.collect();
            // "Manchester United" ... "United": a club or firm named by its place and a head word
            let place_head = LEX.places.contains_key(&first)
                && rest.len() == 1
                && LEX.org_words.contains(rest[0])
                && !LEX.orgs.contains(&fold(rest[0]));
            (rest.len() == 1 && (matches!(first.as_str(), "channel" | "radio" | "station") || place_head))
                .then(|| (alias_key(rest[0]), i))
        })
        .collect();
    if !heads.is_empty() {
        for id in 0..ents.len() {
            if redirect[id] != id || ents[id].name.contains(' ') {
                continue;
            }
            let k = alias_key(&ents[id].name);
            if let Some((_, org)) = heads.iter().find(|(h, org)| *h == k && *org != id) {
                redirect[id] = *org;
            }
        }
        for i in 0..redirect.len() {
            let mut r = redirect[i];
            let mut hops = 0;
            while redirect[r] != r && hops < 4 {
                r = redirect[r];
                hops += 1;
            }
            redirect[i] = r;
        }
    }
    // products named anywhere in the article ("the Vexo console", "Sativo spray", "10 million
    // ZSPs"): the name is a product at every mention, unless it is a known organisation
    let mut product_keys: HashSet<String> = HashSet::default();
    for k in 0..toks.len() {
        let tk = toks[k];
        if tk.kind != Kind::Word || !tk.cap {
            continue;
        }
        let w = tk.text(t);
        if let Some(nx) = toks.get(k + 1) {
            let nl = doc.low[k + 1].as_str();
            if nx.kind == Kind::Word
                && !nx.cap
                && !is_possessive(w)
                && t[tk.e..nx.s].trim().is_empty()
                && (PRODUCT_NOUNS.contains(&nl) || DOC_PRODUCT_NOUNS.contains(&nl))
                && !(doc.sport && nl.starts_with("player"))
            {
                product_keys.insert(alias_key(w));
            }
        }
        if let Some(stem) = w.strip_suffix('s') {
            if stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()) {
                product_keys.insert(alias_key(stem));
            }
        }
    }
    if !product_keys.is_empty() {
        for e in ents.iter_mut() {
            let key = fold(&e.name);
            if matches!(e.kind, EKind::Org | EKind::Person | EKind::Unknown)
                && !e.name.contains(' ')
                && product_keys.contains(&alias_key(&e.name))
                && !LEX.orgs.contains(&key)
                && !LEX.places.contains_key(&key)
            {
                e.kind = EKind::Unknown;
            }
        }
    }
    // build mentions
    for (ci, c) in cands.iter().enumerate() {
        let Some(id) = assign[ci] else { continue };
        let id = redirect[id];
        let e = &mut ents[id];
        if !e.surfaces.iter().any(|s| s == &c.surface) {
            e.surfaces.push(c.surface.clone());
        }
        e.spans.push((c.s, c.e));
        if e.gender.is_none() {
            e.gender = c.gender;
        }
        if let Some(r) = &c.role {
            if !e.roles.contains(r) {
                e.roles.push(r.clone());
            }
        }
        mentions.push(Mention { s: c.s, e: c.e, surface: c.surface.clone(), ent: id, tok: c.tok });
    }
    // canonical names
    for e in ents.iter_mut() {
        if e.spans.is_empty() {
            continue;
        }
        match e.kind {
            EKind::Place => {
                if e.name.is_empty() {
                    e.name = e.surfaces[0].clone();
                }
            }
            EKind::Group => {}
            _ => {
                // (among equally full forms the first the article uses: "Robert Kilroy-Silk"
                // before a later "Robert Kilroy Silk"; a hyphened surname counts its parts)
                let best = e
                    .surfaces
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| !(is_acronym(s) && e.surfaces.iter().any(|o| !is_acronym(o))))
                    // (a party by its noun, not its adjective: "Tories" over "Conservative")
                    .max_by_key(|&(i, s)| {
                        let adjective = matches!(
                            alias_key(s).as_str(),
                            "conservative" | "tory" | "liberaldemocrat" | "libdem" | "republican" | "democrat"
                        );
                        // (nor a form with a letter lost in re-encoding: "Fran\u{FFFD}ois")
                        let clean = s
                            .split(|c: char| c.is_whitespace() || c == '-')
                            .filter(|w| !w.is_empty() && !w.contains('\u{FFFD}'))
                            .count()
                            .min(4);
                        (
                            !adjective,
                            clean,
                            !s.contains('\u{FFFD}'),
                            s.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).count().min(4),
                            // (not shouted: "Arsenal" over "ARSENAL"; then the most capitals:
                            // "eBay", "WorldCom", "Falic Group" over "Ebay", "Worldcom")
                            !s.split_whitespace().any(|w| w.len() > 4 && !w.chars().any(char::is_lowercase)),
                            // ("eBay" over a sentence's "EBay")
                            s.split_whitespace()
                                .filter(|w| {
                                    w.starts_with(|c: char| c.is_lowercase()) && w.chars().any(char::is_uppercase)
                                })
                                .count(),
                            s.split_whitespace()
                                .map(|w| w.chars().skip(1).filter(|c| c.is_uppercase()).count())
                                .sum::<usize>(),
                            s.chars().filter(|c| c.is_uppercase()).count(),
                            s.len(),
                            std::cmp::Reverse(i),
                        )
                    })
                    .map(|(_, s)| s.clone());
                if let Some(b) = best {
                    e.name = b;
                }
                // "Lord Falconer", "Baroness Royle": a peer the article names only by title and
                // one name is known by the peerage ("Lord John Russell" stays John Russell)
                if e.kind == EKind::Person && !e.name.contains(' ') {
                    if let Some(peer) =
                        e.roles.iter().find(|r| matches!(r.as_str(), "lord" | "lady" | "baroness" | "baron"))
                    {
                        let mut cs = peer.chars();
                        let title: String = cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default();
                        e.name = format!("{title} {}", e.name);
                    }
                }
            }
        }
    }
    mentions.sort_by_key(|m| m.s);
    Entities { ents, mentions }
}
