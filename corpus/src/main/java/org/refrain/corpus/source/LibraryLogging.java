package org.refrain.corpus.source;

/**
 * Keeps PDFBox and POI from writing to the terminal. POI logs through the Log4j API and PDFBox
 * through Commons Logging (which goes to the Log4j API when it is present); with no Log4j provider
 * on the class path the API prints "could not find a logging provider" on the first use, and a
 * provider would print the libraries' own warnings about a user's odd PDF. Refrain reports what
 * matters as its own one-line diagnostics, so the Log4j API is pointed at its simple logger,
 * switched off. A user who sets either property keeps their choice.
 */
final class LibraryLogging {

  private LibraryLogging() {}

  /** Sets the properties, once, before PDFBox or POI is first loaded. */
  static void silence() {
    setIfAbsent(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
    setIfAbsent("log4j2.simplelogLevel", "OFF");
  }

  private static void setIfAbsent(String key, String value) {
    try {
      if (System.getProperty(key) == null) {
        System.setProperty(key, value);
      }
    } catch (SecurityException e) {
      // a locked-down JVM: the libraries may then print to the terminal, nothing worse
    }
  }
}
