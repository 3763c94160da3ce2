/**
 * The only package that touches DSOL: builds one replication's model from a scenario, runs it to
 * the horizon on a {@link org.outagesim.sim.BatchSimulator} and returns a {@link
 * org.outagesim.stats.ReplicationResult}. Never prints.
 */
package org.outagesim.sim;
