//! Claim-extraction tests (numbers, qualifiers, the counted thing, claimants) on original
//! sentences, and an ignored dump over sampled news for manual review.

use crate::{analyse, Claim, Facts};

fn claim<'a>(f: &'a Facts, text: &str) -> &'a Claim {
    f.claims.iter().find(|c| c.text == text).unwrap_or_else(|| panic!("no claim {text:?} in {:#?}", f.claims))
}

fn no_claim(f: &Facts, text: &str) -> bool {
    f.claims.iter().all(|c| c.text != text)
}

/// `CLAIMS_DUMP_IDS=/tmp/ids.txt cargo test -p storyline-analysis claims_dump -- --ignored --nocapture`:
/// every claim of the listed articles with its sentence.
#[test]
#[ignore]
fn claims_dump() {
    let Ok(list) = std::env::var("CLAIMS_DUMP_IDS") else { return };
    let ids: Vec<String> =
        std::fs::read_to_string(list).unwrap_or_default().lines().map(|l| l.trim().to_string()).collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/");
    let mut data = String::new();
    for name in ["bbc-news-2004-2005.jsonl", "ecbplus-dev.jsonl"] {
        match std::fs::read_to_string(format!("{dir}{name}")) {
            Ok(d) => data.push_str(&d),
            Err(_) => eprintln!("skipping: {dir}{name} not found"),
        }
        data.push('\n');
    }
    let mut arts = std::collections::HashMap::new();
    for line in data.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            let id = v["id"].as_str().unwrap_or_default().to_string();
            arts.insert(
                id,
                (
                    v["title"].as_str().unwrap_or_default().to_string(),
                    v["text"].as_str().unwrap_or_default().to_string(),
                ),
            );
        }
    }
    for id in ids {
        let Some((title, text)) = arts.get(&id) else { continue };
        let f = analyse(title, text);
        println!("=== {id} {title}");
        let mut last_sent = String::new();
        for c in &f.claims {
            if c.sentence != last_sent {
                println!("  S: {}", c.sentence.replace('\n', " "));
                last_sent = c.sentence.clone();
            }
            let high = c.high.map(|h| format!("-{h}")).unwrap_or_default();
            println!(
                "    [{}] {}{} {} q={} what={:?} who={:?}",
                c.text,
                c.value,
                high,
                c.unit.as_deref().unwrap_or(""),
                c.qualifier,
                c.what.as_deref().unwrap_or("-"),
                c.claimant.as_deref().unwrap_or("-")
            );
        }
        // numerals and number words outside every claim, for spotting misses
        let words = [
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "dozen",
            "dozens",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "millions",
            "billion",
        ];
        let mut k = 0;
        for tok in text.split_inclusive(|c: char| c.is_whitespace()) {
            let s = k;
            k += tok.len();
            let w = tok.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            let numeric = w.chars().any(|c| c.is_ascii_digit()) || words.contains(&w.as_str());
            if !numeric || f.claims.iter().any(|c| c.start <= s + tok.len() && c.end >= s) {
                continue;
            }
            let lo = crate::text::floor_char(text, s.saturating_sub(40));
            let hi = crate::text::floor_char(text, (k + 30).min(text.len()));
            println!("    - unclaimed: ...{}...", text[lo..hi].replace('\n', " "));
        }
    }
}

fn what<'a>(f: &'a Facts, text: &str) -> Option<&'a str> {
    claim(f, text).what.as_deref()
}

#[test]
fn dollar_prefixes_and_named_dollars_are_their_currency() {
    let body = "Brindle Homes cut A$68m from its targets and said the 1.2bn Australian dollars \
                (£458m) rebuild was on track. Its shares closed at US$4.67.";
    let f = analyse("", body);
    assert_eq!(claim(&f, "$68m").unit.as_deref(), Some("AUD"));
    let c = claim(&f, "1.2bn Australian dollars");
    assert_eq!((c.value, c.unit.as_deref()), (1.2e9, Some("AUD")));
    assert_eq!(claim(&f, "$4.67").unit.as_deref(), Some("USD"));
    assert_eq!(what(&f, "1.2bn Australian dollars"), Some("rebuild"));
}

#[test]
fn sports_heights_and_race_titles_are_no_millions() {
    let body = "Tamsin Oduya won the pole vault at the indoor meeting in Leeds. The champion cleared \
                4.91m to beat her own record and said she hoped to break the 5m barrier. Her rival \
                lost her indoor 400m titles after the race. The club said 1.5m fans watched the \
                match on television as the team scored twice.";
    let f = analyse("", body);
    let c = claim(&f, "4.91m");
    assert_eq!((c.value, c.unit.as_deref()), (4.91, Some("m")));
    assert_eq!(claim(&f, "5m").value, 5.0);
    assert!(no_claim(&f, "400m"), "{:#?}", f.claims);
    assert_eq!(claim(&f, "1.5m").value, 1.5e6);
}

#[test]
fn date_ranges_age_brackets_and_odd_counts() {
    let body = "The championships run in Prague from 7-9 March. Users in the 18-35 age bracket \
                spend most. Between 10 and 12 of the 80-odd clinics were shut, and there were \
                40-odd complaints. The shares recovered to close 16% down.";
    let f = analyse("", body);
    assert!(no_claim(&f, "7"), "{:#?}", f.claims);
    assert!(no_claim(&f, "18-35"), "{:#?}", f.claims);
    let c = claim(&f, "80-odd");
    assert_eq!((c.value, c.qualifier.as_str(), c.what.as_deref()), (80.0, "approximately", Some("clinics")));
    assert_eq!(claim(&f, "40-odd").what.as_deref(), Some("complaints"));
    assert_eq!(claim(&f, "16%").qualifier, "exact");
}

#[test]
fn set_scores_in_a_row_are_tallies() {
    let body = "Ferreira came through 3-6 7-6 6-1 to reach the final.";
    let f = analyse("", body);
    let c = claim(&f, "3-6");
    assert_eq!((c.value, c.unit.as_deref(), c.high), (3.0, Some("tally"), None));
}

#[test]
fn what_is_the_subject_of_a_level_verb_not_a_verb_or_adverb() {
    let body = "Harlow said same store sales were 9.3% higher than a year ago. Sales jumped 28% at \
                Corvina and 32.2% at Pellman Outfitters. The economy is now expected to grow by \
                5.7% rather than 6%. December sales are forecast to rise by 4.5% to $220bn. \
                Fines totalling $1.7m were paid. The Trask firm agreed to pay $2bn to exit the deal. \
                It could run to $40m, he said, while the boss is getting $20m a year.";
    let f = analyse("", body);
    assert_eq!(what(&f, "9.3%"), Some("same store sales"));
    assert_eq!(what(&f, "28%"), Some("Sales"));
    assert_eq!(what(&f, "32.2%"), Some("Sales"));
    assert_eq!(what(&f, "5.7%"), Some("economy"));
    assert_eq!(what(&f, "6%"), None);
    assert_eq!(what(&f, "4.5%"), Some("sales"));
    assert_eq!(what(&f, "$220bn"), Some("sales"));
    assert_eq!(what(&f, "$1.7m"), Some("Fines"));
    assert_eq!(what(&f, "$2bn"), None);
    assert_eq!(what(&f, "$40m"), None);
    assert_eq!(what(&f, "$20m"), None);
}

