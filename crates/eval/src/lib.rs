//! distillguard: detection quality measured against ground truth.
