//! Snapshot format: `STORYLN` + version byte, then sections of LEB128 varints (ids delta-coded
//! where sorted), zigzag varints for signed values, little-endian f32 weights and
//! length-prefixed UTF-8 strings. Postings and vectors are stored, not recomputed, so a loaded
//! engine behaves exactly like the saved one. Loading validates every length and index and
//! returns `InvalidData` on any inconsistency; it never panics.

use std::collections::BTreeMap;
use std::io::{self, Read, Write};

use crate::{Engine, Story, Topic, NONE};

const MAGIC: &[u8; 7] = b"STORYLN";
/// 2: stories carry their lead-year distribution.
const VERSION: u8 = 2;

struct W {
    buf: Vec<u8>,
}

impl W {
    fn u(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.buf.push(b);
                return;
            }
            self.buf.push(b | 0x80);
        }
    }
    fn i(&mut self, v: i64) {
        self.u(((v << 1) ^ (v >> 63)) as u64);
    }
    fn f(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn s(&mut self, s: &str) {
        self.u(s.len() as u64);
        self.buf.extend_from_slice(s.as_bytes());
    }
    fn sparse(&mut self, v: &[(u32, f32)]) {
        self.u(v.len() as u64);
        let mut prev = 0u32;
        for &(t, w) in v {
            self.u(u64::from(t - prev));
            prev = t;
            self.f(w);
        }
    }
    fn ids(&mut self, v: &[u32]) {
        self.u(v.len() as u64);
        for &x in v {
            self.u(u64::from(x));
        }
    }
}

struct R<'a> {
    buf: &'a [u8],
    pos: usize,
}

fn bad(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("story engine snapshot: bad {what}"))
}

impl<'a> R<'a> {
    fn u(&mut self) -> io::Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.buf.get(self.pos).ok_or_else(|| bad("varint"))?;
            self.pos += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(bad("varint"))
    }
    fn u32(&mut self) -> io::Result<u32> {
        u32::try_from(self.u()?).map_err(|_| bad("u32"))
    }
    fn i(&mut self) -> io::Result<i64> {
        let v = self.u()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
    fn f(&mut self) -> io::Result<f32> {
        let b = self.buf.get(self.pos..self.pos + 4).ok_or_else(|| bad("f32"))?;
        self.pos += 4;
        let v = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        if v.is_finite() {
            Ok(v)
        } else {
            Err(bad("weight"))
        }
    }
    /// A length, checked against the bytes left (each element takes at least `min` bytes).
    fn len(&mut self, min: usize) -> io::Result<usize> {
        let n = self.u()?;
        let left = (self.buf.len() - self.pos) as u64;
        if n.saturating_mul(min.max(1) as u64) > left {
            return Err(bad("length"));
        }
        Ok(n as usize)
    }
    fn s(&mut self) -> io::Result<String> {
        let n = self.len(1)?;
        let b = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        String::from_utf8(b.to_vec()).map_err(|_| bad("string"))
    }
    fn sparse(&mut self, vocab: usize) -> io::Result<Vec<(u32, f32)>> {
        let n = self.len(5)?;
        let mut v = Vec::with_capacity(n);
        let mut prev = 0u32;
        for i in 0..n {
            let d = self.u32()?;
            if i > 0 && d == 0 {
                return Err(bad("vector order"));
            }
            let t = prev.checked_add(d).ok_or_else(|| bad("term"))?;
            if t as usize >= vocab {
                return Err(bad("term"));
            }
            prev = t;
            v.push((t, self.f()?));
        }
        Ok(v)
    }
    fn ids(&mut self, max: usize) -> io::Result<Vec<u32>> {
        let n = self.len(1)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            let x = self.u32()?;
            if x as usize >= max {
                return Err(bad("id"));
            }
            v.push(x);
        }
        Ok(v)
    }
    fn slot(&mut self, max: usize) -> io::Result<u32> {
        // 0 = NONE, else slot + 1.
        let v = self.u32()?;
        if v == 0 {
            Ok(NONE)
        } else if (v - 1) as usize >= max {
            Err(bad("slot"))
        } else {
            Ok(v - 1)
        }
    }
}

fn opt_slot(s: u32) -> u64 {
    if s == NONE {
        0
    } else {
        u64::from(s) + 1
    }
}