#[test]
fn what_after_conversions_in_phrases_and_of_nouns() {
    let body = "Vantor reached a $2bn (1.5bn euros; £1.1bn) settlement with Oslan. Clients may seek \
                up to $1,000 in damages. The island has gross domestic product of $660m. About \
                50,000 children live with carers, and 180 million calls a day are made. Each pixel gets one \
                of 88 piano notes. A survey \
                found that 90% of PCs were infected, while 10% of every ticket sold goes to charity. \
                The 4.3% rise seen last year was bigger, an increase of 64% on the year before.";
    let f = analyse("", body);
    assert_eq!(what(&f, "$2bn"), Some("settlement"));
    assert_eq!(what(&f, "1.5bn euros"), None);
    assert_eq!(what(&f, "$1,000"), Some("damages"));
    assert_eq!(what(&f, "$660m"), Some("gross domestic product"));
    assert_eq!(what(&f, "50,000"), Some("children"));
    assert_eq!(what(&f, "180 million"), Some("calls"));
    assert_eq!(what(&f, "88"), Some("piano notes"));
    assert_eq!(what(&f, "90%"), Some("PCs"));
    assert_eq!(what(&f, "10%"), Some("ticket"));
    assert_eq!(what(&f, "4.3%"), Some("rise"));
    assert_eq!(what(&f, "64%"), Some("increase"));
}

#[test]
fn coordinated_amounts_share_what_unless_a_name_follows() {
    let body = "The regulator looked into 50 shows, including those by Dan Prior and two \"shock jocks\".";
    let f = analyse("", body);
    assert_eq!(what(&f, "50"), Some("shows"));
    assert_eq!(what(&f, "two"), None);
}

#[test]
fn what_is_the_head_before_the_subjects_preposition() {
    let body = "Profits for the year to 31 December rose 20% to £4.6bn. Earnings at Corran Capital \
                investment bank rose 25%. He added that the opening bid for the firm's Ostrava unit \
                was $8bn. Maternity pay for new mothers is to rise by £1,400. The firm enjoyed a 43% \
                rise in net profits to 2.4bn euros.";
    let f = analyse("", body);
    assert_eq!(what(&f, "20%"), Some("Profits"));
    assert_eq!(what(&f, "£4.6bn"), Some("Profits"));
    assert_eq!(what(&f, "25%"), Some("Earnings"));
    assert_eq!(what(&f, "$8bn"), Some("bid"));
    assert_eq!(what(&f, "£1,400"), Some("pay"));
    assert_eq!(what(&f, "43%"), Some("rise"));
    assert_eq!(what(&f, "2.4bn euros"), Some("net profits"));
}

#[test]
fn what_of_names_before_plurals_and_coordinated_shares() {
    let body = "The singer had three Brit nominations and won eight Grammy Awards. Some 17% of readers \
                have switched and a further 16% are thinking about it. Shares in Marlow were down \
                0.67% at 590 pence. At noon, shares in Tolver were trading down 2%. Looting the firm to the tune of $600m was alleged. Agents found \
                84 movies and 178 \"sound recordings\".";
    let f = analyse("", body);
    assert_eq!(what(&f, "three"), Some("Brit nominations"));
    assert_eq!(what(&f, "eight"), Some("Grammy Awards"));
    assert_eq!(what(&f, "16%"), Some("readers"));
    assert_eq!(what(&f, "0.67%"), Some("Shares"));
    assert_eq!(what(&f, "2%"), Some("shares"));
    let c = claim(&f, "590 pence");
    assert_eq!((c.value, c.unit.as_deref()), (590.0, Some("GBp")));
    assert_eq!(what(&f, "$600m"), None);
    assert_eq!(what(&f, "178"), None);
}

#[test]
fn vague_money_and_plus_amounts() {
    let body = "Dravo wants billions of dollars in damages. Lenz offered £3m-plus for the striker. \
                Shares in Harbek lost 25% on the news to 1.90 Canadian dollars.";
    let f = analyse("", body);
    let c = claim(&f, "billions of dollars");
    assert_eq!((c.value, c.unit.as_deref(), c.what.as_deref()), (1e9, Some("USD"), Some("damages")));
    let c = claim(&f, "£3m-plus");
    assert_eq!((c.qualifier.as_str(), c.what.as_deref()), ("at least", None));
    let c = claim(&f, "1.90 Canadian dollars");
    assert_eq!((c.unit.as_deref(), c.what.as_deref()), (Some("CAD"), None));
}

#[test]
fn ages_codes_model_numbers_and_race_times_are_no_quantities() {
    let body = "Unions fear plans to raise the retirement age for council workers from 60 to 65. The \
                conductor Ilario Benz has died in Vienna at 71. Everyone knew 050505 was the date. \
                Owners of the 7610 phone were hit. The Olympic champion Kamara won the men's 200m \
                race and the gold medal at the athletics championships as the crowd cheered, \
                finishing in 20.94 after a personal best of 20.88 in the heats. His coach said the \
                season had been long and the athlete deserved the title.";
    let f = analyse("", body);
    for t in ["60", "65", "71", "050505", "7610", "200m", "20.94", "20.88"] {
        assert!(no_claim(&f, t), "{t}: {:#?}", f.claims);
    }
}

#[test]
fn what_through_adjectives_possessives_comparatives_and_names() {
    let body = "Veloria's economy has expanded by a breakneck 9.5% this year. Inflation slowed to \
                4.3% and growth in Veloria remains at a steady 9.1%. Tourism accounts for about 6% \
                of the country's annual gross domestic product. Ministers will make offers to 70 \
                poorer nations. All four primary US TV networks carried it, and the band won three \
                Grammys. The rate rose by 0.27 percentage points to 5.8%. The rise was well below \
                the peak of 43% seen in March.";
    let f = analyse("", body);
    assert_eq!(what(&f, "9.5%"), Some("economy"));
    assert_eq!(what(&f, "4.3%"), Some("Inflation"));
    assert_eq!(what(&f, "9.1%"), Some("growth"));
    assert_eq!(what(&f, "6%"), Some("annual gross domestic product"));
    assert_eq!(what(&f, "70"), Some("poorer nations"));
    assert_eq!(what(&f, "four"), Some("primary US TV networks"));
    assert_eq!(what(&f, "three"), Some("Grammys"));
    assert_eq!(what(&f, "5.8%"), Some("rate"));
    assert_eq!(what(&f, "43%"), Some("peak"));
}

