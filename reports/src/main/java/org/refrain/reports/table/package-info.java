/**
 * Builds one Tablesaw {@link tech.tablesaw.api.Table} per report section. The letters overview and
 * claims check have one row per letter, ordered by {@link org.refrain.reports.LetterOrder#BY_ID};
 * the language tables keep the order their analysis gives (group, then count or G2 descending, ties
 * by term; concordances in text order). A table about letters starts with the columns {@code
 * letter, source, index, date}. A value a row does not have is a missing cell (an empty string),
 * never a placeholder. Column names are the constants of each builder and do not change between
 * runs; figures are rounded half-up so every run prints the same digits.
 */
package org.refrain.reports.table;