pub fn save(e: &Engine, out: &mut dyn Write) -> io::Result<()> {
    let mut w = W { buf: Vec::with_capacity(1 << 16) };
    w.buf.extend_from_slice(MAGIC);
    w.buf.push(VERSION);
    w.u(e.next_story);
    w.u(e.next_topic);
    w.u(e.high_water);
    w.u(e.n_docs);
    // Vocabulary.
    w.u(e.keys.len() as u64);
    for i in 0..e.keys.len() {
        w.s(&e.keys[i]);
        w.s(&e.display[i]);
        w.u(u64::from(e.df[i]));
    }
    w.u(e.langs.len() as u64);
    for l in &e.langs {
        w.s(l);
    }
    // Articles.
    w.u(e.art_keys.len() as u64);
    let mut prev = 0u64;
    for (&k, &s) in e.art_keys.iter().zip(&e.art_story) {
        w.u(k - prev);
        prev = k;
        w.u(u64::from(s));
    }
    w.u(e.late.len() as u64);
    for (&k, &o) in &e.late {
        w.u(k);
        w.u(u64::from(o));
    }
    // Postings (article ordinals only grow, so they are sorted).
    let nonempty = e.postings.iter().filter(|p| !p.is_empty()).count();
    w.u(nonempty as u64);
    let mut prev_t = 0u32;
    for (t, p) in e.postings.iter().enumerate() {
        if p.is_empty() {
            continue;
        }
        w.u(u64::from(t as u32 - prev_t));
        prev_t = t as u32;
        w.ids(p);
    }
    // Stories.
    w.u(e.stories.len() as u64);
    for s in &e.stories {
        w.u(s.id);
        w.u(opt_slot(s.into));
        w.u(u64::from(s.size));
        w.i(s.first);
        w.i(s.last);
        w.u(u64::from(s.lang));
        w.u(opt_slot(s.topic));
        w.buf.push(s.flags);
        w.sparse(&s.centroid);
        w.u(s.years.len() as u64);
        for &(y, v) in &s.years {
            w.u(u64::from(y));
            w.f(v);
        }
        let n = s.norm.get();
        for v in [n.s0, n.s1, n.s2, n.l0] {
            w.f(v);
        }
        w.u(n.at_docs);
    }
    // Topics.
    w.u(e.topics.len() as u64);
    for t in &e.topics {
        w.u(t.id);
        match &t.hint {
            Some(h) => {
                w.buf.push(1);
                w.s(h);
            }
            None => w.buf.push(0),
        }
        w.u(u64::from(t.size));
        w.sparse(&t.centroid);
        w.ids(&t.indexed);
    }
    let mut tp: Vec<(&u32, &Vec<u32>)> = e.topic_postings.iter().collect();
    tp.sort_by_key(|(k, _)| **k);
    w.u(tp.len() as u64);
    for (k, v) in tp {
        w.u(u64::from(*k));
        w.ids(v);
    }
    w.u(e.topic_changes.len() as u64);
    for (&s, &t) in &e.topic_changes {
        w.u(s);
        w.u(t.map_or(0, |t| t.saturating_add(1)));
    }
    out.write_all(&w.buf)?;
    out.flush()
}