#[test]
fn relays_race_distances_and_hyphenated_millions() {
    let body = "The Olympic champion is among the top three 800m runners this season, and the coach \
                said the 4x400m squad would win a medal at the championship as no athlete came \
                back over the last 200m. The match drew fans from a 17-million population.";
    let f = analyse("", body);
    for t in ["800m", "4x", "400m", "200m"] {
        assert!(no_claim(&f, t), "{t}: {:#?}", f.claims);
    }
    assert_eq!(claim(&f, "17-million").value, 17e6);
}

#[test]
fn number_dense_sports_table_stays_bounded() {
    // a 1 MB results table: heights, times, race distances, years, scores and money
    let mut s =
        String::from("The Olympic champion won the athletics title and a medal; the coach and the club were happy.\n");
    let mut i = 0u32;
    while s.len() < 1_000_000 {
        s.push_str(&format!(
            "{}. Kamara {}.{:02}m in {}.{:02} 800m 4x400m {} {}-{} 0{} £{}m A${}bn, {}-odd\n",
            i % 50,
            i % 9,
            i % 100,
            10 + i % 20,
            i % 100,
            1990 + i % 30,
            i % 7,
            i % 5,
            i,
            i % 300,
            i % 40,
            i % 90
        ));
        i += 1;
    }
    let t = std::time::Instant::now();
    let f = analyse("", &s);
    assert!(f.claims.len() <= 2000);
    assert!(!f.claims.is_empty());
    // numbers that are all skipped (years, codes, race distances, relays, times) are scanned
    // to the end
    let mut s =
        String::from("The Olympic champion won the athletics title and a medal; the coach and the club were happy.\n");
    let mut i = 0u32;
    while s.len() < 1_000_000 {
        s.push_str(&format!("in {}.{:02} the 800m 4x400m {} 0{} ", 10 + i % 20, i % 100, 1990 + i % 30, i % 9));
        i += 1;
    }
    let f2 = analyse("", &s);
    assert!(f2.claims.is_empty(), "{:?}", f2.claims.first());
    eprintln!("dense tables: {:?}", t.elapsed());
}

#[test]
fn qualifier_phrases_are_not_the_counted_thing() {
    let f = analyse("", "The clubs spent in excess of £1.3bn on wages. Sales reached upwards of 300 units.");
    let c = claim(&f, "£1.3bn");
    assert_eq!(c.qualifier, "more than");
    assert_ne!(c.what.as_deref(), Some("excess"));
    assert_eq!(claim(&f, "300").qualifier, "more than");
    assert_ne!(what(&f, "300"), Some("upwards"));
}

#[test]
fn casualty_verb_does_not_reach_through_a_noun_phrase() {
    let f = analyse("", "Police arrested a man accused of killing a grandmother of 14. The blast, killing at least nine people, shook the town.");
    assert_ne!(what(&f, "14"), Some("grandmother killed"));
    assert!(claim(&f, "14").what.as_deref().is_none_or(|w| !w.contains("killed")), "{:?}", claim(&f, "14").what);
    assert_eq!(what(&f, "nine"), Some("people killed"));
}

#[test]
fn or_more_after_the_counted_noun_phrase() {
    let f = analyse(
        "",
        "Attacks sending 200 megabytes of traffic or more were rare. He has 3 jobs or more importantly a plan.",
    );
    assert_eq!(claim(&f, "200").qualifier, "at least");
    assert_eq!(claim(&f, "3").qualifier, "exact");
}

#[test]
fn ages_in_age_ranges_and_after_was() {
    let f = analyse(
        "",
        "\"I would not take a five or six-year-old to it,\" he said. Ray Moss, who beat two seeds when he was \
         just 15, lost. Growth was 14 in May.",
    );
    assert!(no_claim(&f, "five"), "{:?}", f.claims);
    assert!(no_claim(&f, "15"), "{:?}", f.claims);
    assert_eq!(claim(&f, "14").value, 14.0);
    assert_eq!(claim(&f, "two").value, 2.0);
}

#[test]
fn spaced_thousands_decimals_times_and_dates() {
    let f = analyse(
        "Quake",
        "Officials said a 7 . 2 magnitude earthquake hit the valley .\nThe mayor said 1 , 300 people fled , 2 , 450 homes were damaged and a $350 , 000 fund was set up .\nThe tremor struck at 4 p . m . on Nov . 21 , and a second one came at 9 a . m .",
    );
    let c = claim(&f, "7 . 2");
    assert!((c.value - 7.2).abs() < 1e-9, "{c:?}");
    assert_eq!(claim(&f, "2 , 450").value, 2450.0);
    assert_eq!(claim(&f, "1 , 300").value, 1300.0);
    let m = claim(&f, "$350 , 000");
    assert_eq!(m.value, 350000.0);
    assert_eq!(m.unit.as_deref(), Some("USD"));
    assert!(f.claims.iter().all(|c| ![4.0, 9.0, 21.0].contains(&c.value)), "{:?}", f.claims);
    let h = analyse("Fight", "Jul . 14 6 : 05 PM EDT\nThe champion , 41 - 2 , won .");
    assert!(h.claims.iter().all(|c| c.value != 14.0), "{:?}", h.claims);
    // a list of small numbers stays a list
    let g = analyse("Draw", "The winning numbers were 4 , 12 , 160 and 230 .");
    assert!(g.claims.iter().all(|c| c.value < 1000.0), "{:?}", g.claims);
}

#[test]
fn casualty_word_next_to_a_figure_beats_the_inherited_label() {
    let f = analyse("Blast", "The blast left 9 dead and 31 wounded , officials said .");
    assert_eq!(what(&f, "9"), Some("people killed"));
    assert_eq!(what(&f, "31"), Some("people wounded"));
    let f = analyse("Ferry", "At least 17 passengers were killed and 45 injured when the ferry sank .");
    assert_eq!(what(&f, "17"), Some("passengers killed"));
    assert_eq!(what(&f, "45"), Some("passengers injured"));
    let f = analyse("Storm", "The storm killed 6 and injured 52 , and rescuers said 3 were hurt later .");
    assert_eq!(what(&f, "6"), Some("people killed"));
    assert_eq!(what(&f, "52"), Some("people injured"));
    assert_eq!(what(&f, "3"), Some("people injured"));
}

#[test]
fn added_with_an_amount_gains_and_does_not_report() {
    let f = analyse(
        "Markets",
        "Shares in Fenwick Tools rose 4.1% to 220p, and rival Oakbridge added 2.6% to 310p.\nIn the second half, Marta Quill added 12 points and Dana Rees added two more.",
    );
    assert_eq!(claim(&f, "2.6%").claimant, None);
    assert_eq!(claim(&f, "12").claimant, None);
    assert_eq!(claim(&f, "two").claimant, None);
    // a reporting "added" still reports
    let g = analyse("Jobs", "The minister added that 300 jobs would go.");
    assert!(claim(&g, "300").claimant.is_some(), "{:?}", g.claims);
}

