//! distillguard: readers and validation for the contract's input formats.
