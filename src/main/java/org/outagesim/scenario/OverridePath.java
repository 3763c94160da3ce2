package org.outagesim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path of a {@code --set path=value} override, e.g. {@code tenants[shop].deployment.ttl}: keys
 * separated by dots, each optionally followed by a selector in brackets: an index ({@code
 * faults[0]}), an id ({@code tenants[shop]}) or {@code *} for every element.
 *
 * @param segments the keys in order
 */
record OverridePath(List<Segment> segments) {

  /**
   * @param key a mapping key
   * @param selector the text between brackets, or {@code null}
   */
  record Segment(String key, String selector) {}

  OverridePath {
    segments = List.copyOf(segments);
  }

  /** The parsed path, or empty when it is not well formed. */
  static Optional<OverridePath> parse(String text) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i <= text.length()) {
      int end = i;
      while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
        end++;
      }
      String key = text.substring(i, end);
      String selector = null;
      if (end < text.length() && text.charAt(end) == '[') {
        int close = text.indexOf(']', end);
        if (close < 0) {
          return Optional.empty();
        }
        selector = text.substring(end + 1, close);
        end = close + 1;
      }
      if (key.isEmpty() || "".equals(selector)) {
        return Optional.empty();
      }
      segments.add(new Segment(key, selector));
      if (end == text.length()) {
        return Optional.of(new OverridePath(segments));
      }
      if (text.charAt(end) != '.') {
        return Optional.empty();
      }
      i = end + 1;
    }
    return Optional.empty();
  }
}