#[test]
fn ages_of_children_and_after_who_was() {
    let f = analyse(
        "Crash",
        "The driver hit a woman and her son, 7, on the crossing. Pike, who was 19 at the time, admitted it. \
         A panel, which was 12 members strong, met.",
    );
    assert!(f.claims.iter().all(|c| c.value != 7.0 && c.value != 19.0), "{:?}", f.claims);
    assert_eq!(claim(&f, "12").value, 12.0);
}

#[test]
fn magnitudes_stop_at_impact_verbs_and_died_counts_the_killed() {
    let f = analyse(
        "Quake",
        "A 5 . 8 - magnitude earthquake struck the coast , and a 6.3 magnitude tremor hit Lorvia later .\nFour villagers died and 23 were hurt .",
    );
    let c = claim(&f, "5 . 8");
    assert!((c.value - 5.8).abs() < 1e-9);
    assert_eq!(c.what.as_deref(), Some("magnitude earthquake"));
    assert_eq!(what(&f, "6.3"), Some("magnitude tremor"));
    assert_eq!(what(&f, "Four"), Some("villagers killed"));
    assert_eq!(what(&f, "23"), Some("villagers injured"));
    let g = analyse("Quake", "Dozens hurt , one dead as 6 . 4 magnitude quake hits island");
    assert_eq!(what(&g, "6 . 4"), Some("magnitude quake"));
}

#[test]
fn a_dash_ends_the_counted_phrase_before_a_casualty_word() {
    let f = analyse(
        "Crash",
        "Marsh , who leaves a wife and three daughters – died in hospital , police said . Nine sheep killed in the fire were found later .",
    );
    assert_eq!(what(&f, "three"), Some("daughters"));
    assert_eq!(what(&f, "Nine"), Some("sheep killed"));
    let g = analyse("Raid", "Medics moved 14 guards who were injured in the raid .");
    assert_eq!(what(&g, "14"), Some("guards injured"));
}

#[test]
fn clause_opening_participles_and_places_showing_figures_report_nothing() {
    let f = analyse(
        "Crime",
        "At the same time, reported thefts across the EU fell from 5,120 cases to 4,300 cases.\n\
         Wales showed the highest rate of growth at 12.4%, followed by Kent on 9.1%.\n\
         The poll showed 45% of voters backing the plan, reported the Herald.",
    );
    assert_eq!(claim(&f, "5,120").claimant, None);
    assert_eq!(claim(&f, "4,300").claimant, None);
    assert_eq!(claim(&f, "12.4%").claimant, None);
    assert_eq!(claim(&f, "9.1%").claimant, None);
    assert!(claim(&f, "45%").claimant.is_some());
    let g = analyse(
        "Floods",
        "A spokesman for Lorvane Re, the region's third-largest insurer, estimated claims would reach 40m euros.\n\
         Rescuers reached 12 worst hit villages.",
    );
    assert!(claim(&g, "40m euros").claimant.is_some(), "{:?}", g.claims);
    assert_eq!(what(&g, "12"), Some("worst hit villages"));
}

#[test]
fn scores_of_people_modal_ages_and_trade_nouns() {
    let f = analyse(
        "",
        "Before the funeral, scores of residents queued. The scores were level. \"She might be 33 next month, \
         but she won,\" he added. Betwell Group raised its prices. The bookmaker said bets on the last two evictions were large.",
    );
    let c = claim(&f, "scores");
    assert_eq!((c.value, c.qualifier.as_str()), (20.0, "more than"));
    assert_eq!(f.claims.iter().filter(|c| c.text.eq_ignore_ascii_case("scores")).count(), 1);
    assert!(no_claim(&f, "33"), "{:?}", f.claims);
    assert_eq!(claim(&f, "two").claimant.as_deref(), Some("Betwell Group"));
}

#[test]
fn event_distances_moves_and_organisation_documents() {
    let f = analyse(
        "",
        "Rooney, record holder at 3km, 5km and 10km, runs the 10km race. He won a 3,000m victory in Ghent. \
         The course is 12km long. Shares in Dalco rose 5p to 293.5p. City experts say there is a £10bn gap. \
         The OECD report said aid was worth 30 times less. Sales were 4m euros, according to a table drawn up by \
         Spain's El Diario newspaper.",
    );
    for t in ["3km", "5km", "10km", "3,000m"] {
        assert!(no_claim(&f, t), "{t}: {:?}", f.claims);
    }
    assert_eq!(claim(&f, "12km").value, 12.0);
    assert_eq!(claim(&f, "5p").value, 5.0);
    assert_eq!(claim(&f, "293.5p").value, 293.5);
    assert_eq!(claim(&f, "£10bn").claimant.as_deref(), Some("City experts"));
    assert_eq!(claim(&f, "30 times").claimant.as_deref(), Some("OECD"));
    assert_eq!(claim(&f, "4m euros").claimant.as_deref(), Some("El Diario"));
}

#[test]
fn model_numbers_are_not_counts() {
    let f = analyse(
        "",
        "Airbus is banking on the A350 and the 350-900XWB. Its twin-aisle 350 plane flew in May. \
         Rivals sold 350 jets last year.",
    );
    assert!(no_claim(&f, "350"), "{:?}", f.claims);
    let g = analyse("", "Rivals sold 350 jets last year.");
    assert_eq!(claim(&g, "350").value, 350.0);
}

#[test]
fn chart_positions_order_of_and_data_inside_reported_speech() {
    let f = analyse(
        "",
        "Their singles reached numbers 19 and 10 in the chart. Growth on the order of 10 to 15% is realistic. \
         Liberty said statistics suggested Roma travellers were 400 times more likely to be stopped.",
    );
    assert!(no_claim(&f, "19") && no_claim(&f, "10"), "{:?}", f.claims);
    assert_eq!(claim(&f, "10 to 15%").qualifier, "approximately");
    assert_eq!(claim(&f, "400 times").claimant.as_deref(), Some("Liberty"));
}

#[test]
fn spending_put_into_and_associates_as_claimants() {
    let f = analyse(
        "",
        "In 2001 Zentor put $300m into a Linux programme. Analysts put the cost at $3bn. \
         Bren Tally was involved in the $11bn fraud, his closest associate has told a US court.",
    );
    assert_eq!(claim(&f, "$300m").claimant, None);
    assert_eq!(claim(&f, "$3bn").claimant.as_deref(), Some("Analysts"));
    assert_eq!(claim(&f, "$11bn").claimant.as_deref(), Some("closest associate"));
}

