//! Entry point: only mounts the app.

fn main() {
    socle::start();
}
