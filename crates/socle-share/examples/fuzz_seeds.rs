//! Writes the seed inputs of the fuzz targets (`fuzz/`): real links, files and saved lists, from every
//! persona and from scenarios with every input moved, so that fuzzing starts from what users send.
//!
//! `cargo run -p socle-share --example fuzz_seeds -- <corpus directory>` fills
//! `<dir>/fragment`, `<dir>/json_import` and `<dir>/storage`.

#[path = "../tests/support/mod.rs"]
mod support;

use socle_model::persona_scenario;
use socle_share::compact::Compact;
use socle_share::*;
use std::path::Path;
use support::{Rng, Spread};

fn main() -> std::io::Result<()> {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: fuzz_seeds <corpus directory>");
        std::process::exit(2);
    };
    let root = Path::new(&root);
    let mut scenarios: Vec<_> = support::personas().into_iter().map(persona_scenario).collect();
    let spreads = [
        Spread::WORST,
        Spread {
            change: 0.3,
            some: 0.5,
            overrides: 0.05,
            long_numbers: false,
        },
    ];
    for seed in 0..8 {
        scenarios.push(support::scenario(&mut Rng::new(seed), spreads[seed as usize % 2]));
    }
    let views = [
        None,
        Some(EmbedView::Chart("tco-breakdown".into())),
        Some(EmbedView::Kpi("npv".into())),
    ];
    for dir in ["fragment", "json_import", "storage", "store"] {
        std::fs::create_dir_all(root.join(dir))?;
    }
    for (i, s) in scenarios.iter().enumerate() {
        // The fragment target reads a first byte: even = link text, odd = the compact JSON inside a link.
        let lang = Lang::ALL[i % 2];
        let link = encode_fragment_with_view(s, lang, views[i % 3].as_ref());
        std::fs::write(
            root.join(format!("fragment/seed-link-{i}")),
            [b"\0", link.as_bytes()].concat(),
        )?;
        let compact = serde_json::to_vec(&Compact::of(s)).expect("plain data serialises");
        std::fs::write(
            root.join(format!("fragment/seed-compact-{i}")),
            [b"\x01", &compact[..]].concat(),
        )?;
        std::fs::write(root.join(format!("json_import/seed-{i}")), scenario_to_json(s))?;
    }
    let saved = |range: std::ops::Range<usize>| {
        let items = scenarios[range]
            .iter()
            .enumerate()
            .map(|(i, s)| Saved {
                name: format!("Scénario {i}"),
                saved_at: "2026-12-01T09:30:00.000Z".into(),
                scenario: s.clone(),
            })
            .collect();
        SavedScenarios::new(items).to_storage_string()
    };
    std::fs::write(root.join("storage/seed-empty"), saved(0..0))?;
    std::fs::write(root.join("storage/seed-one"), saved(0..1))?;
    std::fs::write(root.join("storage/seed-three"), saved(3..6))?;
    std::fs::write(root.join("storage/seed-worst"), saved(9..10))?;
    // The store target: quota slack and flags, then the saved list, the scenario in progress and the time,
    // separated by U+0001; a readable pair, a damaged pair, and a damaged list with no room to copy it.
    let current = scenario_to_json(&scenarios[1]);
    let store_seeds = [
        ("readable", [40u8, 0b11], saved(0..2), current.clone()),
        (
            "damaged",
            [200, 0b111],
            saved(0..2).replacen('}', "", 1),
            "garbage".to_owned(),
        ),
        (
            "full",
            [0, 0b1011],
            saved(3..4).replacen("\"items\"", "\"itemz\"", 1),
            current,
        ),
    ];
    for (name, head, list, in_progress) in store_seeds {
        let body = format!("{list}\u{1}{in_progress}\u{1}2026-12-06T01:00:00.000Z");
        std::fs::write(
            root.join(format!("store/seed-{name}")),
            [&head[..], body.as_bytes()].concat(),
        )?;
    }
    Ok(())
}
