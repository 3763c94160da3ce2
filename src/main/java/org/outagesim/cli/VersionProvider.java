package org.outagesim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The tool version: the jar manifest's {@code Implementation-Version} when run from a jar,
 * otherwise the {@code version} in the build-filtered {@code outagesim.properties} resource,
 * otherwise {@code unknown}.
 */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"outagesim " + version(), "Java " + System.getProperty("java.version")};
  }

  /** The version string, e.g. {@code 0.1.0}. */
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    if (v != null && !v.isBlank()) {
      return v;
    }
    try (InputStream in = Main.class.getResourceAsStream("/outagesim.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String fromBuild = p.getProperty("version", "");
        if (!fromBuild.isBlank() && !fromBuild.contains("${")) {
          return fromBuild;
        }
      }
    } catch (IOException e) {
      // fall through: the version is informative only
    }
    return "unknown";
  }
}