#[test]
fn a_lost_currency_sign_still_scales_money() {
    let f = analyse("", "Liverpool need another \u{FFFD}80m to match Arsenal.");
    let c = claim(&f, "\u{FFFD}80m");
    assert_eq!(c.value, 80_000_000.0);
}

#[test]
fn lengths_by_context_not_millions() {
    let f = analyse(
        "",
        "The lift ran at 426m per minute. The tower is 50m taller than its rival. \
         She won by jumping a world record of 4.91m. Profits hit 40m last year.",
    );
    assert_eq!(claim(&f, "426m").value, 426.0);
    assert_eq!(claim(&f, "50m").value, 50.0);
    assert_eq!(claim(&f, "4.91m").value, 4.91);
    assert_eq!(claim(&f, "40m").value, 40_000_000.0);
}

#[test]
fn trailing_bounds_prefixed_dollars_ages_and_megapixels() {
    let f = analyse(
        "",
        "It costs the navy at least A$800,000 per day. Waves might reach 30 centimetres at most. \
         When the average age of our staff was 23, she joined. Michelle was 29 when we hired her. \
         He spent 5 1/2 years in a cell. The phone has a 16MP camera.",
    );
    assert_eq!(claim(&f, "$800,000").qualifier, "at least");
    assert_eq!(claim(&f, "30").qualifier, "at most");
    assert!(no_claim(&f, "23") && no_claim(&f, "29") && no_claim(&f, "5"), "{:?}", f.claims);
    assert_eq!(claim(&f, "16MP").value, 16.0);
}

#[test]
fn positions_in_a_sequence_are_not_counts() {
    let f = analyse("", "On hour 11 of watching, it stopped. Each day 500 people come. He led after lap 20.");
    assert!(no_claim(&f, "11") && no_claim(&f, "20"), "{:?}", f.claims);
    assert_eq!(claim(&f, "500").value, 500.0);
}

#[test]
fn formulas_event_10k_and_exceed() {
    let f = analyse(
        "",
        "The poster said 2+2=5. He ran the 10K race. Texts are set to exceed 25bn, according to the MDA. \
         Sales grew to 10k units after a 3-2 win.",
    );
    assert!(no_claim(&f, "2+") && no_claim(&f, "5") && no_claim(&f, "10K"), "{:?}", f.claims);
    assert_eq!(claim(&f, "25bn").qualifier, "more than");
    assert_eq!(claim(&f, "10k").value, 10.0);
    assert_eq!(claim(&f, "3-2").value, 3.0);
}

#[test]
fn expectations_and_designers_as_claimants() {
    let f = analyse(
        "",
        "The chip will run 10 times faster than rivals, its designers have said. \
         Analysts expect Jetline to raise at least 16.4bn rupees from the offering.",
    );
    assert_eq!(claim(&f, "10 times").claimant.as_deref(), Some("designers"));
    assert_eq!(claim(&f, "16.4bn rupees").claimant.as_deref(), Some("Analysts"));
}

#[test]
fn shares_of_populations_negatives_ranges_and_moves_up_to() {
    let f = analyse(
        "",
        "In nine out of 10 separations there is no court case. It got a rare 10 out of 10 mark. \
         The risk is fewer than one in 10,000 consoles. GDP shrank by -0.1% in the quarter. \
         The film cost $10-25m to make. The move pushed rates up to 2.25%. Prices could rise by up to 5%.",
    );
    assert_eq!(claim(&f, "nine out of 10").value, 0.9);
    assert_eq!(claim(&f, "10 out of 10").value, 10.0);
    assert_eq!(claim(&f, "one in 10,000").value, 0.0001);
    assert_eq!(claim(&f, "-0.1%").value, -0.1);
    let r = claim(&f, "$10-25m");
    assert_eq!((r.value, r.high), (10_000_000.0, Some(25_000_000.0)));
    assert_eq!(claim(&f, "2.25%").qualifier, "exact");
    assert_eq!(claim(&f, "5%").qualifier, "up to");
}

#[test]
fn ages_in_brackets_and_digits_inside_codes_are_no_claims() {
    let f = analyse(
        "",
        "People aged between 18 and 34 rarely vote. The software came from a UK company, 2d3, and the \
         Boeing 7E7 costs $120m.",
    );
    assert!(f.claims.iter().all(|c| c.value != 18.0 && c.value != 3.0 && c.value != 7.0), "{:#?}", f.claims);
    assert_eq!(claim(&f, "$120m").value, 120_000_000.0);
}

#[test]
fn a_short_capitalised_month_before_a_day_is_a_date() {
    let f = analyse("", "The May 6 vote was close. On Jan 15 prices rose 5%. Guitarist Brian May 6 hits later.");
    assert!(no_claim(&f, "15"), "{:#?}", f.claims);
    assert!(f.claims.iter().all(|c| !(c.value == 6.0 && c.sentence.contains("vote"))), "{:#?}", f.claims);
    assert_eq!(claim(&f, "5%").value, 5.0);
}

#[test]
fn a_measure_converted_in_brackets_shares_its_qualifier() {
    let f = analyse("", "The search focused on seas some 2,500km (1,500 miles) away. It weighs 5 pounds (2kg).");
    assert_eq!(claim(&f, "1,500").qualifier, "approximately");
    assert_eq!(claim(&f, "2kg").qualifier, "exact");
}

#[test]
fn they_after_a_plural_speaker_and_age_groups() {
    let f = analyse(
        "",
        "The event will be attended by 3,300 people, and organisers say they expect it will be watched by one \
         billion people. Great Britain's under 14 boys won the prize.",
    );
    assert_eq!(claim(&f, "one billion").claimant.as_deref(), Some("organisers"));
    assert!(no_claim(&f, "14"), "{:#?}", f.claims);
}

#[test]
fn an_age_certificate_is_no_claim_and_the_figure_compared_with_stays_exact() {
    let f =
        analyse("", "The game has an 18 certificate. The margin was 45.6%, less than the 47.3% forecast by analysts.");
    assert!(no_claim(&f, "18"), "{:#?}", f.claims);
    assert_eq!(claim(&f, "47.3%").qualifier, "exact");
}

#[test]
fn a_movement_with_a_longer_object_reaches_a_level() {
    let f = analyse(
        "",
        "The tour helped push their 2004 earnings up to $43.1m. Savers can top up the fund with up to £1,200 a year.",
    );
    assert_eq!(claim(&f, "$43.1m").qualifier, "exact");
    assert_eq!(claim(&f, "£1,200").qualifier, "up to");
}

#[test]
fn a_report_forecasts_an_office_holder_claims_and_up_to_a_maximum() {
    let f = analyse(
        "",
        "Indonesian Economics Minister Aburizal Bakrie spoke. The Indonesian Economics Minister explained that the \
         money was $1.2bn. The report forecast that there will be 80 million new users. Rates reach up to a \
         maximum of 14Mbps.",
    );
    assert_eq!(claim(&f, "$1.2bn").claimant.as_deref(), Some("Aburizal Bakrie"));
    assert_eq!(claim(&f, "80 million").claimant.as_deref(), Some("report"));
    assert_eq!(claim(&f, "14Mbps").qualifier, "up to");
}

