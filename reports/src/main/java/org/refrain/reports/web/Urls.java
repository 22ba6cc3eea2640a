package org.refrain.reports.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URL parts built from letter ids, entity ids and queries: always encoded. */
final class Urls {

  private Urls() {}

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
