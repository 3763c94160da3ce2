package org.outagesim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout of docs/architecture.md: one direction of dependency, I/O only at the edges. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.outagesim");
  }

  @Test
  void coreDoesNoIoAndKnowsNoFileFormatsCommandLineOrCharts() {
    noClasses().that().resideInAnyPackage("org.outagesim.model..", "org.outagesim.sim..", "org.outagesim.stats..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "com.fasterxml.jackson..",
            "org.yaml..", "picocli..", "org.jfree..", "java.awt..", "javax.imageio..")
        .check(classes);
  }

  @Test
  void onlySimTouchesDsol() {
    noClasses().that().resideOutsideOfPackage("org.outagesim.sim..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.tudelft.simulation..")
        .check(classes);
  }

  @Test
  void modelAndStatsDoNotDependOnTheLayersAbove() {
    noClasses().that().resideInAnyPackage("org.outagesim.model..", "org.outagesim.stats..")
        .should().dependOnClassesThat().resideInAnyPackage("org.outagesim.sim..", "org.outagesim.experiment..",
            "org.outagesim.scenario..", "org.outagesim.report..", "org.outagesim.cli..", "org.outagesim.chart..")
        .check(classes);
  }

  @Test
  void simAndExperimentDoNotDependOnCliOrReport() {
    noClasses().that().resideInAnyPackage("org.outagesim.sim..", "org.outagesim.experiment..")
        .should().dependOnClassesThat().resideInAnyPackage("org.outagesim.cli..", "org.outagesim.report..",
            "org.outagesim.scenario..", "org.outagesim.chart..")
        .check(classes);
  }

  /** Charts are drawn from the saved files alone, so that {@code outagesim chart DIR} can redraw them. */
  @Test
  void chartsReadSavedFilesAndKnowNothingOfTheSimulator() {
    noClasses().that().resideInAPackage("org.outagesim.chart..")
        .should().dependOnClassesThat().resideInAnyPackage("org.outagesim.sim..", "org.outagesim.experiment..",
            "org.outagesim.scenario..", "org.outagesim.model..", "org.outagesim.report..", "org.outagesim.cli..",
            "nl.tudelft.simulation..")
        .check(classes);
  }

  @Test
  void scenarioKnowsNothingOfTheSimulator() {
    noClasses().that().resideInAPackage("org.outagesim.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("org.outagesim.sim..", "org.outagesim.experiment..",
            "org.outagesim.cli..", "org.outagesim.report..", "nl.tudelft.simulation..")
        .check(classes);
  }
}