#[test]
fn the_agent_of_a_passive_announcement_claims() {
    let f = analyse(
        "",
        "Plans to abolish 162 quangos have been unveiled by the Conservatives. Nine of the 20 best-selling games \
         were published by EA.",
    );
    assert_eq!(claim(&f, "162").claimant.as_deref(), Some("Conservatives"));
    assert_eq!(claim(&f, "Nine").claimant, None);
}

#[test]
fn versions_codecs_and_ranks_are_no_claims() {
    let f = analyse("", "It runs v4.4.2 and plays H.264 video over USB v3.0. My No. 1 job is Mom. Sales rose 4.5%.");
    assert_eq!(claim(&f, "4.5%").value, 4.5);
    assert_eq!(f.claims.len(), 1, "{:#?}", f.claims);
}

#[test]
fn telephone_numbers_are_not_claims_but_set_scores_and_thousands_are() {
    let f = analyse(
        "",
        "Police appealed for help on 0845 8 505 505 or 0800 555 111. Call 1-888-987-4357 or (555) 123-4567. \
         Smith won 6-4 7-6 6-3 and 2,000,000 people watched.",
    );
    // only the three set scores and the audience: no digit group of a telephone number
    let texts: Vec<&str> = f.claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["6-4", "7-6", "6-3", "2,000,000"], "{:#?}", f.claims);
    assert_eq!(claim(&f, "6-4").value, 6.0);
    assert_eq!(claim(&f, "2,000,000").value, 2_000_000.0);
}

#[test]
fn participle_after_a_comma_reports_for_the_clause_opening_noun_phrase() {
    let f = analyse(
        "",
        "A Labour Party spokesman criticised Michael Howard's record, saying police numbers had fallen by 1,132 \
         when he was home secretary.",
    );
    let c = claim(&f, "1,132");
    assert!(c.claimant.as_deref().is_some_and(|w| w.contains("spokesman")), "{c:#?}");
}

#[test]
fn a_data_subject_leaves_the_claim_to_a_reporting_clause_after_the_number() {
    let f = analyse(
        "",
        "In the three months to January, like-for-like sales showed a growth rate of -0.1%, the same as in \
         December, the British Retail Consortium said. Government figures suggest TB has increased by 25%.",
    );
    assert_eq!(claim(&f, "-0.1%").claimant.as_deref(), Some("British Retail Consortium"));
    assert_eq!(claim(&f, "25%").claimant, None);
}

#[test]
fn plural_groups_report_and_estimates_are_data() {
    let f = analyse(
        "",
        "Its makers claim that it is almost four times as fast as Sony's robot. The firm sold 300 cars, its owners \
         said. The IMF said that the authorities' initial estimates have put the damage at $1.5bn.",
    );
    assert_eq!(claim(&f, "four times").claimant.as_deref(), Some("makers"));
    assert_eq!(claim(&f, "300").claimant.as_deref(), Some("owners"));
    assert!(claim(&f, "$1.5bn").claimant.as_deref().is_some_and(|c| c.contains("IMF") || c.contains("Monetary")));
}

#[test]
fn one_in_a_year_is_no_ratio() {
    let f = analyse("", "Queen went to number one in 2000 with a new version. The risk is one in 2,000.");
    assert!(no_claim(&f, "one in 2000"), "{:#?}", f.claims);
    assert_eq!(claim(&f, "one in 2,000").value, 0.0005);
}

#[test]
fn bodies_outlets_and_forecast_owners_claim() {
    let f = analyse(
        "",
        "The association estimates that the sector has $250m of loans outstanding. Russian newspapers have claimed \
         that Baikal bought the unit for $9.4bn. Growth was below Chancellor Gordon Brown's forecast of 3% to 3.5%. \
         The bank estimates were revised to show 5% growth.",
    );
    assert_eq!(claim(&f, "$250m").claimant.as_deref(), Some("association"));
    assert_eq!(claim(&f, "$9.4bn").claimant.as_deref(), Some("Russian newspapers"));
    assert_eq!(claim(&f, "3% to 3.5%").claimant.as_deref(), Some("Gordon Brown"));
    assert_eq!(claim(&f, "5%").claimant, None);
}

#[test]
fn a_body_named_by_its_head_and_remit_reports() {
    let f = analyse("", "A total of 24 pesos is earmarked for subsidies, the government department for planning said.");
    assert_eq!(claim(&f, "24 pesos").claimant.as_deref(), Some("government department for planning"));
}

#[test]
fn a_body_in_a_reduced_relative_clause_after_the_figure() {
    let f = analyse("", "The figure was ahead of the 3.1% the government estimated a month ago.");
    assert_eq!(claim(&f, "3.1%").claimant.as_deref(), Some("government"));
}

#[test]
fn plain_and_named_subjects_of_reports() {
    let f = analyse(
        "",
        "The Leuven-based brewery said it would own 97.3% of the shares. Baikal paid for Yugansk - nowhere near \
         the $27bn Russia says Yukos owes. The damages claimed in 2004 eclipsed the $37bn of 2001.",
    );
    assert_eq!(claim(&f, "97.3%").claimant.as_deref(), Some("Leuven-based brewery"));
    assert_eq!(claim(&f, "$27bn").claimant.as_deref(), Some("Russia"));
    assert_eq!(claim(&f, "$37bn").claimant, None);
}

#[test]
fn plural_and_plus_scales_and_attempted_heights() {
    let f = analyse(
        "",
        "The studio expects $1 billion-plus in sales. Labour found £22 billions worth of savings. The Olympic \
         champion went on to attempt 5.05m at the meeting. Billions of dollars were lost.",
    );
    let c = claim(&f, "$1 billion-plus");
    assert_eq!((c.value, c.qualifier.as_str()), (1e9, "more than"));
    assert_eq!(claim(&f, "£22 billions").value, 22e9);
    assert_eq!(claim(&f, "5.05m").value, 5.05);
    assert_eq!(claim(&f, "Billions of dollars").value, 1e9);
}

#[test]
fn progressive_verbs_and_subjects_past_brackets_dashes_and_appositives() {
    let f = analyse(
        "",
        "Of the payment, the firm - China's biggest jet fuel supplier - said it would pay $30m itself. \
         Asahi is predicting a 50% rise in profits. Economists had been predicting growth of 2% this time. \
         The Economic Commission for Latin America and the Caribbean (ECLAC) forecasts growth of 4% for 2005. \
         EuroDisney, the European home of Mickey Mouse and friends, has said it will sell 253m euros of shares. \
         Sources familiar with the deal said 5 companies joined.",
    );
    assert_eq!(claim(&f, "50%").claimant.as_deref(), Some("Asahi"));
    assert_eq!(claim(&f, "2%").claimant.as_deref(), Some("Economists"));
    assert_eq!(claim(&f, "4%").claimant.as_deref(), Some("Economic Commission for Latin America and the Caribbean"));
    assert_eq!(claim(&f, "253m euros").claimant.as_deref(), Some("EuroDisney"));
    assert_eq!(claim(&f, "5").claimant.as_deref(), Some("Sources"));
    // (the dashed appositive is skipped; no firm was named, so "the firm" stays a description)
    assert_eq!(claim(&f, "$30m").claimant.as_deref(), Some("firm"));
}

