package org.outagesim.scenario;

import java.util.List;

/**
 * The region ids a scenario declares, in file order, for checking the regions that faults and
 * tenants name.
 */
record RegionNames(List<String> ids) {

  RegionNames {
    ids = List.copyOf(ids);
  }

  /** The named region, or {@code null} after reporting an unknown one. */
  String read(Field field) {
    String id = field.string(null);
    if (id == null || ids.isEmpty()) {
      return id;
    }
    if (!ids.contains(id)) {
      field.problem("unknown region '" + id + "'" + ClosestName.hint(id, ids));
      return null;
    }
    return id;
  }
}
