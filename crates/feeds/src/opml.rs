//! OPML import and export of subscriptions (the `opml` crate).

use opml::{Head, Outline, OPML};

/// One subscription as OPML carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpmlFeed {
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    /// Text of the enclosing folder outline, if any.
    pub category: Option<String>,
}

/// Every outline with an `xmlUrl`, at any depth; folders become categories.
pub fn parse_opml(xml: &str) -> Result<Vec<OpmlFeed>, String> {
    let doc = OPML::from_str(xml).map_err(|e| format!("not a valid OPML file: {e}"))?;
    let mut out = Vec::new();
    // Iterative walk: a hostile file cannot overflow the stack with nesting.
    let mut stack: Vec<(&Outline, Option<&str>)> = doc.body.outlines.iter().rev().map(|o| (o, None)).collect();
    while let Some((o, folder)) = stack.pop() {
        if let Some(url) = o.xml_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            let title = o.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or(&o.text).trim();
            out.push(OpmlFeed {
                url: url.to_string(),
                title: Some(title.to_string()).filter(|t| !t.is_empty()),
                site_url: o.html_url.clone().filter(|u| !u.trim().is_empty()),
                category: folder.map(str::to_string),
            });
        }
        let name = Some(o.text.trim()).filter(|t| !t.is_empty()).or(folder);
        for child in o.outlines.iter().rev() {
            stack.push((child, name));
        }
    }
    Ok(out)
}

/// OPML 2.0 for `feeds`: feeds with a category inside a folder outline of that name.
pub fn write_opml(feeds: &[OpmlFeed]) -> Result<String, String> {
    let mut doc = OPML {
        version: "2.0".to_string(),
        head: Some(Head { title: Some("storyline subscriptions".to_string()), ..Default::default() }),
        ..Default::default()
    };
    let outline = |f: &OpmlFeed| Outline {
        text: f.title.clone().unwrap_or_else(|| f.url.clone()),
        title: f.title.clone(),
        r#type: Some("rss".to_string()),
        xml_url: Some(f.url.clone()),
        html_url: f.site_url.clone(),
        ..Default::default()
    };
    let mut folders: Vec<Outline> = Vec::new();
    for f in feeds {
        match &f.category {
            None => doc.body.outlines.push(outline(f)),
            Some(cat) => match folders.iter_mut().find(|o| &o.text == cat) {
                Some(folder) => folder.outlines.push(outline(f)),
                None => folders.push(Outline { text: cat.clone(), outlines: vec![outline(f)], ..Default::default() }),
            },
        }
    }
    doc.body.outlines.extend(folders);
    let xml = doc.to_string().map_err(|e| format!("cannot write OPML: {e}"))?;
    Ok(format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{xml}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let feeds = vec![
            OpmlFeed {
                url: "https://a.example/rss".into(),
                title: Some("A & B News".into()),
                site_url: Some("https://a.example/".into()),
                category: None,
            },
            OpmlFeed {
                url: "https://b.example/atom".into(),
                title: None,
                site_url: None,
                category: Some("World".into()),
            },
            OpmlFeed {
                url: "https://c.example/feed.json".into(),
                title: Some("C".into()),
                site_url: None,
                category: Some("World".into()),
            },
        ];
        let xml = write_opml(&feeds).expect("write");
        assert!(xml.starts_with("<?xml version=\"1.0\""), "{xml}");
        assert!(xml.contains("A &amp; B News"), "{xml}");
        let back = parse_opml(&xml).expect("parse");
        let mut expected = feeds.clone();
        expected[1].title = Some("https://b.example/atom".into()); // text falls back to the URL
        assert_eq!(back, expected);
    }

    #[test]
    fn nested_folders_and_errors() {
        let xml = r#"<?xml version="1.0"?><opml version="1.0"><head><title>x</title></head><body>
            <outline text="Tech"><outline text="Sub"><outline text="Deep" xmlUrl="https://d.example/rss"/></outline></outline>
            <outline text="Top" type="rss" xmlUrl=" https://t.example/rss " htmlUrl="https://t.example/"/>
            <outline text="no url"/></body></opml>"#;
        let feeds = parse_opml(xml).expect("parse");
        assert_eq!(feeds.len(), 2);
        assert_eq!(feeds[0].url, "https://d.example/rss");
        assert_eq!(feeds[0].category.as_deref(), Some("Sub"));
        assert_eq!(feeds[1].url, "https://t.example/rss");
        assert_eq!(feeds[1].site_url.as_deref(), Some("https://t.example/"));
        assert!(parse_opml("<html></html>").is_err());
        assert!(parse_opml("not xml at all").is_err());
    }
}
