/**
 * The domain in plain Java: traffic profiles, DNS caches, the region resolver, the service queue
 * and retry policies. No I/O, no DSOL: the {@code sim} package drives these objects from DSOL
 * events and hands them the random numbers they need.
 */
package org.outagesim.model;
