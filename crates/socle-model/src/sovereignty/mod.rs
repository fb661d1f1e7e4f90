//! EU Cloud Sovereignty Framework: scores and SEAL levels. (being written)
use crate::{error::ScenarioError, scenario::AnswerOverride};

/// Checks that every override names an existing criterion and answer.
pub fn validate_overrides(_overrides: &[AnswerOverride]) -> Result<(), ScenarioError> {
    Ok(())
}
