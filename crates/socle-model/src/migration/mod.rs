//! Migration (being written)
