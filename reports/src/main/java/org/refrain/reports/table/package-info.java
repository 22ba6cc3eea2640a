/**
 * Builds one Tablesaw {@link tech.tablesaw.api.Table} per report section from a list of letters.
 * Rows are ordered by {@link org.refrain.reports.LetterOrder#BY_ID}, one row per letter; a value
 * the letter does not have is a missing cell (an empty string or a missing integer), never a
 * placeholder. Column names are the constants of each builder and do not change between runs.
 */
package org.refrain.reports.table;
