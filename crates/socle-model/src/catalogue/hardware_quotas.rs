//! GPU allocations a buyer of each profile typically obtains from the vendors: estimates that the hardware
//! pressure reads (`constraints::hardware`).

use super::Sourced;
use crate::source::{Confidence, Source};

const fn quota(value: f64, label: &'static str) -> Sourced {
    Sourced::new(
        value,
        Source {
            label,
            url: "",
            year: 2026,
            confidence: Confidence::Estimate,
        },
    )
}

/// GPUs of a current generation a buyer of each profile typically obtains in one allocation. No public
/// figure: estimates from the product brief ("start-ups get quotas and older generations; cloud
/// providers negotiate at scale").
pub const QUOTA_STARTUP: Sourced = quota(64.0, "Start-up GPU allocation (quota-limited): 64 GPUs");
/// Allocation of a mid-size company, a local authority or a foreign start-up.
pub const QUOTA_SMALL_BUYER: Sourced = quota(
    128.0,
    "Mid-size company, local authority or foreign start-up allocation: 128 GPUs",
);
/// Allocation of a software vendor or a health data host.
pub const QUOTA_ENTERPRISE: Sourced =
    quota(512.0, "Software vendor or health data host allocation: 512 GPUs");
/// Allocation of a large industrial or custom buyer.
pub const QUOTA_INDUSTRIAL: Sourced =
    quota(1_024.0, "Large industrial or custom buyer allocation: 1,024 GPUs");
/// Allocation of a cloud provider, negotiated at scale.
pub const QUOTA_CLOUD_PROVIDER: Sourced = quota(
    16_384.0,
    "Cloud provider allocation, negotiated at scale: 16,384 GPUs",
);
/// Newest generations (Blackwell, MI355X) are allocated to strategic accounts first: half the quota.
pub const NEWEST_GENERATION_SHARE: Sourced = quota(
    0.5,
    "Newest generation (B200, GB200, MI355X): half the allocation; 10–14+ months for non-strategic accounts",
);

/// The allocation estimates, as `(key, source)`.
pub fn sources() -> Vec<(&'static str, Source)> {
    vec![
        ("constraints.quota_startup", QUOTA_STARTUP.source),
        ("constraints.quota_small_buyer", QUOTA_SMALL_BUYER.source),
        ("constraints.quota_enterprise", QUOTA_ENTERPRISE.source),
        ("constraints.quota_industrial", QUOTA_INDUSTRIAL.source),
        ("constraints.quota_cloud_provider", QUOTA_CLOUD_PROVIDER.source),
        (
            "constraints.newest_generation_share",
            NEWEST_GENERATION_SHARE.source,
        ),
    ]
}
