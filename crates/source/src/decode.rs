//! Bytes from disk to UTF-8 text: gzip, size limit, binary sniffing, charset detection.
//!
//! The order matters:
//! 1. size: a plain file's size is checked from its metadata before it is read; a gzip stream
//!    is decompressed through a reader capped at `max_bytes + 1`, so a decompression bomb is
//!    refused after at most `max_bytes` of output, never held whole in memory;
//! 2. empty input;
//! 3. byte-order marks (UTF-8, UTF-16 LE/BE), before binary sniffing because UTF-16 has NULs;
//! 4. binary sniffing: known magic numbers (PDF, PNG, ZIP, ...), then NUL bytes or mostly
//!    control bytes in the first 8 KiB;
//! 5. valid UTF-8 passes as it is;
//! 6. otherwise the charset the document declares (HTML `<meta charset>` or `http-equiv`
//!    content-type, XML `encoding=`), then a statistical guess (chardetng, which answers
//!    windows-1252 for Western text), with a note saying which was used.

use std::io::Read;
use std::path::Path;

use encoding_rs::Encoding;

use crate::{Format, SourceError};

/// Text decoded from a file, with notes on how (e.g. which charset was assumed).
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub notes: Vec<String>,
}

/// How many leading bytes are sniffed for binary content and charset declarations.
const SNIFF_BYTES: usize = 8 * 1024;

/// Read `path` (gunzipping `.gz`), refuse it above `max_bytes`, and decode it to UTF-8.
pub fn read_file(path: &Path, format: Format, max_bytes: u64) -> Result<Decoded, SourceError> {
    let name = path.display().to_string();
    let io_err = |source: std::io::Error| SourceError::Io { path: name.clone(), source };
    let file = std::fs::File::open(path).map_err(io_err)?;
    let size = file.metadata().map_err(io_err)?.len();
    let is_gz = path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("gz"));

    let mut reader = std::io::BufReader::new(file);
    // A gzip stream is recognised by its name or by its magic bytes (a `.html` that is
    // really gzipped, as some scrapers save them).
    let gz = is_gz || {
        use std::io::BufRead;
        reader.fill_buf().map_err(io_err)?.starts_with(&GZIP_MAGIC)
    };
    let bytes = if gz {
        if size > max_bytes {
            return Err(too_large(&name, size, max_bytes, ""));
        }
        gunzip(reader, &name, size, max_bytes)?
    } else {
        if size > max_bytes {
            return Err(too_large(&name, size, max_bytes, ""));
        }
        let mut bytes = Vec::with_capacity(size as usize);
        // `take` guards against a file that grew after its metadata was read.
        reader.take(max_bytes + 1).read_to_end(&mut bytes).map_err(io_err)?;
        if bytes.len() as u64 > max_bytes {
            return Err(too_large(&name, bytes.len() as u64, max_bytes, ""));
        }
        bytes
    };
    let mut decoded = decode_plain(bytes, format, &name)?;
    if gz {
        decoded.notes.insert(0, "gunzipped".to_string());
    }
    Ok(decoded)
}

