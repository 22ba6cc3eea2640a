/**
 * Renders Tablesaw tables as text: aligned plain text for the terminal, GitHub-flavoured Markdown
 * (with {@code |}, {@code <} and other markup characters escaped, headings included) and CSV
 * through Tablesaw's own writer (text that a spreadsheet would run as a formula gets a quote in
 * front), plus the Markdown report that combines them. Letter text is untrusted input in every
 * format. Renderers only format: they never sort, filter or compute, so a rendered row always shows
 * exactly the table's row. Missing values render as empty cells, numbers as plain ASCII digits
 * whatever the locale, and every line ends with {@code \n}.
 */
package org.refrain.reports.render;