pub fn load(input: &mut dyn Read) -> io::Result<Engine> {
    let mut buf = Vec::new();
    input.read_to_end(&mut buf)?;
    if buf.len() < 8 || &buf[..7] != MAGIC {
        return Err(bad("header"));
    }
    if buf[7] != VERSION {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("story engine snapshot version {} unsupported", buf[7]),
        ));
    }
    let mut r = R { buf: &buf, pos: 8 };
    let mut e = Engine::new();
    e.next_story = r.u()?.max(1);
    e.next_topic = r.u()?.max(1);
    e.high_water = r.u()?;
    e.n_docs = r.u()?;
    let nv = r.len(3)?;
    for i in 0..nv {
        let k = r.s()?;
        let d = r.s()?;
        let df = r.u32()?;
        if e.vocab.insert(k.clone().into(), i as u32).is_some() {
            return Err(bad("duplicate term"));
        }
        e.term_year.push(crate::year_of_key(&k));
        e.term_kind.push(crate::text::Kind::of_key(&k) as u8);
        e.keys.push(k.into());
        e.display.push(d.into());
        e.df.push(df);
        e.ln_df.push(((df as f32) + 1.0).ln());
    }
    e.postings = vec![Vec::new(); nv];
    let nl = r.len(1)?;
    for _ in 0..nl {
        e.langs.push(r.s()?);
    }
    let na = r.len(2)?;
    let mut prev = 0u64;
    let mut slots = Vec::with_capacity(na);
    for _ in 0..na {
        let k = prev.checked_add(r.u()?).ok_or_else(|| bad("key"))?;
        prev = k;
        e.art_keys.push(k);
        slots.push(r.u32()?);
    }
    let nlate = r.len(2)?;
    for _ in 0..nlate {
        let k = r.u()?;
        let o = r.u32()?;
        if o as usize >= na {
            return Err(bad("late ordinal"));
        }
        e.late.insert(k, o);
    }
    let np = r.len(2)?;
    let mut t = 0u32;
    for i in 0..np {
        let d = r.u32()?;
        if i > 0 && d == 0 {
            return Err(bad("postings order"));
        }
        t = t.checked_add(d).ok_or_else(|| bad("term"))?;
        if t as usize >= nv {
            return Err(bad("term"));
        }
        e.postings[t as usize] = r.ids(u32::MAX as usize)?;
    }
    let ns = r.len(8)?;
    let mut stories = Vec::with_capacity(ns);
    for _ in 0..ns {
        let id = r.u()?;
        let into = r.slot(ns)?;
        let size = r.u32()?;
        let first = r.i()?;
        let last = r.i()?;
        let lang = r.u32()?;
        if lang as usize > e.langs.len() {
            return Err(bad("language"));
        }
        let topic = r.u32()?;
        let flags = *r.buf.get(r.pos).ok_or_else(|| bad("flags"))?;
        r.pos += 1;
        let centroid = r.sparse(nv)?;
        let ny = r.len(5)?;
        let mut years = Vec::with_capacity(ny);
        for _ in 0..ny {
            let y = r.u32()?;
            if years.last().is_some_and(|&(p, _): &(u32, f32)| p >= y) {
                return Err(bad("story years"));
            }
            years.push((y, r.f()?));
        }
        let norm = crate::NormCache { s0: r.f()?, s1: r.f()?, s2: r.f()?, l0: r.f()?, at_docs: r.u()? };
        stories.push((
            Story {
                id,
                into,
                size,
                first,
                last,
                lang,
                topic: NONE,
                flags,
                centroid,
                years,
                norm: std::cell::Cell::new(norm),
            },
            topic,
        ));
    }
    let nt = r.len(4)?;
    for _ in 0..nt {
        let id = r.u()?;
        let has = *r.buf.get(r.pos).ok_or_else(|| bad("hint"))?;
        r.pos += 1;
        let hint = match has {
            0 => None,
            1 => Some(r.s()?),
            _ => return Err(bad("hint")),
        };
        let size = r.u32()?;
        let centroid = r.sparse(nv)?;
        let indexed = r.ids(nv)?;
        let slot = e.topics.len() as u32;
        if let Some(h) = &hint {
            e.topic_by_hint.insert(crate::normalise_hint(h), slot);
        }
        if e.topic_slot.insert(id, slot).is_some() {
            return Err(bad("duplicate topic"));
        }
        e.topics.push(Topic { id, hint, size, centroid, indexed });
    }
    for (mut s, topic) in stories {
        s.topic = match topic {
            0 => NONE,
            v if (v as usize) <= nt => v - 1,
            _ => return Err(bad("story topic")),
        };
        let slot = e.stories.len() as u32;
        if e.story_slot.insert(s.id, slot).is_some() {
            return Err(bad("duplicate story"));
        }
        e.stories.push(s);
    }
    for &s in &slots {
        if s as usize >= ns {
            return Err(bad("article story"));
        }
    }
    e.art_story = slots;
    if e.postings.iter().flatten().any(|&s| s as usize >= ns) {
        return Err(bad("posting"));
    }
    e.redirect = e.stories.iter().map(|s| s.into).collect();
    let ntp = r.len(2)?;
    for _ in 0..ntp {
        let k = r.u32()?;
        if k as usize >= nv {
            return Err(bad("topic term"));
        }
        let v = r.ids(nt)?;
        e.topic_postings.insert(k, v);
    }
    let nc = r.len(2)?;
    let mut changes = BTreeMap::new();
    for _ in 0..nc {
        let s = r.u()?;
        let t = r.u()?;
        changes.insert(s, t.checked_sub(1));
    }
    e.topic_changes = changes;
    if r.pos != buf.len() {
        return Err(bad("trailing bytes"));
    }
    Ok(e)
}