/// Decode bytes obtained some other way (e.g. fetched): gzip is detected by its magic bytes,
/// and the same limits and checks as [`read_file`] apply. `name` is used in messages.
pub fn decode_bytes(bytes: Vec<u8>, format: Format, max_bytes: u64, name: &str) -> Result<Decoded, SourceError> {
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(name, bytes.len() as u64, max_bytes, ""));
    }
    if bytes.starts_with(&GZIP_MAGIC) {
        let size = bytes.len() as u64;
        let plain = gunzip(std::io::Cursor::new(bytes), name, size, max_bytes)?;
        let mut decoded = decode_plain(plain, format, name)?;
        decoded.notes.insert(0, "gunzipped".to_string());
        return Ok(decoded);
    }
    decode_plain(bytes, format, name)
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Decompress a gzip stream (all members), refusing output above `max_bytes` as soon as it
/// is reached.
fn gunzip<R: Read>(reader: R, name: &str, compressed_size: u64, max_bytes: u64) -> Result<Vec<u8>, SourceError> {
    let decoder = flate2::read::MultiGzDecoder::new(reader);
    let mut out = Vec::with_capacity((compressed_size.saturating_mul(4)).min(max_bytes) as usize);
    let result = decoder.take(max_bytes + 1).read_to_end(&mut out);
    match result {
        Ok(_) if out.len() as u64 > max_bytes => Err(SourceError::Rejected(format!(
            "{name}: decompresses to more than the {} limit (gzip file of {}): \
             split it or raise --max-bytes",
            human_size(max_bytes),
            human_size(compressed_size)
        ))),
        Ok(_) => Ok(out),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(SourceError::Rejected(format!(
            "truncated gzip: {name} ends after {} of output; the download or copy was cut \
                 short, fetch the file again",
            human_size(out.len() as u64)
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::InvalidInput || e.kind() == std::io::ErrorKind::InvalidData => {
            Err(SourceError::Rejected(format!("corrupt gzip: {name}: {e}; check that it really is a .gz file")))
        }
        Err(source) => Err(SourceError::Io { path: name.to_string(), source }),
    }
}

/// Bytes (already decompressed and within the limit) to text.
fn decode_plain(bytes: Vec<u8>, format: Format, name: &str) -> Result<Decoded, SourceError> {
    let _ = format; // every format is sniffed the same way; JSON Lines is UTF-8 by spec but
                    // a windows-1252 export still decodes with a note rather than failing.
    if bytes.is_empty() {
        return Err(SourceError::Rejected(format!("{name}: empty file")));
    }
    let mut notes = Vec::new();

    // Byte-order marks.
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        if encoding == encoding_rs::UTF_8 {
            let mut bytes = bytes;
            bytes.drain(..bom_len);
            if bytes.is_empty() {
                return Err(SourceError::Rejected(format!("{name}: empty file")));
            }
            return match String::from_utf8(bytes) {
                Ok(text) => Ok(Decoded { text, notes }),
                Err(e) => {
                    let (text, _, _) = encoding_rs::UTF_8.decode(e.as_bytes());
                    notes.push(
                        "invalid UTF-8 after a UTF-8 byte-order mark: bad bytes replaced with \u{fffd}".to_string(),
                    );
                    Ok(Decoded { text: text.into_owned(), notes })
                }
            };
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        notes.push(format!("decoded as {} (byte-order mark)", encoding.name()));
        if had_errors {
            notes.push("invalid byte sequences replaced with \u{fffd}".to_string());
        }
        let text = text.into_owned();
        if text.is_empty() {
            return Err(SourceError::Rejected(format!("{name}: empty file")));
        }
        return Ok(Decoded { text, notes });
    }

    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if let Some(kind) = magic_kind(head) {
        return Err(SourceError::Rejected(format!("{name}: binary file (looks like {kind}), not text")));
    }
    if let Some(encoding) = utf16_without_bom(head) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes);
        notes.push(format!("decoded as {} (no byte-order mark; every other byte is NUL)", encoding.name()));
        return Ok(Decoded { text: text.into_owned(), notes });
    }
    if looks_binary(head) {
        return Err(SourceError::Rejected(format!(
            "{name}: binary file (NUL or control bytes near the start), not text"
        )));
    }

    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded { text, notes }),
        Err(e) => e.into_bytes(),
    };

    // Not UTF-8: the declared charset, else a guess.
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let declared = declared_charset(head);
    let (encoding, why) = match declared {
        Some((label, enc)) if enc != encoding_rs::UTF_8 => {
            let why = if label.eq_ignore_ascii_case(enc.name()) {
                "declared in the document".to_string()
            } else {
                format!("declared as {label} in the document")
            };
            (enc, why)
        }
        Some((label, _)) => {
            let enc = guess_encoding(&bytes);
            (enc, format!("the document declares {label} but is not valid UTF-8"))
        }
        None => (guess_encoding(&bytes), "not valid UTF-8".to_string()),
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
    notes.push(format!("decoded as {}: {why}", encoding.name().to_ascii_lowercase()));
    if had_errors {
        notes.push(format!(
            "some bytes are not valid {} and were replaced with \u{fffd}",
            encoding.name().to_ascii_lowercase()
        ));
    }
    Ok(Decoded { text: text.into_owned(), notes })
}

