package org.refrain.reports.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version for {@code refrain --version}, from the build's filtered {@code version.properties}.
 */
final class VersionProvider implements IVersionProvider {

  static final String RESOURCE = "/org/refrain/reports/version.properties";

  @Override
  public String[] getVersion() throws IOException {
    return new String[] {"refrain " + version()};
  }

  static String version() throws IOException {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "(unknown version)";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "(unknown version)");
    }
  }
}
