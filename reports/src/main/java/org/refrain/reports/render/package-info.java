/**
 * Renders Tablesaw tables as text: aligned plain text for the terminal, GitHub-flavoured Markdown
 * (with {@code |} and other markup characters escaped) and CSV through Tablesaw's own writer, plus
 * the Markdown report that combines them. Renderers only format: they never sort, filter or
 * compute, so a rendered row always shows exactly the table's row. Missing values render as empty
 * cells, numbers as plain ASCII digits whatever the locale, and every line ends with {@code \n}.
 */
package org.refrain.reports.render;