#[test]
fn unhyphenated_tens_ages_and_durations_after_or() {
    let f = analyse(
        "",
        "Fifty nine percent of people said so. She's 17, has an amazing voice, and won. We will vote in a \
         year or two. It gave him his third number one in three weeks. One in five people agreed.",
    );
    assert_eq!(claim(&f, "Fifty nine percent").value, 59.0);
    assert!(no_claim(&f, "17"));
    assert!(no_claim(&f, "two"));
    assert!(no_claim(&f, "one in three"));
    assert_eq!(claim(&f, "One in five").value, 0.2);
}

#[test]
fn an_age_after_a_name_between_commas() {
    let f = analyse("", "The killer, Warren Leblanc, 17, was jailed. His 17 victims were named.");
    assert_eq!(f.claims.iter().filter(|c| c.text == "17").count(), 1, "{:#?}", f.claims);
}

#[test]
fn decades_with_an_apostrophe_are_no_claims() {
    let f =
        analyse("", "It was a good day for all. There are parallels with Germany during the 30's. Its 30 staff left.");
    assert_eq!(f.claims.len(), 1, "{:?}", f.claims);
    assert_eq!(claim(&f, "30").what.as_deref(), Some("staff"));
}

#[test]
fn a_plural_source_after_a_comma_closing_the_sentence_claims() {
    let f = analyse("", "It was a good day for all. Profits rose 10%, reports say. Sales fell 5%, analysts say.");
    assert_eq!(claim(&f, "10%").claimant.as_deref(), Some("reports"));
    assert_eq!(claim(&f, "5%").claimant.as_deref(), Some("analysts"));
    let f = analyse("", "It was a good day for all. Profits rose 10%, reports the BBC.");
    assert_eq!(claim(&f, "10%").claimant.as_deref(), Some("BBC"));
}

#[test]
fn topping_a_figure_fractional_durations_and_prefixed_dollar_ranges() {
    let f = analyse(
        "",
        "Sales are predicted to top a billion US dollars next year. Profits topped $5m. The top 10 firms \
         grew. He signed a three-and-a-half-year contract. Advisers value the shares at A$7.17 to A$8.24 each.",
    );
    assert_eq!(claim(&f, "a billion US dollars").qualifier, "more than");
    assert_eq!(claim(&f, "$5m").qualifier, "more than");
    assert!(f.claims.iter().all(|c| c.text != "10" || c.qualifier == "exact"), "{:?}", f.claims);
    assert!(no_claim(&f, "three-and-a-half-year"), "{:?}", f.claims);
    let range = claim(&f, "$7.17 to A$8.24");
    assert_eq!((range.value, range.high), (7.17, Some(8.24)));
}

#[test]
fn a_figure_counts_capitalised_words_that_modify_its_noun() {
    let f = analyse(
        "",
        "About 800,000 Tutsis were killed. Nominees come from the 24 Oscar categories. Of those 300 \
         Department of Health posts will move. He signed to 2 Wikid Records. She lives at 10 Downing Street \
         with him.",
    );
    assert_eq!(claim(&f, "800,000").qualifier, "approximately");
    assert_eq!(claim(&f, "24").value, 24.0);
    assert_eq!(claim(&f, "300").value, 300.0);
    assert!(no_claim(&f, "2") && no_claim(&f, "10"), "{:?}", f.claims);
}

#[test]
fn several_hundred_to_top_and_near_figures() {
    let f = analyse(
        "",
        "Police said several hundred people had gathered. NAAMSA said it expects sales to top 500,000 in \
         2005. Of the near-400,000 complaints, 53% were online. Lewis withdrew on day two of the event. \
         Dimitri Yachvili slotted over four penalties.",
    );
    let several = claim(&f, "several hundred");
    assert_eq!((several.value, several.qualifier.as_str()), (100.0, "more than"));
    assert_eq!(claim(&f, "500,000").qualifier, "more than");
    assert_eq!(claim(&f, "400,000").qualifier, "approximately");
    assert!(no_claim(&f, "two"), "{:?}", f.claims);
    assert_eq!(claim(&f, "four").qualifier, "exact");
}

#[test]
fn claimants_past_appositives_and_channels() {
    let f = analyse(
        "",
        "Tom Smith, a doctor, said 40 people had died. And the BBC's Sarah Mukherjee, with the Beaufort Hunt in Badminton, Gloucestershire said \
         150 riders came. By contrast last year's survey found that 15% of firms had failed. According to \
         Chinese state press reports, Nanjing Auto will take a 20% stake.",
    );
    assert_eq!(claim(&f, "40").claimant.as_deref(), Some("Tom Smith"));
    let f2 = analyse("", "The minister, in a statement, said 12 schools had closed.");
    assert_eq!(claim(&f2, "12").claimant.as_deref(), Some("minister"));
    assert_eq!(claim(&f, "150").claimant.as_deref(), Some("Sarah Mukherjee"));
    assert_eq!(claim(&f, "15%").claimant.as_deref(), Some("survey"));
    assert_eq!(claim(&f, "20%").claimant.as_deref(), Some("Chinese state press"));
}

#[test]
fn rates_per_a_denominator_and_defensive_lines() {
    let f = analyse("", "The limit is 80mg of alcohol per 100ml of blood, down to 50mg. He played in the back four.");
    assert_eq!(claim(&f, "80mg").value, 80.0);
    assert_eq!(claim(&f, "50mg").value, 50.0);
    assert!(no_claim(&f, "100ml") && no_claim(&f, "four"), "{:?}", f.claims);
}

#[test]
fn research_that_claims_is_its_authors() {
    let f = analyse("", "University College London research claims cutting the limit would save 65 lives a year.");
    assert_eq!(claim(&f, "65").claimant.as_deref(), Some("University College London"));
}

#[test]
fn a_body_revising_figures_claims_them() {
    let f = analyse(
        "",
        "The Labor Department revised up the number of jobs created in September to 139,000. The ONS revised \
         its estimate of growth to 0.7%.",
    );
    let claimant = |v: f64| f.claims.iter().find(|c| c.value == v).and_then(|c| c.claimant.clone());
    assert_eq!(claimant(139000.0).as_deref(), Some("Labor Department"), "{:?}", f.claims);
    assert_eq!(claimant(0.7).as_deref(), Some("ONS"), "{:?}", f.claims);
}

