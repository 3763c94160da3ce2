package org.outagesim.report.html;

import org.apache.commons.text.StringEscapeUtils;

/**
 * The HTML text of the report as it is built. Text that comes from result files (tenant ids,
 * descriptions, command lines) goes through {@link #text} or {@link #attr}, which escape it with
 * Commons Text's {@code escapeHtml4}; only markup written by this package goes through {@link
 * #raw}. Attribute values are always double-quoted, so escaping {@code "} suffices there.
 */
final class Markup {

  private final StringBuilder html = new StringBuilder(64 * 1024);

  /** Appends markup written by this package, unescaped. */
  Markup raw(String markup) {
    html.append(markup);
    return this;
  }

  /** Appends text, escaped. */
  Markup text(String text) {
    html.append(escape(text));
    return this;
  }

  /** Appends {@code <tag>text</tag>}, the text escaped. */
  Markup element(String tag, String text) {
    return raw("<" + tag + ">").text(text).raw("</" + tag + ">");
  }

  /** Appends {@code <tag class="cls">text</tag>}, the text escaped. */
  Markup element(String tag, String cls, String text) {
    return raw("<" + tag + " class=\"" + cls + "\">").text(text).raw("</" + tag + ">");
  }

  /** Appends {@code name="value"}, the value escaped. */
  Markup attr(String name, String value) {
    return raw(" " + name + "=\"").text(value).raw("\"");
  }

  /** Appends a {@code <dt>term</dt><dd>value</dd>} pair and a line break, both escaped. */
  Markup definition(String term, String value) {
    return element("dt", term).element("dd", value).raw("\n");
  }

  /** {@code text} escaped for HTML content or a double-quoted attribute. */
  static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(text == null ? "" : text);
  }

  @Override
  public String toString() {
    return html.toString();
  }
}
