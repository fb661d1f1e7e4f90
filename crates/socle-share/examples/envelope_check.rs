//! Reads an envelope given as the first argument and prints its parts, or the reason it is refused:
//! `cargo run -p socle-share --example envelope_check -- 1.600000.…`. Used by the node test that
//! encrypts with Web Crypto and checks that the envelope it writes is the one this crate reads.
use socle_share::envelope::Envelope;

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    match Envelope::parse(&text) {
        Ok(e) => println!(
            "ok iterations={} salt={} iv={} ciphertext={} same={}",
            e.iterations,
            e.salt.len(),
            e.iv.len(),
            e.ciphertext.len(),
            e.to_text() == text
        ),
        Err(err) => {
            println!("refused {}", err.message(socle_share::Lang::En));
            std::process::exit(1);
        }
    }
}
