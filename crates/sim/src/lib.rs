//! distillguard: simulated LLM API traffic with ground truth.