/// chardetng's guess for bytes that are not UTF-8 (windows-1252 for Western text).
fn guess_encoding(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Name of a well-known binary format whose signature starts `head`.
fn magic_kind(head: &[u8]) -> Option<&'static str> {
    const MAGICS: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"\xff\xd8\xff", "JPEG"),
        (b"PK\x03\x04", "ZIP (or a .docx/.xlsx/.epub)"),
        (b"PK\x05\x06", "ZIP"),
        (b"\x1f\x8b", "gzip (compressed twice?)"),
        (b"BZh", "bzip2"),
        (b"\xfd7zXZ\x00", "xz"),
        (b"\x28\xb5\x2f\xfd", "zstd"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
        (b"Rar!\x1a\x07", "RAR"),
        (b"\x7fELF", "an executable (ELF)"),
        (b"MZ", "an executable (Windows)"),
        (b"SQLite format 3\x00", "SQLite"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
        (b"\x00asm", "WebAssembly"),
        (b"OggS", "Ogg audio"),
        (b"ID3", "MP3"),
        (b"fLaC", "FLAC audio"),
        (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
        (b"wOFF", "a web font"),
        (b"wOF2", "a web font"),
    ];
    for (magic, kind) in MAGICS {
        if head.starts_with(magic) {
            // "MZ" and "ID3" are short: only call them binary if the rest agrees.
            if magic.len() < 4 && !looks_binary(head) && *kind != "JPEG" {
                continue;
            }
            return Some(kind);
        }
    }
    if head.len() >= 12 && &head[..4] == b"RIFF" {
        return Some(match &head[8..12] {
            b"WEBP" => "WebP",
            b"WAVE" => "WAV audio",
            b"AVI " => "AVI video",
            _ => "RIFF",
        });
    }
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        return Some("MP4/QuickTime (or HEIC)");
    }
    None
}

/// NUL bytes, or more than 10 % control bytes other than whitespace, in `head`.
fn looks_binary(head: &[u8]) -> bool {
    if head.contains(&0) {
        return true;
    }
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count();
    controls * 10 > head.len()
}

/// UTF-16 without a byte-order mark: in mostly-ASCII text, every other byte is NUL.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let n = head.len() & !1;
    if n < 8 {
        return None;
    }
    let pairs = n / 2;
    let even_nul = (0..n).step_by(2).filter(|&i| head[i] == 0).count();
    let odd_nul = (1..n).step_by(2).filter(|&i| head[i] == 0).count();
    if odd_nul * 10 >= pairs * 9 && even_nul == 0 {
        Some(encoding_rs::UTF_16LE)
    } else if even_nul * 10 >= pairs * 9 && odd_nul == 0 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The charset a document declares near its start: `<meta charset=...>`,
/// `<meta http-equiv="content-type" content="...; charset=...">` or `<?xml encoding="..."?>`.
/// Returns the label as written and the encoding it names. UTF-16 labels are ignored (a
/// document readable as ASCII cannot be UTF-16), as browsers do.
fn declared_charset(head: &[u8]) -> Option<(String, &'static Encoding)> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut candidates = Vec::new();
    if lower.starts_with(b"<?xml") {
        if let Some(end) = find(&lower, b"?>", 0) {
            if let Some(pos) = find(&lower[..end], b"encoding", 0) {
                candidates.push(pos + b"encoding".len());
            }
        }
    }
    let mut from = 0;
    while let Some(pos) = find(&lower, b"<meta", from) {
        let end = find(&lower, b">", pos).unwrap_or(lower.len());
        if let Some(c) = find(&lower[..end], b"charset", pos) {
            candidates.push(c + b"charset".len());
        }
        from = end;
    }
    for start in candidates {
        if let Some(label) = label_after(&head[start..]) {
            if let Some(enc) = Encoding::for_label(label.as_bytes()) {
                if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    continue;
                }
                return Some((label, enc));
            }
        }
    }
    None
}

