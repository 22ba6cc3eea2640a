package org.refrain.corpus.signatory;

import java.util.Objects;

/**
 * An organisation's name read apart from its short form and explanation: "COMJAN (Investigation
 * Commission on Missing Japanese ...)" gives name "COMJAN" and that expansion; "Liberty in North
 * Korea - LiNK" gives acronym "LiNK".
 *
 * @param name the name without acronym or expansion
 * @param acronym the acronym, or null
 * @param expansion a final parenthesis that is not an acronym, or null
 */
record OrgName(String name, String acronym, String expansion) {

  OrgName {
    Objects.requireNonNull(name, "name");
  }
}
