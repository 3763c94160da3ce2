package org.outagesim.report.html;

/** The metric keys of {@code summary.json} the report shows (column names of {@code replications.csv}). */
final class Metrics {

  static final String INTENDED = "transactions_intended";
  static final String LOST = "transactions_lost";
  static final String REVENUE_LOST = "revenue_lost";
  static final String ORDERS_AT_RISK = "orders_at_risk";
  static final String DOWNTIME_MINUTES = "downtime_minutes";
  static final String DEGRADED_MINUTES = "degraded_minutes";
  static final String FAILED_REQUEST_SHARE = "failed_request_share";
  static final String TIME_TO_DETECT_S = "time_to_detect_s";
  static final String TIME_TO_FAILOVER_S = "time_to_failover_s";
  static final String TIME_TO_RECOVER_S = "time_to_recover_s";

  private Metrics() {}
}
