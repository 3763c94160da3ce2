package org.outagesim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engines studies can run on, by name: {@code local} always; others (such as {@code spark})
 * when their launcher has registered them, since they need a running cluster context. The default
 * is {@code local} unless a launcher says otherwise.
 */
public final class Engines {

  /** The local thread pool. */
  public static final String LOCAL = "local";

  private static final Map<String, ReplicationEngine.Factory> ENGINES = new LinkedHashMap<>();
  private static String defaultName = LOCAL;

  static {
    ENGINES.put(LOCAL, ReplicationPool::new);
  }

  private Engines() {}

  /** Makes {@code factory} available under its name. */
  public static synchronized void register(ReplicationEngine.Factory factory) {
    ENGINES.put(factory.name(), factory);
  }

  /** Forgets an engine registered earlier (for a launcher that stops its cluster context). */
  public static synchronized void unregister(String name) {
    if (!name.equals(LOCAL)) {
      ENGINES.remove(name);
      if (defaultName.equals(name)) {
        defaultName = LOCAL;
      }
    }
  }

  /** The engine used when none is named. */
  public static synchronized void setDefault(String name) {
    defaultName = name;
  }

  /** The name of the engine used when none is named. */
  public static synchronized String defaultName() {
    return defaultName;
  }

  /** The engine of this name, or {@code null} when none is registered under it. */
  public static synchronized ReplicationEngine.Factory get(String name) {
    return ENGINES.get(name);
  }
}