#[test]
fn a_range_opened_by_one_is_a_quantity() {
    let f = analyse(
        "",
        "Users shared between one and 100 gigabytes of files. One or two players may leave. One player left.",
    );
    let vals: Vec<(f64, Option<f64>)> = f.claims.iter().map(|c| (c.value, c.high)).collect();
    assert!(vals.contains(&(1.0, Some(100.0))), "{vals:?}");
    assert!(vals.contains(&(1.0, Some(2.0))), "{vals:?}");
    assert_eq!(vals.len(), 2, "\"One player\" is a determiner: {vals:?}");
}

#[test]
fn a_bound_after_a_bracketed_conversion_holds_for_both_values() {
    let f = analyse(
        "",
        "Those earning $75,000 (£39,000) or above are more likely to buy. Bids of £5m or over were made. The search \
         will cost A$60 million ($56 million) or more. Up to 40 (£25) or so remain.",
    );
    let qual = |v: f64| f.claims.iter().find(|c| c.value == v).map(|c| c.qualifier.as_str());
    assert_eq!(qual(75000.0), Some("at least"), "{:?}", f.claims);
    assert_eq!(qual(39000.0), Some("at least"));
    assert_eq!(qual(5_000_000.0), Some("at least"));
    assert_eq!(qual(56_000_000.0), Some("at least"));
    // ("or so" is no bound: the qualifier before the figure stays)
    assert_eq!(qual(40.0), Some("up to"));
}

#[test]
fn a_bound_before_an_expected_value() {
    let f = analyse("", "The film took more than the expected $18m. It made less than the predicted 40%.");
    let qual = |v: f64| f.claims.iter().find(|c| c.value == v).map(|c| c.qualifier.as_str());
    assert_eq!(qual(18_000_000.0), Some("more than"), "{:?}", f.claims);
    assert_eq!(qual(40.0), Some("less than"), "{:?}", f.claims);
}

#[test]
fn a_contrasting_clause_speaker_does_not_report_the_figure_before_it() {
    let f = analyse(
        "",
        "France were 17-6 down at half-time, but Pelous said: \"No-one was down.\" It leaves GDP up 2.3% for the \
         year, but short of the 2.5% which the government had predicted. Sales rose 5%, the chairman said.",
    );
    let claimant = |v: f64| f.claims.iter().find(|c| c.value == v).map(|c| c.claimant.clone());
    assert_eq!(claimant(17.0), Some(None), "{:?}", f.claims);
    assert_eq!(claimant(2.3), Some(None), "{:?}", f.claims);
    assert_eq!(claimant(5.0), Some(Some("chairman".to_string())), "{:?}", f.claims);
}

#[test]
fn a_country_before_an_organisation_noun_keeps_it_an_anaphor() {
    let f = analyse("", "Boeing won the order. The US company said it had 10 orders worth $630m.");
    let claimant = |v: f64| f.claims.iter().find(|c| c.value == v).and_then(|c| c.claimant.clone());
    assert_eq!(claimant(630_000_000.0).as_deref(), Some("Boeing"), "{:?}", f.claims);
}

#[test]
fn a_person_showing_something_reports_no_figure() {
    let f = analyse(
        "",
        "Marat Safin won the Australian Open. Safin showed some good touches but was beaten 7-6 6-4 by Kiefer.",
    );
    let claimant = |v: f64| f.claims.iter().find(|c| c.value == v).map(|c| c.claimant.clone());
    assert_eq!(claimant(7.0), Some(None), "{:?}", f.claims);
    assert_eq!(claimant(6.0), Some(None), "{:?}", f.claims);
}

#[test]
fn a_body_in_apposition_before_which_claims_its_figures() {
    let f = analyse(
        "",
        "The World Economic Forum published a report. One company that does have a plan is Anglo-American, the \
         international mining company, which estimates an HIV prevalence of 24% among its workforce. TCI, which \
         claims to represent owners of 5% of the shares, has complained. Web tracking company Envisional said 18% \
         were in the UK. About 70% were using the program BitTorrent, the firm said.",
    );
    assert_eq!(claim(&f, "24%").claimant.as_deref(), Some("Anglo-American"));
    assert_eq!(claim(&f, "5%").claimant.as_deref(), Some("TCI"));
    assert_eq!(claim(&f, "70%").claimant.as_deref(), Some("Envisional"));
}

#[test]
fn n_time_winners_tolerances_and_closing_document_cues() {
    let f = analyse(
        "",
        "Four-time champion Andre Agassi began well. Capriati is a two-time champion in Melbourne. It was his \
         one-time rival. Deaths happen where the driver is within 30mg of the limit. Victory took Real to within \
         six points of the leaders. The disabled will make up 16% by 2025, the report forecasts. Max Houck runs a \
         course at West Virginia University. \"It is everywhere,\" he said. The American forensics expert said \
         there were roughly 200,000 backlogged samples.",
    );
    assert_eq!(claim(&f, "Four-time").value, 4.0);
    assert_eq!(claim(&f, "two-time").value, 2.0);
    assert!(no_claim(&f, "one-time"));
    assert_eq!(claim(&f, "30mg").qualifier, "at most");
    assert_eq!(claim(&f, "six").qualifier, "exact");
    assert_eq!(claim(&f, "16%").claimant.as_deref(), Some("report"));
    assert_eq!(claim(&f, "200,000").claimant.as_deref(), Some("Max Houck"));
}

#[test]
fn a_figure_describing_the_speaker_after_an_inverted_cue_is_the_reporters() {
    let f = analyse(
        "",
        "Tom Hanks spoke. \"Christmas is special,\" added the two-time Academy Award winner. The Turkish economics \
         minister, Ali Babacan, said the two sides had reached agreement.",
    );
    assert_eq!(claim(&f, "two-time").claimant, None);
    assert_eq!(claim(&f, "two").claimant.as_deref(), Some("Ali Babacan"));
}

#[test]
fn glued_scale_ranges_articles_after_about_and_pointing_out() {
    let f = analyse(
        "",
        "The opposition said there are a further 1.5 million-2 million people on schemes. Wilkinson is a cool \
         customer with around an 80% success rate, Hare said. Wales turned around a 15-6 deficit. The Vestey \
         Group said it had owned the land since 1920. The company pointed out that the farm, which employs 300 \
         workers, sells meat. The Dow fell 50 points.",
    );
    let r = claim(&f, "1.5 million-2 million");
    assert_eq!((r.value, r.high), (1_500_000.0, Some(2_000_000.0)));
    assert_eq!(claim(&f, "80%").qualifier, "approximately");
    assert_eq!(claim(&f, "15-6").qualifier, "exact");
    assert_eq!(claim(&f, "300").claimant.as_deref(), Some("Vestey Group"));
}
