//! distillguard: pure detection: request analysis, account state, linking, scoring.
