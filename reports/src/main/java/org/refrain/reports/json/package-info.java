/**
 * Writes letters as JSON records with Jackson, following a fixed contract: field names in
 * snake_case, fields always in the documented order, absent values written as {@code null} rather
 * than omitted. Every record about a letter names it by {@code letter}, {@code source} and {@code
 * index}; output is pretty-printed with two-space indents and {@code \n} line ends, so the same
 * letters always give byte-identical text. {@link org.refrain.reports.json.ReportJson} gathers a
 * whole report (its letters and every table) into one such document, streamed.
 */
package org.refrain.reports.json;
