let active;
/** Records the config for the running test. */
export function setActiveConfig(config) {
    active = config;
}
/** The config set by the fixture, if any. */
export function activeConfig() {
    return active;
}
//# sourceMappingURL=config-registry.js.map