/// The value after `charset` / `encoding`: skips spaces, `=`, quotes.
fn label_after(rest: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < rest.len() && rest[i].is_ascii_whitespace() {
        i += 1;
    }
    if rest.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    while i < rest.len() && (rest[i].is_ascii_whitespace() || rest[i] == b'"' || rest[i] == b'\'') {
        i += 1;
    }
    let start = i;
    while i < rest.len() && (rest[i].is_ascii_alphanumeric() || b"-_:.".contains(&rest[i])) {
        i += 1;
    }
    (i > start).then(|| String::from_utf8_lossy(&rest[start..i]).into_owned())
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from >= haystack.len() {
        return None;
    }
    haystack[from..].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn too_large(name: &str, size: u64, max: u64, _what: &str) -> SourceError {
    SourceError::Rejected(format!(
        "{name}: file is {}, above the {} limit: split it or raise --max-bytes",
        human_size(size),
        human_size(max)
    ))
}

/// 500 MB, 64 MiB, 12 KiB: binary units, at most one decimal.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if (value - value.round()).abs() < 0.05 {
        format!("{:.0} {}", value.round(), UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_size(12), "12 bytes");
        assert_eq!(human_size(64 * 1024 * 1024), "64 MiB");
        assert_eq!(human_size(500 * 1000 * 1000), "476.8 MiB");
        assert_eq!(human_size(1536), "1.5 KiB");
    }

    #[test]
    fn charset_declarations() {
        let enc = |s: &str| declared_charset(s.as_bytes()).map(|(_, e)| e.name());
        assert_eq!(enc(r#"<html><head><meta charset="ISO-8859-1">"#), Some("windows-1252"));
        assert_eq!(enc(r#"<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">"#), Some("KOI8-R"));
        assert_eq!(enc(r#"<?xml version="1.0" encoding='Shift_JIS'?><a/>"#), Some("Shift_JIS"));
        assert_eq!(enc(r#"<meta name="x" content="charset is not here">"#), None);
        assert_eq!(enc(r#"<meta charset="utf-16">"#), None);
        assert_eq!(enc("plain text"), None);
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let le: Vec<u8> = "Hello, world".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode_plain(le, Format::Text, "x").unwrap();
        assert_eq!(d.text, "Hello, world");
    }

    fn testdata(name: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/decode").join(name)
    }

    fn read(name: &str, max: u64) -> Result<Decoded, SourceError> {
        let path = testdata(name);
        read_file(&path, Format::from_path(&path).unwrap_or(Format::Text), max)
    }

    fn rejected(r: Result<Decoded, SourceError>) -> String {
        match r {
            Err(SourceError::Rejected(m)) => m,
            other => panic!("expected a rejection, got {other:?}"),
        }
    }

    #[test]
    fn empty_file() {
        let m = rejected(read("empty.txt", crate::DEFAULT_MAX_BYTES));
        assert!(m.ends_with("empty file"), "{m}");
    }

    #[test]
    fn binary_files() {
        let m = rejected(read("report.pdf.txt", crate::DEFAULT_MAX_BYTES));
        assert!(m.ends_with("binary file (looks like PDF), not text"), "{m}");
        let m = rejected(read("noise.txt", crate::DEFAULT_MAX_BYTES));
        assert!(m.contains("binary file"), "{m}");
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        let m = rejected(decode_bytes(png, Format::Html, 1 << 20, "logo.html"));
        assert_eq!(m, "logo.html: binary file (looks like PNG), not text");
        // Text that merely starts with "MZ" is still text.
        let ok = decode_bytes(b"MZ Wallace opens a store".to_vec(), Format::Text, 1 << 20, "x");
        assert_eq!(ok.unwrap().text, "MZ Wallace opens a store");
    }

    #[test]
    fn windows_1252_without_declaration() {
        let d = read("windows-1252.txt", crate::DEFAULT_MAX_BYTES).unwrap();
        assert!(d.text.contains("\u{201c}difficult\u{201d}"), "{}", d.text);
        assert!(d.text.contains("\u{20ac}2bn") && d.text.contains("\u{2018}the only honest choice\u{2019}"));
        assert_eq!(d.notes, ["decoded as windows-1252: not valid UTF-8"]);
    }

    #[test]
    fn declared_latin1_in_html_meta() {
        let d = read("latin1-declared.html", crate::DEFAULT_MAX_BYTES).unwrap();
        assert!(d.text.contains("Fermeture de l'\u{e9}cole de Sainte-H\u{e9}l\u{e8}ne"));
        assert!(d.text.contains("\u{ab} C'est un coup dur"));
        assert_eq!(d.notes, ["decoded as windows-1252: declared as iso-8859-1 in the document"]);
    }

    #[test]
    fn byte_order_marks() {
        let d = read("utf16le-bom.txt", crate::DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(d.text, "Caf\u{e9} owners welcome the new pedestrian zone.\n");
        assert_eq!(d.notes, ["decoded as UTF-16LE (byte-order mark)"]);
        let d = read("utf8-bom.txt", crate::DEFAULT_MAX_BYTES).unwrap();
        assert_eq!(d.text, "Na\u{ef}ve question, smart answer.\n");
        assert!(d.notes.is_empty());
        let be: Vec<u8> =
            [0xfe, 0xff].into_iter().chain("Hi \u{e9}".encode_utf16().flat_map(|u| u.to_be_bytes())).collect();
        assert_eq!(decode_bytes(be, Format::Text, 100, "x").unwrap().text, "Hi \u{e9}");
    }

    #[test]
    fn valid_utf8_passes_untouched() {
        let text = "Z\u{fc}rich \u{2014} \u{201c}quoted\u{201d} \u{65e5}\u{672c}";
        let d = decode_bytes(text.as_bytes().to_vec(), Format::Html, 1000, "x").unwrap();
        assert_eq!(d.text, text);
        assert!(d.notes.is_empty());
    }

    #[test]
    fn gzip_good_and_truncated() {
        let d = read("good.txt.gz", crate::DEFAULT_MAX_BYTES).unwrap();
        assert!(d.text.starts_with("Snow closes mountain pass"));
        assert_eq!(d.notes, ["gunzipped"]);
        let m = rejected(read("truncated.txt.gz", crate::DEFAULT_MAX_BYTES));
        assert!(m.starts_with("truncated gzip: "), "{m}");
        // The same bytes handed over in memory are recognised by their magic number.
        let bytes = std::fs::read(testdata("truncated.txt.gz")).unwrap();
        let m = rejected(decode_bytes(bytes, Format::Text, 1 << 20, "fetched"));
        assert!(m.starts_with("truncated gzip: fetched"), "{m}");
    }

    #[test]
    fn gzip_bomb_is_refused_while_decompressing() {
        use std::io::Write;
        // 8 MiB of zeros compress to about 8 KiB.
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let zeros = vec![b'a'; 1 << 20];
        for _ in 0..8 {
            enc.write_all(&zeros).unwrap();
        }
        let gz = enc.finish().unwrap();
        assert!(gz.len() < 64 * 1024);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bomb.txt.gz");
        std::fs::write(&path, &gz).unwrap();
        let m = rejected(read_file(&path, Format::Text, 1 << 20));
        assert!(
            m.contains("decompresses to more than the 1 MiB limit") && m.contains("split it or raise --max-bytes"),
            "{m}"
        );
        let m = rejected(decode_bytes(gz, Format::Text, 1 << 20, "bomb"));
        assert!(m.contains("more than the 1 MiB limit"), "{m}");
    }

    #[test]
    fn oversized_plain_file_is_refused_from_its_metadata() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.jsonl");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(500 * 1000 * 1000).unwrap(); // sparse: nothing is written or read
        let m = rejected(read_file(&path, Format::JsonLines, crate::DEFAULT_MAX_BYTES));
        assert!(m.ends_with("file is 476.8 MiB, above the 64 MiB limit: split it or raise --max-bytes"), "{m}");
    }

    #[test]
    fn missing_file_is_an_io_error() {
        let r = read_file(Path::new("/nonexistent/x.txt"), Format::Text, 10);
        assert!(matches!(r, Err(SourceError::Io { .. })));
    }
}
