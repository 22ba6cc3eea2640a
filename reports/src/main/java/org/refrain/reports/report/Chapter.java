package org.refrain.reports.report;

/**
 * The chapters of the HTML report, in their order: each section, chart and finding of a report
 * belongs to one.
 */
public enum Chapter {
  SUMMARY("summary", "Summary"),
  LETTERS("letters", "Letters"),
  DEMANDS("demands", "Demands"),
  LANGUAGE("language", "Language"),
  REUSE("reuse", "Reused wording"),
  SIGNATORIES("signatories", "Signatories"),
  QUALITY("quality", "Data quality");

  private final String id;
  private final String title;

  Chapter(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The chapter's anchor in the page: {@code #demands}. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
