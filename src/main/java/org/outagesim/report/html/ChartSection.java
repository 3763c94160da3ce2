package org.outagesim.report.html;

import java.util.List;
import org.outagesim.report.html.ChartImages.Chart;

/** The charts, each embedded as a {@code data:} URI in a figure with its caption. */
final class ChartSection {

  private ChartSection() {}

  static void appendTo(Markup m, List<Chart> charts) {
    m.raw("<section id=\"charts\"><h2>Charts</h2>\n");
    if (charts.isEmpty()) {
      m.raw("<p class=\"note\">Charts were not drawn for this run (no PNG files in <code>")
          .text(ChartImages.FOLDER)
          .raw("/</code>).</p>\n");
    }
    for (Chart c : charts) {
      figure(m, c);
    }
    m.raw("</section>\n");
  }

  /** One chart as a figure with its caption and file name. */
  static void figure(Markup m, Chart c) {
    {
      m.raw("<figure class=\"chart\"><img")
          .attr("src", c.dataUri())
          .attr("alt", c.caption())
          .raw(" width=\"" + c.width() + "\" height=\"" + c.height() + "\">")
          .raw("<figcaption>")
          .text(c.caption())
          .raw(" <span class=\"file\">")
          .text(c.name() + ".png")
          .raw("</span></figcaption></figure>\n");
    }
  }
}
