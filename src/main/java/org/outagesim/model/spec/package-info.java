/**
 * The validated scenario as immutable records: what the simulator is asked to simulate.
 *
 * <p>Produced by {@code org.outagesim.scenario} from YAML and consumed by {@code
 * org.outagesim.sim}. Every time is in seconds from the scenario start, every duration in seconds,
 * both as {@code double}; wall-clock values appear only in {@link
 * org.outagesim.model.spec.ScenarioSpec#start()}. The records hold no I/O and know nothing of YAML
 * or DSOL.
 */
package org.outagesim.model.spec;
