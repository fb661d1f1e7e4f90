//! The envelope of protected links: what is written reads back, and every damaged part is refused
//! with its name before anything is decrypted.

use socle_share::envelope::*;
use socle_share::*;

fn sample() -> Envelope {
    Envelope {
        iterations: MIN_ITERATIONS,
        salt: [7; SALT_BYTES],
        iv: [9; IV_BYTES],
        ciphertext: vec![1; 200],
    }
}

#[test]
fn an_envelope_reads_back() {
    let text = sample().to_text();
    assert!(text.starts_with("1.600000."));
    assert_eq!(Envelope::parse(&text), Ok(sample()));
}

#[test]
fn weak_or_costly_key_derivation_is_refused() {
    for n in [1, MIN_ITERATIONS - 1, MAX_ITERATIONS + 1] {
        let text = Envelope {
            iterations: n,
            ..sample()
        }
        .to_text();
        let err = Envelope::parse(&text).unwrap_err();
        assert!(matches!(err, ShareError::Iterations { found, .. } if found == n));
        assert!(err.message(LangTag::Fr).contains("tours"));
    }
}

#[test]
fn damaged_parts_are_named() {
    let good = sample().to_text();
    let parts: Vec<&str> = good.split('.').collect();
    let with = |i: usize, v: &str| {
        let mut p = parts.clone();
        p[i] = v;
        p.join(".")
    };
    let part_of = |text: String| match Envelope::parse(&text) {
        Err(ShareError::Malformed(Malformed::Envelope(p))) => p,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(part_of(with(1, "6e5")), EnvelopePart::Iterations);
    assert_eq!(part_of(with(2, "AAAA")), EnvelopePart::Salt);
    assert_eq!(part_of(with(3, "AA*A")), EnvelopePart::Iv);
    assert_eq!(part_of(with(4, "AAAA")), EnvelopePart::Ciphertext);
    assert_eq!(
        Envelope::parse(&good[..good.len() - parts[4].len()]),
        Err(ShareError::Truncated)
    );
    assert_eq!(Envelope::parse("1.600000"), Err(ShareError::Truncated));
    assert!(matches!(
        Envelope::parse("2.600000.a.b.c"),
        Err(ShareError::UnknownVersion { .. })
    ));
    assert!(matches!(
        Envelope::parse(&format!("{good}.x")),
        Err(ShareError::Malformed(Malformed::TrailingData))
    ));
    assert!(matches!(
        Envelope::parse(&format!("{good}{}", "A".repeat(8_000))),
        Err(ShareError::TooLarge { .. })
    ));
    let fr = Envelope::parse(&with(2, "AAAA"))
        .unwrap_err()
        .message(LangTag::Fr);
    assert!(fr.contains("sel"), "{fr}");
}
