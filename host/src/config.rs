//! Appliance configuration (placeholder until the config issue lands).
