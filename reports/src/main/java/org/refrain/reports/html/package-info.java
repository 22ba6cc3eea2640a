/**
 * The HTML report: a page model built from one report (its sections, charts and findings), written
 * through jte templates (src/main/jte, compiled at build time) into one self-contained file. Every
 * text from a letter reaches the page through the templates' escaping or through JSON with {@code
 * <} escaped; the only unescaped strings are fragments this package builds from escaped parts.
 */
package org.refrain.reports.html;
