package org.outagesim.scenario;

import java.util.List;

/**
 * The region ids a scenario declares, in file order, for checking the regions that faults and
 * tenants name. An unknown region is reported with the closest valid id, or the list of them.
 */
record RegionNames(List<String> ids) {

  RegionNames {
    ids = List.copyOf(ids);
  }

  /** The named region, or {@code null} after reporting an unknown one. */
  String read(Field field) {
    return read(field, null);
  }

  /**
   * The named region, which must not be {@code excluded} (a secondary is never the primary); {@code
   * null} after reporting an unknown one. The excluded region is never suggested, since naming it
   * would be the next error.
   */
  String read(Field field, String excluded) {
    String id = field.string(null);
    if (id == null || ids.isEmpty()) {
      return id;
    }
    if (!ids.contains(id)) {
      List<String> valid = ids.stream().filter(r -> !r.equals(excluded)).toList();
      field.problem(
          valid.isEmpty()
              ? "unknown region '"
                  + id
                  + "'; the only region is the primary '"
                  + excluded
                  + "': add another to regions"
              : ClosestName.unknown("region", id, valid));
      return null;
    }
    return id;
  }
}
