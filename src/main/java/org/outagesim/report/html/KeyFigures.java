package org.outagesim.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.outagesim.report.html.SummaryData.Row;
import org.outagesim.report.html.SummaryData.Stat;
import org.outagesim.stats.Metric;

/**
 * The figures a reader looks for first, all from {@code summary.json}: the totals over all tenants
 * with their 95% intervals (the interval of the total, not a sum of intervals), the tenants that
 * lost most, and the strategy that lost least.
 *
 * <p>The best strategy is the one whose tenants together lost the smallest share of the
 * transactions they intended: the sum of their mean lost transactions over the sum of their mean
 * intended transactions. Pooling by transactions rather than averaging tenants' shares keeps a
 * small tenant from deciding it; a share rather than a count keeps a strategy used by fewer or
 * smaller tenants from winning by size alone. Ties go to the strategy met first in scenario order.
 */
final class KeyFigures {

  private KeyFigures() {}

  /** A strategy's pooled loss. */
  record StrategyLoss(String strategy, int tenants, double lost, double intended) {
    double share() {
      return lost / intended;
    }
  }

  static void appendTo(Markup m, SummaryData summary) {
    Row all = summary.all();
    m.raw("<section id=\"key-figures\"><h2>Key figures</h2>\n<div class=\"cards\">\n");
    Stat lost = all.stat(Metric.TRANSACTIONS_LOST.column());
    Stat revenue = all.stat(Metric.REVENUE_LOST.column());
    String currency = summary.currency();
    totalCard(
        m, "Lost transactions, all tenants", lost, share(all) + " of intended transactions", null);
    totalCard(
        m,
        "Lost revenue, all tenants",
        revenue,
        currency == null ? "in the currency of the order values" : "in " + currency,
        currency);
    worst(
        m,
        "Most lost transactions",
        summary.tenants(),
        r -> r.mean(Metric.TRANSACTIONS_LOST.column()),
        r -> NumberText.of(r.mean(Metric.TRANSACTIONS_LOST.column())) + " lost (" + share(r) + ")");
    worst(
        m,
        "Most lost revenue",
        summary.tenants(),
        r -> r.mean(Metric.REVENUE_LOST.column()),
        r ->
            NumberText.money(NumberText.of(r.mean(Metric.REVENUE_LOST.column())), currency)
                + " lost");
    Stat failed = all.stat(Metric.FAILED_REQUEST_SHARE.column());
    card(
        m,
        "Failed requests, all tenants",
        Double.isNaN(failed.mean()) ? "none" : NumberText.percent(failed.mean()),
        "of all requests, mean over replications");
    bestStrategy(m, summary.tenants());
    m.raw("</div>\n");
    strategyNote(m, summary.tenants());
    m.raw("</section>\n");
  }

  /**
   * Pooled loss per strategy, in the order strategies first appear; strategies with no intended
   * transactions left out.
   */
  static List<StrategyLoss> byStrategy(List<Row> tenants) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Row r : tenants) {
      double lost = r.mean(Metric.TRANSACTIONS_LOST.column());
      double intended = r.mean(Metric.TRANSACTIONS_INTENDED.column());
      double[] s = sums.computeIfAbsent(r.strategy(), k -> new double[3]);
      s[0] += Double.isNaN(lost) ? 0 : lost;
      s[1] += Double.isNaN(intended) ? 0 : intended;
      s[2]++;
    }
    List<StrategyLoss> out = new ArrayList<>();
    sums.forEach(
        (k, s) -> {
          if (s[1] > 0) {
            out.add(new StrategyLoss(k, (int) s[2], s[0], s[1]));
          }
        });
    return out;
  }

  /** The strategy with the smallest pooled lost share, if any tenant intended transactions. */
  static Optional<StrategyLoss> best(List<Row> tenants) {
    return byStrategy(tenants).stream().min(Comparator.comparingDouble(StrategyLoss::share));
  }

  /**
   * The tenant with the largest value, first in scenario order on ties; none if every value is zero
   * or missing.
   */
  static Optional<Row> worst(List<Row> tenants, ToDoubleFunction<Row> value) {
    Row worst = null;
    for (Row r : tenants) {
      double v = value.applyAsDouble(r);
      if (v > 0 && (worst == null || v > value.applyAsDouble(worst))) {
        worst = r;
      }
    }
    return Optional.ofNullable(worst);
  }

  private static void worst(
      Markup m,
      String title,
      List<Row> tenants,
      ToDoubleFunction<Row> value,
      Function<Row, String> detail) {
    Optional<Row> w = worst(tenants, value);
    if (w.isPresent()) {
      card(m, title, w.get().tenant(), detail.apply(w.get()) + " · " + w.get().strategy());
    } else {
      card(m, title, "none", "no tenant lost anything");
    }
  }

  private static void bestStrategy(Markup m, List<Row> tenants) {
    Optional<StrategyLoss> best = best(tenants);
    if (best.isEmpty()) {
      card(m, "Best strategy", "none", "no tenant intended any transaction");
      return;
    }
    StrategyLoss b = best.get();
    card(
        m,
        "Best strategy",
        b.strategy(),
        NumberText.percent(b.share())
            + " of intended transactions lost, "
            + b.tenants()
            + (b.tenants() == 1 ? " tenant" : " tenants"));
  }

  private static void strategyNote(Markup m, List<Row> tenants) {
    List<StrategyLoss> strategies = byStrategy(tenants);
    if (strategies.isEmpty()) {
      return;
    }
    List<String> shares = new ArrayList<>();
    strategies.stream()
        .sorted(Comparator.comparingDouble(StrategyLoss::share))
        .forEach(s -> shares.add(s.strategy() + " " + NumberText.percent(s.share())));
    m.raw("<p class=\"note\">")
        .text(
            "Best strategy: the one whose tenants together lost the smallest share of "
                + "the transactions they intended (sum of mean lost over sum of mean intended transactions). "
                + (strategies.size() == 1 ? "Only one strategy is present: " : "By strategy: ")
                + String.join(", ", shares)
                + ".")
        .raw("</p>\n");
  }

  private static String share(Row r) {
    String s = NumberText.percent(r.lostShare());
    return s.isEmpty() ? "none" : s;
  }

  /**
   * A total as {@code mean ± half-width} (or clipped at 0), the interval set smaller; then the
   * currency if any.
   */
  private static void totalCard(Markup m, String title, Stat s, String detail, String currency) {
    String text = NumberText.withInterval(s.mean(), s.halfWidth());
    int pm = text.indexOf(" ±");
    int clipped = text.indexOf(" (0 – ");
    int split = pm >= 0 ? pm : clipped;
    m.raw("<div class=\"card\">").element("h3", title).raw("<p class=\"figure\">");
    if (split < 0) {
      m.text(text.isEmpty() ? "none" : NumberText.money(text, currency));
    } else {
      m.text(NumberText.money(text.substring(0, split), currency))
          .raw(" <span class=\"figure-ci\">")
          .text(text.substring(split + 1))
          .raw("</span>");
    }
    String note =
        pm >= 0
            ? "; mean ± 95% interval"
            : clipped >= 0 ? "; mean (95% interval, clipped at 0)" : "";
    m.raw("</p>").element("p", "detail", detail + note).raw("</div>\n");
  }

  private static void card(Markup m, String title, String figure, String detail) {
    m.raw("<div class=\"card\">")
        .element("h3", title)
        .element("p", "figure", figure)
        .element("p", "detail", detail)
        .raw("</div>\n");
  }
}
