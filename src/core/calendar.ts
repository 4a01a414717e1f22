// PLACEHOLDER API (owner: dose-card helper).
export {};
