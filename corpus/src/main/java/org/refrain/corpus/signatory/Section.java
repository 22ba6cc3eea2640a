package org.refrain.corpus.signatory;

/** What the section header above an entry says its entries are. */
enum Section {
  /** "Groups", "Organizations:": every entry is an organisation. */
  ORGANIZATIONS,
  /** "Individuals": every entry is a person. */
  INDIVIDUALS,
  /** No header, or one naming both or neither: each entry decides by its shape. */
  MIXED
}
