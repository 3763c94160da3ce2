package org.outagesim.experiment;

/**
 * {@code scenarios/seoul-2018.yaml}, whose fault is an error-rate profile, against the observations
 * of {@link SeoulCalibration}.
 */
class Seoul2018CalibrationTest extends SeoulCalibration {
  @Override
  String scenarioFile() {
    return "scenarios/seoul-2018.yaml";
  }
}
