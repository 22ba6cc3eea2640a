/**
 * The report model: {@link org.refrain.reports.report.Report} takes one {@link
 * org.refrain.analysis.CorpusAnalysis} and gives every table (by the CSV file it is written as) and
 * the sections of the Markdown report, built by one part per subject (language, reuse, demands,
 * signatories) from the analysis's stages, so a figure in the report is the figure the single
 * command prints. What always holds: a table whose size grows with the square of the corpus (a
 * column per letter) is only built under its documented limit, and every section points to the CSV
 * that holds all its rows.
 */
package org.refrain.reports.report;
