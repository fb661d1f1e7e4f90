//! Cost categories and an amount per category.

use crate::t;
use serde::Serialize;

/// What a euro is spent on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum CostCategory {
    /// GPUs, servers, network and their refresh (owned options).
    Hardware,
    /// Data-hall construction and fit-out (on premises).
    Facility,
    /// Electricity (owned options; embedded in cloud prices).
    Energy,
    /// Engineers, fully loaded.
    Staff,
    /// Hardware maintenance contracts.
    Maintenance,
    /// Software licences per owned GPU.
    Software,
    /// Colocation fee per contracted kW.
    Colocation,
    /// Cloud GPU-hours.
    CloudFees,
    /// Data transfer out when leaving a cloud option (until the Data Act ban on switching charges).
    Egress,
    /// Resale or book value returned (negative).
    Residual,
}

impl CostCategory {
    /// All categories, in display order.
    pub const ALL: [CostCategory; 10] = [
        Self::Hardware,
        Self::Facility,
        Self::Energy,
        Self::Staff,
        Self::Maintenance,
        Self::Software,
        Self::Colocation,
        Self::CloudFees,
        Self::Egress,
        Self::Residual,
    ];

    /// Stable machine identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Hardware => "hardware",
            Self::Facility => "facility",
            Self::Energy => "energy",
            Self::Staff => "staff",
            Self::Maintenance => "maintenance",
            Self::Software => "software",
            Self::Colocation => "colocation",
            Self::CloudFees => "cloud_fees",
            Self::Egress => "egress",
            Self::Residual => "residual",
        }
    }

    /// Display label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Hardware => t!("Hardware"),
            Self::Facility => t!("Facility"),
            Self::Energy => t!("Energy"),
            Self::Staff => t!("Staff"),
            Self::Maintenance => t!("Maintenance"),
            Self::Software => t!("Software"),
            Self::Colocation => t!("Colocation fees"),
            Self::CloudFees => t!("Cloud fees"),
            Self::Egress => t!("Egress"),
            Self::Residual => t!("Residual value"),
        }
    }
}

/// Euros per category (costs positive, residual value negative).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct CostBreakdown {
    /// GPUs, servers, network and refresh.
    pub hardware: f64,
    /// Data-hall construction.
    pub facility: f64,
    /// Electricity.
    pub energy: f64,
    /// Engineers.
    pub staff: f64,
    /// Hardware maintenance.
    pub maintenance: f64,
    /// Software licences.
    pub software: f64,
    /// Colocation fees.
    pub colocation: f64,
    /// Cloud GPU-hours.
    pub cloud_fees: f64,
    /// Exit data transfer.
    pub egress: f64,
    /// Resale and book value returned (negative).
    pub residual: f64,
}

impl CostBreakdown {
    /// The amount of one category.
    pub fn get(&self, category: CostCategory) -> f64 {
        match category {
            CostCategory::Hardware => self.hardware,
            CostCategory::Facility => self.facility,
            CostCategory::Energy => self.energy,
            CostCategory::Staff => self.staff,
            CostCategory::Maintenance => self.maintenance,
            CostCategory::Software => self.software,
            CostCategory::Colocation => self.colocation,
            CostCategory::CloudFees => self.cloud_fees,
            CostCategory::Egress => self.egress,
            CostCategory::Residual => self.residual,
        }
    }

    /// Adds an amount to one category.
    pub fn add(&mut self, category: CostCategory, amount: f64) {
        let slot = match category {
            CostCategory::Hardware => &mut self.hardware,
            CostCategory::Facility => &mut self.facility,
            CostCategory::Energy => &mut self.energy,
            CostCategory::Staff => &mut self.staff,
            CostCategory::Maintenance => &mut self.maintenance,
            CostCategory::Software => &mut self.software,
            CostCategory::Colocation => &mut self.colocation,
            CostCategory::CloudFees => &mut self.cloud_fees,
            CostCategory::Egress => &mut self.egress,
            CostCategory::Residual => &mut self.residual,
        };
        *slot += amount;
    }

    /// Net total (residual value deducted).
    pub fn total(&self) -> f64 {
        CostCategory::ALL.iter().map(|c| self.get(*c)).sum()
    }

    /// Capital expenditure: hardware and facility.
    pub fn capex(&self) -> f64 {
        self.hardware + self.facility
    }

    /// Running costs other than energy and cloud fees: staff, maintenance, software, colocation, egress.
    pub fn operations(&self) -> f64 {
        self.staff + self.maintenance + self.software + self.colocation + self.egress
    }
}
