package org.outagesim.model.spec;

/**
 * A cloud region.
 *
 * @param id region name, e.g. {@code ap-northeast-2}
 * @param resolver the region's internal DNS resolver
 */
public record RegionSpec(String id, ResolverSpec resolver) implements java.io.Serializable {}
