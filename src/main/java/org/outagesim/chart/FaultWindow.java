package org.outagesim.chart;

/**
 * A fault of the resolved scenario, as charts shade it.
 *
 * @param type the scenario key of the fault, e.g. {@code region-resolver-failure}
 * @param target what it hits, e.g. {@code ap-northeast-2} or {@code shop in ap-northeast-2}
 * @param startS start of the window, seconds from the scenario start
 * @param endS end of the window, seconds from the scenario start
 */
public record FaultWindow(String type, String target, double startS, double endS) {

  /** The text charts print on the shaded window. */
  public String label() {
    return target.isEmpty() ? type : type + ": " + target;
  }
}
